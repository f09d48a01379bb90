package io.lawcheck.core.check;

import io.lawcheck.core.catalog.Catalog;
import io.lawcheck.core.model.EnforcementCase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Checks cases against a catalog. Build one per catalog and share it: it is thread-safe and keeps no state between
 * calls. Nothing here reads the clock: the caller passes the legal as-of date.
 */
public final class Checker {
    private final Catalog catalog;
    private final KieSessionsPool pool;

    private Checker(Catalog catalog, int poolSize) {
        this.catalog = catalog;
        this.pool = catalog.kieBase().newKieSessionsPool(poolSize);
    }

    public static Checker of(Catalog catalog) {
        return new Checker(Objects.requireNonNull(catalog, "catalog"), Runtime.getRuntime().availableProcessors());
    }

    public Catalog catalog() {
        return catalog;
    }

    public CheckResult check(EnforcementCase enforcementCase, LocalDate asOf) {
        return check(enforcementCase, asOf, CheckMode.SUPERVISION);
    }

    public CheckResult check(EnforcementCase enforcementCase, LocalDate asOf, CheckMode mode) {
        return checkAll(List.of(enforcementCase), asOf, mode).get(0);
    }

    /** Checks many cases in one rule session (faster than one call per case); results in the input order. */
    public List<CheckResult> checkAll(List<EnforcementCase> cases, LocalDate asOf, CheckMode mode) {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(mode, "mode");
        List<Assessment> assessments = new ArrayList<>(cases.size());
        for (EnforcementCase c : cases) {
            assessments.add(new Assessment(Objects.requireNonNull(c, "case"), asOf, mode, catalog));
        }
        KieSession session = pool.newKieSession();
        try {
            for (Assessment a : assessments) {
                session.insert(a);
            }
            session.fireAllRules();
        } catch (RuntimeException e) {
            // A constraint (when-part) threw: rule consequences are isolated by EngineErrors, constraints are not.
            if (assessments.size() > 1) {
                List<CheckResult> one = new ArrayList<>(cases.size());
                for (EnforcementCase c : cases) {
                    one.addAll(checkAll(List.of(c), asOf, mode)); // so only the failing case carries the error
                }
                return one;
            }
            java.util.Set<String> rules = EngineErrors.rulesNamedIn(e);
            for (String rule : rules.isEmpty() ? java.util.Set.of("UNKNOWN") : rules) {
                EngineErrors.logFailure(rule, e);
                assessments.get(0).engineError(rule, e);
            }
        } finally {
            session.dispose();
        }
        List<CheckResult> results = new ArrayList<>(assessments.size());
        for (Assessment a : assessments) {
            results.add(a.result());
        }
        return results;
    }
}
