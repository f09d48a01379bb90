package io.lawcheck.catalog.rules;

import io.lawcheck.core.catalog.Severity;
import io.lawcheck.core.check.Finding;
import io.lawcheck.core.check.FindingStatus;
import io.lawcheck.core.model.AgencySystem;
import io.lawcheck.core.model.PenaltyKind;
import io.lawcheck.core.model.StepKind;
import io.lawcheck.core.model.TriState;
import io.lawcheck.fixtures.CaseBuilder;
import io.lawcheck.fixtures.RuleTest;
import org.junit.jupiter.api.Test;

import static io.lawcheck.catalog.Checks.check;
import static io.lawcheck.catalog.Checks.date;
import static io.lawcheck.catalog.Checks.expect;
import static io.lawcheck.catalog.Checks.expectNone;
import static io.lawcheck.catalog.Checks.precheck;
import static io.lawcheck.fixtures.Coverage.JUST_OVER;
import static io.lawcheck.fixtures.Coverage.JUST_UNDER;
import static io.lawcheck.fixtures.Coverage.OTHER_VERSION;
import static io.lawcheck.fixtures.Coverage.TRIGGERS;
import static org.assertj.core.api.Assertions.assertThat;

/** P-NOT-2 (notice.drl): no decision without the prior notice and the right to state and defend. */
class NoticeRulesTest {
    private static final String AS_OF = "2024-06-01";

    private static CaseBuilder base(String id) {
        return CaseBuilder.penalty(id).agency(AgencySystem.MARKET_REGULATION).individual().twoCertifiedOfficers()
                .notMajor().fine("500").filed("2022-03-01");
    }

    @Test
    @RuleTest(rule = "P-NOT-2", value = TRIGGERS)
    void decisionWithoutPriorNoticeIsACriticalViolation() {
        Finding f = expect(check(base("n1").notHappened(StepKind.STATEMENT_NOTICE_SERVED).decidedOn("2022-03-25")
                .build(), AS_OF), "P-NOT-2", FindingStatus.VIOLATION, "2021");
        assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(f.facts()).containsEntry("required", TriState.YES).containsEntry("done", TriState.NO);
        assertThat(f.citations()).extracting(c -> c.id()).containsExactly("APL-2021-44", "APL-2021-62");
    }

    @Test
    void aHearingNoticeDoesNotReplaceTheStatementNotice() {
        // Case h021: telling the party of the hearing right is not the Art 44 notice.
        expect(check(base("n2").fine("5000").notHappened(StepKind.STATEMENT_NOTICE_SERVED)
                .step(StepKind.HEARING_RIGHT_NOTIFIED, "2022-03-10").decidedOn("2022-03-25").build(), AS_OF),
                "P-NOT-2", FindingStatus.VIOLATION, "2021");
    }

    @Test
    void summaryProcedureNeedsTheNoticeToo() {
        expect(check(base("n3").summary().notHappened(StepKind.STATEMENT_NOTICE_SERVED).decidedOn("2022-03-25")
                .build(), AS_OF), "P-NOT-2", FindingStatus.VIOLATION, "2021");
    }

    @Test
    void anExpressWaiverCounts() {
        CaseBuilder b = base("n4").notHappened(StepKind.STATEMENT_NOTICE_SERVED)
                .step(StepKind.DEFENCE_WAIVED, "2022-03-20").decidedOn("2022-03-25");
        expectNone(check(b.build(), AS_OF), "P-NOT-2");
        expect(precheck(b.build(), AS_OF), "P-NOT-2", FindingStatus.SATISFIED, "2021");
    }

    @Test
    @RuleTest(rule = "P-NOT-2", value = JUST_UNDER)
    void noticeServedTheDayBeforeTheDecisionIsPriorNotice() {
        CaseBuilder b = base("n5").step(StepKind.STATEMENT_NOTICE_SERVED, "2022-03-24").decidedOn("2022-03-25");
        expectNone(check(b.build(), AS_OF), "P-NOT-2");
        expect(precheck(b.build(), AS_OF), "P-NOT-2", FindingStatus.SATISFIED, "2021");
    }

    @Test
    @RuleTest(rule = "P-NOT-2", value = JUST_OVER)
    void noticeServedTheDayAfterTheDecisionIsNoPriorNotice() {
        Finding f = expect(check(base("n6").step(StepKind.STATEMENT_NOTICE_SERVED, "2022-03-26")
                .decidedOn("2022-03-25").build(), AS_OF), "P-NOT-2", FindingStatus.VIOLATION, "2021");
        assertThat(f.facts()).containsEntry("noticeServed", date("2022-03-26"))
                .containsEntry("decisionDate", date("2022-03-25"));
        assertThat(f.message().zh()).contains("2022-03-26").contains("2022-03-25");
    }

    @Test
    @RuleTest(rule = "P-NOT-2", value = OTHER_VERSION)
    void theVersionFollowsTheNoticeDateAndTheLawOf1996StartsOn1October1996() {
        expect(check(base("v1").filed("2021-06-01").notHappened(StepKind.STATEMENT_NOTICE_SERVED)
                .decidedOn("2021-07-14").build(), AS_OF), "P-NOT-2", FindingStatus.VIOLATION, "1996");
        expect(check(base("v2").filed("2021-06-01").notHappened(StepKind.STATEMENT_NOTICE_SERVED)
                .decidedOn("2021-07-15").build(), AS_OF), "P-NOT-2", FindingStatus.VIOLATION, "2021");
        // Notice served under the old law, decision under the new one: the notice step chooses (程序从新).
        expect(precheck(base("v3").filed("2021-06-01").step(StepKind.STATEMENT_NOTICE_SERVED, "2021-07-12")
                .decidedOn("2021-07-20").build(), AS_OF), "P-NOT-2", FindingStatus.SATISFIED, "1996");
        // Before the 行政处罚法 was in force there was no such duty in it.
        expectNone(check(base("v4").filed("1996-08-01").notHappened(StepKind.STATEMENT_NOTICE_SERVED)
                .decidedOn("1996-09-30").build(), AS_OF), "P-NOT-2");
        expect(check(base("v5").filed("1996-08-01").notHappened(StepKind.STATEMENT_NOTICE_SERVED)
                .decidedOn("1996-10-01").build(), AS_OF), "P-NOT-2", FindingStatus.VIOLATION, "1996");
    }

    @Test
    void noticeNotRecordedNeedsReview() {
        Finding f = expect(check(base("u1").decidedOn("2022-03-25").build(), AS_OF), "P-NOT-2",
                FindingStatus.NEEDS_REVIEW, "2021");
        assertThat(f.facts()).containsEntry("done", TriState.UNKNOWN);
    }

    @Test
    void aDraftWithoutNoticeIsPending() {
        CaseBuilder draft = CaseBuilder.penalty("d1").agency(AgencySystem.MARKET_REGULATION).individual()
                .proposed(PenaltyKind.FINE, "500").filed("2022-03-01");
        Finding f = expect(precheck(draft.build(), "2022-03-20"), "P-NOT-2", FindingStatus.PENDING, "2021");
        assertThat(f.facts()).containsEntry("decided", TriState.UNKNOWN);
    }
}
