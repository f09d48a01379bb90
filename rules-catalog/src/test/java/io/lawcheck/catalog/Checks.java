package io.lawcheck.catalog;

import io.lawcheck.core.check.CheckMode;
import io.lawcheck.core.check.CheckResult;
import io.lawcheck.core.check.Checker;
import io.lawcheck.core.check.Finding;
import io.lawcheck.core.check.FindingStatus;
import io.lawcheck.core.model.EnforcementCase;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Shared checker (the catalog is loaded once per test JVM) and assertions on findings by rule id. */
public final class Checks {
    public static final Checker CHECKER = Checker.of(StandardCatalog.load());

    private Checks() {
    }

    public static CheckResult check(EnforcementCase c, String asOf) {
        return CHECKER.check(c, LocalDate.parse(asOf));
    }

    public static CheckResult precheck(EnforcementCase c, String asOf) {
        return CHECKER.check(c, LocalDate.parse(asOf), CheckMode.PRECHECK);
    }

    public static List<CheckResult> checkAll(List<EnforcementCase> cases, String asOf, CheckMode mode) {
        return CHECKER.checkAll(cases, LocalDate.parse(asOf), mode);
    }

    public static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    public static Optional<Finding> finding(CheckResult r, String ruleId) {
        List<Finding> found = r.findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
        assertThat(found).as("at most one finding per rule, for %s", ruleId).hasSizeLessThanOrEqualTo(1);
        return found.stream().findFirst();
    }

    /**
     * Asserts the rule reported {@code status} under law version {@code version}, and that its message rendered
     * completely in both languages; returns the finding.
     */
    public static Finding expect(CheckResult r, String ruleId, FindingStatus status, String version) {
        Finding f = finding(r, ruleId).orElseThrow(() -> new AssertionError(
                "expected " + ruleId + " " + status + " but it reported nothing; findings: " + summary(r)));
        assertThat(f.status()).as("status of %s; findings: %s", ruleId, summary(r)).isEqualTo(status);
        assertThat(f.ruleVersion()).as("law version applied by %s", ruleId).isEqualTo(version);
        assertRendered(f);
        return f;
    }

    /** The message has no placeholder left and is not just the title (a message for the status exists). */
    public static void assertRendered(Finding f) {
        assertThat(f.message().zh()).as("zh message of %s", f.ruleId()).isNotBlank().doesNotContain("${");
        assertThat(f.message().en()).as("en message of %s", f.ruleId()).isNotBlank().doesNotContain("${");
        assertThat(f.message()).as("message of %s %s falls back to the title", f.ruleId(), f.status())
                .isNotEqualTo(f.title());
    }

    public static void expectNone(CheckResult r, String ruleId) {
        assertThat(finding(r, ruleId)).as("%s should report nothing; findings: %s", ruleId, summary(r)).isEmpty();
    }

    public static void expectNoViolation(CheckResult r, String ruleId) {
        assertThat(finding(r, ruleId).map(Finding::status))
                .as("%s must not be a violation; findings: %s", ruleId, summary(r))
                .isNotEqualTo(Optional.of(FindingStatus.VIOLATION));
    }

    public static String summary(CheckResult r) {
        return r.findings().stream().map(f -> f.ruleId() + "@" + f.ruleVersion() + ":" + f.status()).toList()
                .toString();
    }
}
