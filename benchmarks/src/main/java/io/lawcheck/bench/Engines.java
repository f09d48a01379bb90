package io.lawcheck.bench;

import io.lawcheck.catalog.StandardCatalog;
import io.lawcheck.core.catalog.Catalog;
import io.lawcheck.core.check.Checker;
import io.lawcheck.core.model.EnforcementCase;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

import java.util.List;
import java.util.Locale;

/** What every benchmark shares: the generated cases and the checkers, built once per fork. */
@State(Scope.Benchmark)
public class Engines {
    /** Distinct generated cases the benchmarks cycle through (more than fit in L2, as in a real nightly run). */
    public static final int CASES = 8_192;
    public static final int BATCH = 1_000;

    public List<EnforcementCase> cases;
    public Catalog fullCatalog;
    public Checker full;
    public Checker subset;
    public BaselineChecker baseline;

    @Setup(Level.Trial)
    public void setUp() {
        cases = CaseGenerator.generate(CASES);
        fullCatalog = StandardCatalog.load();
        full = Checker.of(fullCatalog);
        Catalog subsetCatalog = SubsetCatalog.load(BaselineChecker.RULE_IDS);
        subset = Checker.of(subsetCatalog);
        baseline = new BaselineChecker(subsetCatalog);
    }

    /** Per-thread position in the case list, so two threads do not check the same case at the same moment. */
    @State(Scope.Thread)
    public static class Cursor {
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
        private int next;
        private long cases;
        private long cpuStart;
        private long casesStart;
        private long measuredCpu;
        private long measuredCases;

        @Setup(Level.Trial)
        public void setUp() {
            next = (int) (Thread.currentThread().getId() * 997 % CASES);
        }

        // The machine these run on may be shared: besides JMH's wall-clock score, each thread's CPU time over the
        // measurement iterations gives cases per CPU-second, which other load on the cores disturbs far less.
        @Setup(Level.Iteration)
        public void startIteration() {
            cpuStart = THREADS.getCurrentThreadCpuTime();
            casesStart = cases;
        }

        @TearDown(Level.Iteration)
        public void endIteration(IterationParams iteration) {
            if (iteration.getType() == IterationType.MEASUREMENT) {
                measuredCpu += THREADS.getCurrentThreadCpuTime() - cpuStart;
                measuredCases += cases - casesStart;
            }
        }

        @TearDown(Level.Trial)
        public void report(BenchmarkParams params) {
            if (measuredCpu > 0) {
                System.out.printf(Locale.ROOT, "%nCPU-TIME %s threads=%d: %,.0f cases per CPU-second of this thread%n",
                        params.getBenchmark().replaceFirst("^.*\\.bench\\.", ""), params.getThreads(),
                        measuredCases / (measuredCpu / 1e9));
            }
        }

        public EnforcementCase nextCase(Engines e) {
            EnforcementCase c = e.cases.get(next);
            next = next + 1 == CASES ? 0 : next + 1;
            cases++;
            return c;
        }

        public List<EnforcementCase> nextBatch(Engines e) {
            cases += BATCH;
            int start = next;
            next = next + BATCH > CASES - BATCH ? 0 : next + BATCH;
            if (start + BATCH > CASES) {
                start = 0;
            }
            return e.cases.subList(start, start + BATCH);
        }
    }
}
