package io.lawcheck.catalog;

import io.lawcheck.core.check.CheckResult;
import io.lawcheck.core.check.FindingStatus;
import io.lawcheck.core.model.AgencySystem;
import io.lawcheck.core.model.TriState;
import io.lawcheck.fixtures.CaseBuilder;
import org.junit.jupiter.api.Test;

import static io.lawcheck.catalog.Checks.check;
import static io.lawcheck.catalog.Checks.expect;
import static org.assertj.core.api.Assertions.assertThat;

class SmokeTest {
    @Test
    void cleanCaseHasNoViolation() {
        CheckResult r = check(CaseBuilder.penalty("clean").agency(AgencySystem.PUBLIC_SECURITY).fine("500")
                .twoCertifiedOfficers().notMajor().filed("2022-03-01").noticeServed("2022-03-10")
                .decidedOn("2022-03-25").partyPresent(TriState.NO).servedOn("2022-03-28").build(), "2022-06-01");
        System.out.println(Checks.summary(r));
        assertThat(r.violations()).isEmpty();
        assertThat(r.catalogVersion()).isEqualTo("2026.11.23");
    }

    @Test
    void hearingNotOffered() {
        CheckResult r = check(CaseBuilder.penalty("h").agency(AgencySystem.PUBLIC_SECURITY).fine("2000")
                .twoCertifiedOfficers().notMajor().filed("2022-03-01")
                .step(io.lawcheck.core.model.StepKind.STATEMENT_NOTICE_SERVED, "2022-03-10")
                .notHappened(io.lawcheck.core.model.StepKind.HEARING_RIGHT_NOTIFIED)
                .decidedOn("2022-03-25").build(), "2022-06-01");
        System.out.println(Checks.summary(r));
        var f = expect(r, "P-HEAR-1", FindingStatus.VIOLATION, "2021");
        System.out.println(f);
    }
}
