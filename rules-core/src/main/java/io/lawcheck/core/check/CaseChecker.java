package io.lawcheck.core.check;

import io.lawcheck.core.model.EnforcementCase;

import java.time.LocalDate;

/**
 * Anything that checks one case: the rule engine ({@link Checker}) in production; the benchmarks plug a hand-written
 * baseline in behind the same interface to measure what the engine costs.
 */
@FunctionalInterface
public interface CaseChecker {
    CheckResult check(EnforcementCase enforcementCase, LocalDate asOf, CheckMode mode);
}
