package io.lawcheck.catalog;

import io.lawcheck.core.check.CheckResult;
import io.lawcheck.core.check.Finding;
import io.lawcheck.core.check.FindingStatus;
import io.lawcheck.core.model.AgencySystem;
import io.lawcheck.core.model.StepKind;
import io.lawcheck.core.model.TriState;
import io.lawcheck.fixtures.CaseBuilder;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static io.lawcheck.catalog.Checks.check;
import static io.lawcheck.catalog.Checks.expect;
import static io.lawcheck.catalog.Checks.expectNone;
import static io.lawcheck.catalog.Checks.precheck;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cases decided in 2016, 2019 and 2022 are judged under the law in force then: the hearing request window (3
 * natural days before 2021-07-15, 5 working days after), the summary-procedure ceilings (50 / 1,000 yuan, then
 * 200 / 3,000) and the scope of legal review (none nationally before 2018; every general-procedure decision from
 * 2018-01-01; the Art 58 categories from 2021-07-15).
 */
class LawVersionsTest {

    /** Hearing right notified Tuesday {@code notice}; decided {@code decided}; no request, no waiver. */
    static CaseBuilder noticed(String notice, String decided) {
        return CaseBuilder.penalty("V").agency(AgencySystem.PUBLIC_SECURITY).fine("5000").twoCertifiedOfficers()
                .notMajor().noticeServed(notice).decidedOn(decided);
    }

    @Test
    void hearingWindow2016IsThreeNaturalDays() {
        // notice Tue 2016-03-01: 3 days end Fri 03-04; a decision on Mon 03-07 is after the window
        Finding f = expect(precheck(noticed("2016-03-01", "2016-03-07").build(), "2016-04-01"),
                "P-HEAR-10", FindingStatus.SATISFIED, "1996");
        assertThat(f.facts().get("requestWindowEnd")).isEqualTo(LocalDate.parse("2016-03-04"));
    }

    @Test
    void hearingWindow2019IsThreeDaysMovedPastTheWeekend() {
        // notice Fri 2019-03-01: 3 natural days end Mon 03-04, so a decision that Monday is still inside the window
        Finding f = expect(check(noticed("2019-03-01", "2019-03-04").build(), "2019-04-01"),
                "P-HEAR-10", FindingStatus.VIOLATION, "1996");
        assertThat(f.facts().get("requestWindowEnd")).isEqualTo(LocalDate.parse("2019-03-04"));
        expect(precheck(noticed("2019-03-01", "2019-03-05").build(), "2019-04-01"),
                "P-HEAR-10", FindingStatus.SATISFIED, "1996");
    }

    @Test
    void hearingWindow2022IsFiveWorkingDays() {
        // the 2016 dates shifted to 2022: notice Tue 2022-03-01, 5 working days end Tue 03-08; Mon 03-07 is too early
        Finding f = expect(check(noticed("2022-03-01", "2022-03-07").build(), "2022-04-01"),
                "P-HEAR-10", FindingStatus.VIOLATION, "2021");
        assertThat(f.facts().get("requestWindowEnd")).isEqualTo(LocalDate.parse("2022-03-08"));
    }

    static CaseBuilder summary(String date, String fine) {
        return CaseBuilder.penalty("S").agency(AgencySystem.MARKET_REGULATION).summary().fine(fine)
                .twoCertifiedOfficers().decidedOn(date).servedOn(date);
    }

    @Test
    void summaryCeilingsByYear() {
        expect(check(summary("2016-06-01", "100").build(), "2016-07-01"), "P-SIMP-1", FindingStatus.VIOLATION, "1996");
        expect(check(summary("2019-06-03", "100").build(), "2019-07-01"), "P-SIMP-1", FindingStatus.VIOLATION, "1996");
        expect(precheck(summary("2022-06-01", "100").build(), "2022-07-01"), "P-SIMP-1", FindingStatus.SATISFIED,
                "2021");
        expect(precheck(summary("2016-06-01", "1000").organisation().build(), "2016-07-01"),
                "P-SIMP-1", FindingStatus.SATISFIED, "1996");
        expect(check(summary("2019-06-03", "2000").organisation().build(), "2019-07-01"),
                "P-SIMP-1", FindingStatus.VIOLATION, "1996");
        expect(precheck(summary("2022-06-01", "2000").organisation().build(), "2022-07-01"),
                "P-SIMP-1", FindingStatus.SATISFIED, "2021");
    }

    /** A general-procedure case that is not major under Art 58 and has no legal review on file. */
    static CaseBuilder unreviewed(String decided) {
        return CaseBuilder.penalty("R").agency(AgencySystem.TAXATION).fine("500").twoCertifiedOfficers().notMajor()
                .notHappened(StepKind.LEGAL_REVIEW).decidedOn(decided);
    }

    @Test
    void legalReviewScopeByYear() {
        // 2016: the national law required no legal review
        CheckResult r2016 = check(unreviewed("2016-06-01").build(), "2016-07-01");
        expectNone(r2016, "P-REV-1");
        // 2019: 2017 Art 38(3) — every general-procedure decision
        expect(check(unreviewed("2019-06-03").build(), "2019-07-01"), "P-REV-1", FindingStatus.VIOLATION, "2018");
        // 2022: Art 58 — only the listed categories; this case is not one of them
        expectNone(check(unreviewed("2022-06-01").build(), "2022-07-01"), "P-REV-1");
        expect(check(unreviewed("2022-06-01").majorPublicInterest(TriState.YES).build(), "2022-07-01"),
                "P-REV-1", FindingStatus.VIOLATION, "2021");
    }
}
