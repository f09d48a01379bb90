package io.lawcheck.service.records;

import io.lawcheck.core.check.CheckMode;
import io.lawcheck.core.check.CheckResult;
import io.lawcheck.core.model.EnforcementCase;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What one check decided, on which catalog and calendar, for which input (by hash): one JSON line in the record
 * file. No case content: not even the case id (it may be an agency's file number); the hash links the record to
 * the input the caller keeps.
 *
 * @param inputSha256  SHA-256 of the canonical input ({@link CanonicalCase})
 * @param warningLevel the warning level decided for the case (POST /warnings); null where no warning was decided
 */
public record DecisionRecord(Instant time, String requestId, LocalDate asOf, CheckMode mode, String catalogVersion,
                             String calendarVersion, String inputSha256, List<RuleOutcome> findings,
                             String warningLevel) {
    /** One finding: rule, version applied, status. */
    public record RuleOutcome(String ruleId, String ruleVersion, String status) {
    }

    public static DecisionRecord of(Instant time, String requestId, EnforcementCase input, CheckResult result) {
        return of(time, requestId, input, result, null);
    }

    public static DecisionRecord of(Instant time, String requestId, EnforcementCase input, CheckResult result,
                                    String warningLevel) {
        return new DecisionRecord(time, requestId, result.asOf(), result.mode(), result.catalogVersion(),
                result.calendarVersion(), CanonicalCase.sha256(input), outcomes(result), warningLevel);
    }

    public static List<RuleOutcome> outcomes(CheckResult result) {
        return result.findings().stream()
                .map(f -> new RuleOutcome(f.ruleId(), f.ruleVersion(), f.status().name())).toList();
    }
}
