package io.lawcheck.bench;

import io.lawcheck.catalog.StandardCatalog;
import io.lawcheck.core.check.CheckMode;
import io.lawcheck.core.check.CheckResult;
import io.lawcheck.core.check.Checker;
import io.lawcheck.core.model.EnforcementCase;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The nightly re-check in process: {@code total} cases (default 1,000,000) through {@link Checker#checkAll} in
 * chunks of 1,000 on {@code threads} threads (default: the CPUs), cycling through the generated cases; prints the
 * wall time. What the NDJSON batch endpoint adds on top (parsing, writing) is not in this number.
 * Run: {@code java -cp <benchmark classpath> io.lawcheck.bench.MillionCases [total] [threads]}.
 */
public final class MillionCases {
    private MillionCases() {
    }

    public static void main(String[] args) throws Exception {
        int total = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
        List<EnforcementCase> cases = CaseGenerator.generate(Engines.CASES);
        Checker checker = Checker.of(StandardCatalog.load());
        run(checker, cases, 100_000, threads); // warm-up: JIT
        long t0 = System.nanoTime();
        long findings = run(checker, cases, total, threads);
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "%,d cases on %d threads in %.2f s: %,.0f cases/s (%,d findings)%n", total,
                threads, seconds, total / seconds, findings);
    }

    private static long run(Checker checker, List<EnforcementCase> cases, int total, int threads) throws Exception {
        int chunk = Engines.BATCH;
        int chunks = total / chunk;
        AtomicLong next = new AtomicLong();
        AtomicLong findings = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            Future<?>[] futures = new Future<?>[threads];
            for (int t = 0; t < threads; t++) {
                futures[t] = pool.submit(() -> {
                    for (long c; (c = next.getAndIncrement()) < chunks; ) {
                        int start = (int) (c * chunk % (cases.size() - chunk));
                        long n = 0;
                        for (CheckResult r : checker.checkAll(cases.subList(start, start + chunk),
                                CaseGenerator.AS_OF, CheckMode.SUPERVISION)) {
                            n += r.findings().size();
                        }
                        findings.addAndGet(n);
                    }
                });
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        return findings.get();
    }
}
