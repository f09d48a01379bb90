package io.lawcheck.core.check;

import io.lawcheck.core.catalog.Catalog;
import io.lawcheck.core.model.EnforcementCase;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Checks cases against a catalog. Build one per catalog and share it: it is thread-safe and keeps no state between
 * calls. Nothing here reads the clock: the caller passes the legal as-of date.
 *
 * <p>Sessions: a small pool of long-lived KieSessions. A call takes one, inserts its Assessment(s), fires, deletes
 * them again and returns the session, so no session is created or reset per call (measured in benchmarks/: about
 * 2x a KieSessionsPool, whose dispose resets the whole session). Rules never modify working memory (they only
 * report into the Assessment), so after the deletes a session is as empty as a new one. A session that threw is
 * thrown away, never reused. Idle sessions are a stack, not a queue: the session used last is taken first, so with
 * several request threads the same one or two sessions stay warm in the CPU caches instead of all of them taking
 * turns (a queue rotated through every idle session).
 */
public final class Checker implements CaseChecker {
    /** Cases per session round in {@link #checkAll}: large batches amortise firing, small ones bound memory. */
    static final int BATCH = 1_000;

    private final Catalog catalog;
    private final KieBase kieBase;
    private final Object idleLock = new Object();
    private final KieSession[] idle; // idle[0 .. idleCount) guarded by idleLock; the top is the most recently used
    private int idleCount;

    private Checker(Catalog catalog, int maxIdle) {
        this.catalog = catalog;
        this.kieBase = catalog.kieBase();
        this.idle = new KieSession[maxIdle];
        // Built now, not on the first request: the first session of a KieBase is the slow one.
        idle[idleCount++] = kieBase.newKieSession();
    }

    public static Checker of(Catalog catalog) {
        // Idle sessions kept: enough for the request threads that run at once on this many cores; beyond that a
        // burst creates sessions and drops them after use rather than holding memory for every server thread.
        return new Checker(Objects.requireNonNull(catalog, "catalog"),
                Math.max(8, 4 * Runtime.getRuntime().availableProcessors()));
    }

    public Catalog catalog() {
        return catalog;
    }

    public CheckResult check(EnforcementCase enforcementCase, LocalDate asOf) {
        return check(enforcementCase, asOf, CheckMode.SUPERVISION);
    }

    @Override
    public CheckResult check(EnforcementCase enforcementCase, LocalDate asOf, CheckMode mode) {
        Objects.requireNonNull(enforcementCase, "case");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(mode, "mode");
        Assessment a = new Assessment(enforcementCase, asOf, mode, catalog);
        KieSession session = acquire();
        try {
            FactHandle handle = session.insert(a);
            session.fireAllRules();
            session.delete(handle);
        } catch (RuntimeException e) {
            session.dispose();
            return failed(a, e);
        } catch (Error e) {
            session.dispose();
            throw e;
        }
        release(session);
        return a.result();
    }

    /**
     * Checks many cases, {@value #BATCH} at a time in one session (several times faster per case than
     * {@link #check}); results in the input order. If a rule's condition throws during a round, that round's cases
     * are checked again one by one, so only the failing case carries the ENGINE_ERROR.
     */
    public List<CheckResult> checkAll(List<EnforcementCase> cases, LocalDate asOf, CheckMode mode) {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(mode, "mode");
        int n = cases.size();
        CheckResult[] results = new CheckResult[n];
        Assessment[] assessments = new Assessment[Math.min(n, BATCH)];
        FactHandle[] handles = new FactHandle[assessments.length];
        for (int start = 0; start < n; start += BATCH) {
            int size = Math.min(BATCH, n - start);
            KieSession session = acquire();
            try {
                for (int i = 0; i < size; i++) {
                    Assessment a = new Assessment(Objects.requireNonNull(cases.get(start + i), "case"), asOf, mode,
                            catalog);
                    assessments[i] = a;
                    handles[i] = session.insert(a);
                }
                session.fireAllRules();
                for (int i = 0; i < size; i++) {
                    session.delete(handles[i]);
                    results[start + i] = assessments[i].result();
                }
            } catch (RuntimeException e) {
                session.dispose();
                for (int i = 0; i < size; i++) {
                    results[start + i] = check(cases.get(start + i), asOf, mode);
                }
                continue;
            } catch (Error e) {
                session.dispose();
                throw e;
            }
            release(session);
        }
        return Arrays.asList(results);
    }

    /**
     * A rule's condition (when-part) threw: consequences are isolated by {@link EngineErrors}, conditions surface
     * here. The case gets an ENGINE_ERROR naming the rule; findings of rules that had not fired are missing, and the
     * ENGINE_ERROR says so.
     */
    private static CheckResult failed(Assessment a, RuntimeException e) {
        Set<String> rules = EngineErrors.rulesNamedIn(e);
        for (String rule : rules.isEmpty() ? Set.of("UNKNOWN") : rules) {
            EngineErrors.logFailure(rule, e);
            a.engineError(rule, e);
        }
        return a.result();
    }

    private KieSession acquire() {
        synchronized (idleLock) {
            if (idleCount > 0) {
                KieSession session = idle[--idleCount];
                idle[idleCount] = null;
                return session;
            }
        }
        return kieBase.newKieSession();
    }

    private void release(KieSession session) {
        // A rule that inserted facts of its own would leak them into the next call: such a session is not reused.
        if (session.getFactCount() == 0) {
            synchronized (idleLock) {
                if (idleCount < idle.length) {
                    idle[idleCount++] = session;
                    return;
                }
            }
        }
        session.dispose();
    }
}
