package io.lawcheck.bench;

import io.lawcheck.core.check.CheckMode;
import io.lawcheck.core.check.CheckResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static io.lawcheck.bench.CaseGenerator.AS_OF;

/**
 * Cases checked per second: the full catalog and the shared subset on Drools, and the subset by hand, each through
 * the per-case API ({@code check}) and the batch API ({@code checkAll}, {@value Engines#BATCH} cases a call; the
 * score is still per case).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CheckBenchmark {
    private static final CheckMode MODE = CheckMode.SUPERVISION;

    @Benchmark
    public CheckResult fullPerCase(Engines e, Engines.Cursor c) {
        return e.full.check(c.nextCase(e), AS_OF, MODE);
    }

    @Benchmark
    @OperationsPerInvocation(Engines.BATCH)
    public List<CheckResult> fullBatch(Engines e, Engines.Cursor c) {
        return e.full.checkAll(c.nextBatch(e), AS_OF, MODE);
    }

    @Benchmark
    public CheckResult subsetDroolsPerCase(Engines e, Engines.Cursor c) {
        return e.subset.check(c.nextCase(e), AS_OF, MODE);
    }

    @Benchmark
    @OperationsPerInvocation(Engines.BATCH)
    public List<CheckResult> subsetDroolsBatch(Engines e, Engines.Cursor c) {
        return e.subset.checkAll(c.nextBatch(e), AS_OF, MODE);
    }

    @Benchmark
    public CheckResult subsetBaselinePerCase(Engines e, Engines.Cursor c) {
        return e.baseline.check(c.nextCase(e), AS_OF, MODE);
    }

    @Benchmark
    @OperationsPerInvocation(Engines.BATCH)
    public List<CheckResult> subsetBaselineBatch(Engines e, Engines.Cursor c) {
        return e.baseline.checkAll(c.nextBatch(e), AS_OF, MODE);
    }
}
