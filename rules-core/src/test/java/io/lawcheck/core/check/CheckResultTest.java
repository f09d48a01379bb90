package io.lawcheck.core.check;

import io.lawcheck.core.catalog.LocalizedText;
import io.lawcheck.core.catalog.Severity;
import io.lawcheck.core.catalog.Verification;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A result lists its findings by status (violations first), then severity, then rule id, whatever the rule order. */
class CheckResultTest {
    private static Finding finding(String ruleId, FindingStatus status, Severity severity) {
        LocalizedText t = new LocalizedText(ruleId, ruleId);
        return new Finding(ruleId, "2021", "test", severity, status, null, t, t, List.of(), Map.of(), Map.of(),
                Verification.VERIFIED);
    }

    @Test
    void findingsAreOrderedByStatusThenSeverityThenRuleId() {
        List<Finding> fired = List.of(
                finding("P-B", FindingStatus.NEEDS_REVIEW, Severity.CRITICAL),
                finding("P-Z", FindingStatus.VIOLATION, Severity.MINOR),
                finding("P-C", FindingStatus.VIOLATION, Severity.CRITICAL),
                finding("P-A", FindingStatus.VIOLATION, Severity.CRITICAL),
                finding("P-D", FindingStatus.PENDING, Severity.CRITICAL),
                finding("P-A", FindingStatus.NEEDS_REVIEW, Severity.CRITICAL));
        CheckResult r = new CheckResult("C-1", LocalDate.of(2024, 1, 1), CheckMode.PRECHECK, "v", "cal", fired, null);
        assertThat(r.findings()).extracting(f -> f.ruleId() + " " + f.status() + " " + f.severity()).containsExactly(
                "P-A VIOLATION CRITICAL", "P-C VIOLATION CRITICAL", "P-Z VIOLATION MINOR",
                "P-A NEEDS_REVIEW CRITICAL", "P-B NEEDS_REVIEW CRITICAL", "P-D PENDING CRITICAL");
    }
}
