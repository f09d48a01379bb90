package io.lawcheck.bench;

import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs the JMH benchmarks once per thread count (default 1 and 2; {@code -Dbench.threads=1,2}) with the JMH options
 * given on the command line, then prints one table and the Drools / plain-Java ratios on the shared subset.
 */
public final class BenchmarkMain {
    private BenchmarkMain() {
    }

    public static void main(String[] args) throws Exception {
        CommandLineOptions cli = new CommandLineOptions(args);
        String[] threadCounts = System.getProperty("bench.threads", "1,2").split(",");
        Map<String, Result<?>> scores = new LinkedHashMap<>();
        Map<String, Double> allocated = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        for (String t : threadCounts) {
            int threads = Integer.parseInt(t.strip());
            // The GC profiler adds bytes allocated per case: unlike throughput, it does not move with other load on the
            // machine, so it shows what a change did even when the scores' error bars are wide.
            Options opts = new OptionsBuilder().parent(cli).threads(threads).addProfiler(GCProfiler.class).build();
            for (RunResult r : new Runner(opts).run()) {
                String name = r.getParams().getBenchmark().replaceFirst("^.*\\.bench\\.", "");
                if (!names.contains(name)) {
                    names.add(name);
                }
                scores.put(name + "@" + threads, r.getPrimaryResult());
                Result<?> alloc = r.getSecondaryResults().get("gc.alloc.rate.norm");
                if (alloc == null) {
                    alloc = r.getSecondaryResults().get("·gc.alloc.rate.norm");
                }
                if (alloc != null) {
                    allocated.put(name + "@" + threads, alloc.getScore());
                }
            }
        }
        System.out.println();
        System.out.println("== lawcheck benchmarks: cases/s (JMH score ± 99.9% error), "
                + Runtime.getRuntime().availableProcessors() + " CPUs, Java " + System.getProperty("java.version"));
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-52s", "benchmark"));
        for (String t : threadCounts) {
            head.append(String.format(Locale.ROOT, "%28s", t.strip() + " thread(s)"));
        }
        head.append(String.format(Locale.ROOT, "%16s", "bytes/case"));
        System.out.println(head);
        for (String name : names) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-52s", name));
            for (String t : threadCounts) {
                Result<?> r = scores.get(name + "@" + t.strip());
                line.append(r == null ? String.format(Locale.ROOT, "%28s", "-")
                        : String.format(Locale.ROOT, "%28s", String.format(Locale.ROOT, "%,.0f ± %,.0f",
                        r.getScore(), r.getScoreError())));
            }
            Double bytes = allocated.get(name + "@" + threadCounts[0].strip());
            line.append(bytes == null ? String.format(Locale.ROOT, "%16s", "-")
                    : String.format(Locale.ROOT, "%,16.0f", bytes));
            System.out.println(line);
        }
        System.out.println();
        System.out.println("== Drools / plain Java on the shared subset " + BaselineChecker.RULE_IDS
                + " (time per case, Drools ÷ baseline; target ≤ 10)");
        for (String api : new String[] {"PerCase", "Batch"}) {
            for (String t : threadCounts) {
                Result<?> drools = scores.get("CheckBenchmark.subsetDrools" + api + "@" + t.strip());
                Result<?> plain = scores.get("CheckBenchmark.subsetBaseline" + api + "@" + t.strip());
                if (drools != null && plain != null) {
                    System.out.printf(Locale.ROOT, "%-10s %s thread(s): %.1fx  (Drools %,.0f/s, plain Java %,.0f/s)%n",
                            api, t.strip(), plain.getScore() / drools.getScore(), drools.getScore(),
                            plain.getScore());
                }
            }
        }
    }
}
