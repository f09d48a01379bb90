package io.lawcheck.catalog.rules;

import io.lawcheck.core.check.Finding;
import io.lawcheck.core.check.FindingStatus;
import io.lawcheck.core.model.TriState;
import io.lawcheck.fixtures.CaseBuilder;
import io.lawcheck.fixtures.RuleTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static io.lawcheck.catalog.Checks.check;
import static io.lawcheck.catalog.Checks.expect;
import static io.lawcheck.catalog.Checks.expectNone;
import static io.lawcheck.catalog.Checks.precheck;
import static io.lawcheck.fixtures.Coverage.JUST_OVER;
import static io.lawcheck.fixtures.Coverage.JUST_UNDER;
import static io.lawcheck.fixtures.Coverage.OTHER_VERSION;
import static io.lawcheck.fixtures.Coverage.TRIGGERS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deferred or instalment payment of a fine: P-PAY-6 (application and approval, 2021 Art 66(2), 1996 Art 52) and
 * P-PAY-8 (the court application period runs from the end of the deferral, 2021 Art 72(2)).
 */
class DeferredPaymentRulesTest {

    static CaseBuilder decided(String decision, String served) {
        return CaseBuilder.penalty("D").general().filed("2021-12-01").twoCertifiedOfficers().fine("50000")
                .decidedOn(decision).servedOn(served);
    }

    // ---- P-PAY-6 ----

    @Test
    @RuleTest(rule = "P-PAY-6", value = TRIGGERS)
    void deferralWithoutAnApplicationByTheParty() {
        Finding f = expect(check(decided("2022-03-01", "2022-03-02")
                .paymentDeferred(TriState.NO, TriState.YES, "2022-03-10", "2022-07-01").build(), "2022-04-01"),
                "P-PAY-6", FindingStatus.VIOLATION, "2021");
        assertThat(f.message().zh()).contains("当事人提出申请").doesNotContain("行政机关批准");
        assertThat(f.citations()).extracting(c -> c.id()).containsExactly("APL-2021-66-2");
    }

    @Test
    @RuleTest(rule = "P-PAY-6", value = JUST_UNDER)
    void appliedAndApprovedIsSatisfiedAndSilentOutsideAPrecheck() {
        CaseBuilder c = decided("2022-03-01", "2022-03-02")
                .paymentDeferred(TriState.YES, TriState.YES, "2022-03-10", "2022-07-01");
        expect(precheck(c.build(), "2022-04-01"), "P-PAY-6", FindingStatus.SATISFIED, "2021");
        expectNone(check(c.build(), "2022-04-01"), "P-PAY-6");
        // no deferral on file: nothing to check
        expectNone(precheck(decided("2022-03-01", "2022-03-02").build(), "2022-04-01"), "P-PAY-6");
    }

    @Test
    @RuleTest(rule = "P-PAY-6", value = JUST_OVER)
    void approvalMissingOrUnknown() {
        Finding f = expect(check(decided("2022-03-01", "2022-03-02")
                .paymentDeferred(TriState.YES, TriState.NO, null, "2022-07-01").build(), "2022-04-01"),
                "P-PAY-6", FindingStatus.VIOLATION, "2021");
        assertThat(f.message().en()).contains("the agency's approval").doesNotContain("application by the party");
        Finding u = expect(check(decided("2022-03-01", "2022-03-02")
                .paymentDeferred(TriState.YES, TriState.UNKNOWN, null, "2022-07-01").build(), "2022-04-01"),
                "P-PAY-6", FindingStatus.NEEDS_REVIEW, "2021");
        assertThat(u.message().zh()).contains("行政机关批准");
    }

    @Test
    @RuleTest(rule = "P-PAY-6", value = OTHER_VERSION)
    void theApprovalDateSelectsTheLaw() {
        // decided before 2021-07-15; the approval date, not the decision, picks the text
        Finding old = expect(check(decided("2021-06-30", "2021-07-01")
                .paymentDeferred(TriState.NO, TriState.YES, "2021-07-14", "2021-10-01").build(), "2021-08-01"),
                "P-PAY-6", FindingStatus.VIOLATION, "1996");
        assertThat(old.citations()).extracting(c -> c.id()).containsExactly("APL-1996-52");
        Finding now = expect(check(decided("2021-06-30", "2021-07-01")
                .paymentDeferred(TriState.NO, TriState.YES, "2021-07-15", "2021-10-01").build(), "2021-08-01"),
                "P-PAY-6", FindingStatus.VIOLATION, "2021");
        assertThat(now.citations()).extracting(c -> c.id()).containsExactly("APL-2021-66-2");
        // without an approval date the decision date decides
        expect(check(decided("2021-06-30", "2021-07-01")
                .paymentDeferred(TriState.NO, TriState.YES, null, "2021-10-01").build(), "2021-08-01"),
                "P-PAY-6", FindingStatus.VIOLATION, "1996");
    }

    // ---- P-PAY-8 ----
    // Deferral ends 2022-07-01 (a Friday); 3 months later is 2022-10-01, National Day: the holidays run to 10-07 and
    // 10-08 (a Saturday) is a make-up working day, so the period ends on 10-08 (Civil Code Art 203). The decision was
    // served 2021-12-20: the 6-month lawsuit period ended 2022-06-20, before the deferral.

    static CaseBuilder deferred(String applied) {
        return decided("2021-12-15", "2021-12-20")
                .paymentDeferred(TriState.YES, TriState.YES, "2021-12-28", "2022-07-01").courtApplication(applied);
    }

    @Test
    @RuleTest(rule = "P-PAY-8", value = TRIGGERS)
    void applicationLongAfterTheDeferralIsLate() {
        Finding f = expect(check(deferred("2022-11-15").build(), "2022-12-01"), "P-PAY-8", FindingStatus.VIOLATION,
                "2021");
        assertThat(f.dueDate()).isEqualTo(LocalDate.of(2022, 10, 8));
        assertThat(f.message().zh()).contains("2022-07-01").contains("2022-10-08");
        assertThat(f.citations()).extracting(c -> c.id()).contains("APL-2021-72-2", "ACL-2011-53");
    }

    @Test
    @RuleTest(rule = "P-PAY-8", value = JUST_UNDER)
    void applicationOnTheDayAfterNationalDayIsInTime() {
        Finding f = expect(precheck(deferred("2022-10-08").build(), "2022-12-01"), "P-PAY-8", FindingStatus.SATISFIED,
                "2021");
        assertThat(f.facts().get("dueDate")).isEqualTo(LocalDate.of(2022, 10, 8));
        expectNone(check(deferred("2022-10-08").build(), "2022-12-01"), "P-PAY-8");
    }

    @Test
    @RuleTest(rule = "P-PAY-8", value = JUST_OVER)
    void oneDayLateOrBeforeTheDeferralEnded() {
        expect(check(deferred("2022-10-09").build(), "2022-12-01"), "P-PAY-8", FindingStatus.VIOLATION, "2021");
        Finding early = expect(check(deferred("2022-07-01").build(), "2022-12-01"), "P-PAY-8",
                FindingStatus.VIOLATION, "2021");
        assertThat(early.message().en()).contains("deferral ran until 2022-07-01");
        expect(precheck(deferred("2022-07-02").build(), "2022-12-01"), "P-PAY-8", FindingStatus.SATISFIED, "2021");
    }

    @Test
    @RuleTest(rule = "P-PAY-8", value = JUST_UNDER)
    void aLaterLawsuitPeriodMovesTheStart() {
        // served 2022-03-01: the lawsuit period ends 2022-09-01, after the deferral (2022-07-01)
        CaseBuilder c = decided("2022-02-25", "2022-03-01")
                .paymentDeferred(TriState.YES, TriState.YES, "2022-03-10", "2022-07-01");
        Finding before = expect(check(c.courtApplication("2022-08-15").build(), "2022-12-31"), "P-PAY-8",
                FindingStatus.VIOLATION, "2021");
        assertThat(before.message().en()).contains("lawsuit period ran until 2022-09-01");
        expect(precheck(c.courtApplication("2022-11-30").build(), "2022-12-31"), "P-PAY-8",
                FindingStatus.SATISFIED, "2021");
        // without the service date, late counted from the deferral is only a question
        CaseBuilder unserved = CaseBuilder.penalty("U").general().fine("50000").decidedOn("2021-12-15")
                .paymentDeferred(TriState.YES, TriState.YES, "2021-12-28", "2022-07-01").courtApplication("2022-10-09");
        expect(check(unserved.build(), "2022-12-01"), "P-PAY-8", FindingStatus.NEEDS_REVIEW, "2021");
        // a refused deferral does not move the period; review or lawsuit sought: a question
        expectNone(check(decided("2021-12-15", "2021-12-20")
                .paymentDeferred(TriState.YES, TriState.NO, null, "2022-07-01").courtApplication("2022-11-15").build(),
                "2022-12-01"), "P-PAY-8");
        expect(check(deferred("2022-11-15").remedySought(TriState.YES).build(), "2022-12-01"), "P-PAY-8",
                FindingStatus.NEEDS_REVIEW, "2021");
    }

    @Test
    @RuleTest(rule = "P-PAY-8", value = OTHER_VERSION)
    void the1996LawHadNoSuchRule() {
        // deferral ends 2021-04-01, so 3 months end 2021-07-01; the 1996 law (application up to 2021-07-14) did not
        // count from the deferral, the 2021 law (from 2021-07-15) does
        CaseBuilder c = decided("2020-08-25", "2020-09-01")
                .paymentDeferred(TriState.YES, TriState.YES, "2020-09-10", "2021-04-01");
        expectNone(precheck(c.courtApplication("2021-07-14").build(), "2021-08-01"), "P-PAY-8");
        Finding f = expect(check(c.courtApplication("2021-07-15").build(), "2021-08-01"), "P-PAY-8",
                FindingStatus.VIOLATION, "2021");
        assertThat(f.dueDate()).isEqualTo(LocalDate.of(2021, 7, 1));
    }
}
