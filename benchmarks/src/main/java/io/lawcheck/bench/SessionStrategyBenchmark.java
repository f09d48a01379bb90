package io.lawcheck.bench;

import io.lawcheck.core.check.Assessment;
import io.lawcheck.core.check.CheckMode;
import io.lawcheck.core.check.CheckResult;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.StatelessKieSession;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.util.concurrent.TimeUnit;

import static io.lawcheck.bench.CaseGenerator.AS_OF;

/**
 * The session strategies Checker could use, on the full catalog, per case: a new stateless session per case, the
 * KieSessionsPool the first Checker used (dispose resets the session), and what Checker does now (a pool of
 * long-lived sessions, insert/fire/delete; that one is {@code CheckBenchmark.fullPerCase}).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SessionStrategyBenchmark {
    private static final CheckMode MODE = CheckMode.SUPERVISION;

    @State(Scope.Benchmark)
    public static class Pool {
        KieSessionsPool pool;

        @Setup(Level.Trial)
        public void setUp(Engines e) {
            pool = e.fullCatalog.kieBase().newKieSessionsPool(Runtime.getRuntime().availableProcessors());
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            pool.shutdown();
        }
    }

    @Benchmark
    public CheckResult statelessSessionPerCase(Engines e, Engines.Cursor c) {
        Assessment a = new Assessment(c.nextCase(e), AS_OF, MODE, e.fullCatalog);
        StatelessKieSession session = e.fullCatalog.kieBase().newStatelessKieSession();
        session.execute(a);
        return a.result();
    }

    @Benchmark
    public CheckResult kieSessionsPoolPerCase(Engines e, Engines.Cursor c, Pool p) {
        Assessment a = new Assessment(c.nextCase(e), AS_OF, MODE, e.fullCatalog);
        KieSession session = p.pool.newKieSession();
        try {
            session.insert(a);
            session.fireAllRules();
        } finally {
            session.dispose();
        }
        return a.result();
    }
}
