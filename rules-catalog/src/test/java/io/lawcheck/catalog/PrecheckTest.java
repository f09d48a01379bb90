package io.lawcheck.catalog;

import io.lawcheck.core.check.CheckResult;
import io.lawcheck.core.check.DecisionWindow;
import io.lawcheck.core.check.DecisionWindow.Bound;
import io.lawcheck.core.check.Finding;
import io.lawcheck.core.check.FindingStatus;
import io.lawcheck.core.model.AgencySystem;
import io.lawcheck.core.model.PenaltyKind;
import io.lawcheck.core.model.StepKind;
import io.lawcheck.core.model.TriState;
import io.lawcheck.fixtures.CaseBuilder;
import io.lawcheck.fixtures.Coverage;
import io.lawcheck.fixtures.RuleTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static io.lawcheck.catalog.Checks.check;
import static io.lawcheck.catalog.Checks.expect;
import static io.lawcheck.catalog.Checks.expectNone;
import static io.lawcheck.catalog.Checks.precheck;
import static org.assertj.core.api.Assertions.assertThat;

/** The legal reviewer's pre-check: statuses of every obligation, the decision window, and the review scope. */
class PrecheckTest {
    /** 公安, individual, 5000 yuan proposed (hearing threshold 2000), filed 2026-09-01, not a major case. */
    private static CaseBuilder draft() {
        return CaseBuilder.penalty("draft").agency(AgencySystem.PUBLIC_SECURITY).individual()
                .proposed(PenaltyKind.FINE, "5000").twoCertifiedOfficers().notMajor().filed("2026-09-01");
    }

    @Test
    void hearingWindowAcrossTheNationalDayHolidaySetsTheEarliestDateAndFilingSetsTheLatest() {
        // Notice Tue 2026-09-29. Working days after it: 09-30, (10-01..10-07 holiday) 10-08, 10-09, Sat 10-10
        // (make-up working day), Mon 10-12: the window ends 10-12; the earliest decision day is 10-13.
        // 90 days from 2026-09-01 is Mon 2026-11-30 (a working day).
        CheckResult r = precheck(draft().noticeServed("2026-09-29").build(), "2026-10-08");

        Finding window = expect(r, "P-HEAR-10", FindingStatus.PENDING, "2021");
        assertThat(window.dueDate()).isEqualTo(LocalDate.parse("2026-10-12"));
        expect(r, "P-HEAR-1", FindingStatus.SATISFIED, "2021");
        expect(r, "P-NOT-2", FindingStatus.SATISFIED, "2021");
        Finding due = expect(r, "P-DEC-3", FindingStatus.PENDING, "2021");
        assertThat(due.dueDate()).isEqualTo(LocalDate.parse("2026-11-30"));

        DecisionWindow w = r.decisionWindow();
        assertThat(w.earliest()).isEqualTo(LocalDate.parse("2026-10-13"));
        assertThat(w.latest()).isEqualTo(LocalDate.parse("2026-11-30"));
        assertThat(w.conditional()).isFalse();
        assertThat(w.closed()).isFalse();
        assertThat(w.reasons()).extracting(DecisionWindow.Reason::bound, DecisionWindow.Reason::ruleId,
                DecisionWindow.Reason::date).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Bound.EARLIEST, "P-HEAR-10", LocalDate.parse("2026-10-13")),
                org.assertj.core.groups.Tuple.tuple(Bound.LATEST, "P-DEC-3", LocalDate.parse("2026-11-30")));
        assertThat(w.reasons().get(0).text().zh()).contains("2026-10-12");
    }

    @Test
    void onTheLastDayOfTheWindowTheEarliestIsStillTheNextDayAndAfterItTheAsOfDate() {
        CheckResult last = precheck(draft().noticeServed("2026-09-29").build(), "2026-10-12");
        assertThat(last.decisionWindow().earliest()).isEqualTo(LocalDate.parse("2026-10-13"));
        CheckResult after = precheck(draft().noticeServed("2026-09-29").build(), "2026-10-14");
        expect(after, "P-HEAR-10", FindingStatus.SATISFIED, "2021");
        assertThat(after.decisionWindow().earliest()).isEqualTo(LocalDate.parse("2026-10-14"));
    }

    @Test
    void openStepsWithoutADateAreConditionsAndTheEarliestIsOnlyALowerBound() {
        CheckResult r = precheck(draft().majorPublicInterest(TriState.YES).build(), "2026-10-08");
        expect(r, "P-HEAR-1", FindingStatus.PENDING, "2021");
        expect(r, "P-NOT-2", FindingStatus.PENDING, "2021");
        expect(r, "P-REV-1", FindingStatus.PENDING, "2021");
        DecisionWindow w = r.decisionWindow();
        assertThat(w.conditional()).isTrue();
        assertThat(w.earliest()).isEqualTo(LocalDate.parse("2026-10-08"));
        assertThat(w.reasons()).filteredOn(x -> x.bound() == Bound.CONDITION)
                .extracting(DecisionWindow.Reason::ruleId).containsExactlyInAnyOrder("P-HEAR-1", "P-NOT-2", "P-REV-1");
    }

    @Test
    void aPassedDecisionPeriodClosesTheWindow() {
        CheckResult r = precheck(draft().noticeServed("2026-09-29").build(), "2026-12-01");
        assertThat(r.decisionWindow().latest()).isEqualTo(LocalDate.parse("2026-11-30"));
        assertThat(r.decisionWindow().closed()).isTrue();
    }

    @Test
    void aDecisionPeriodEndingOutsideTheHolidayCalendarLeavesNoLatestDateButSaysWhy() {
        // Filed 2026-10-09: 90 days end 2027-01-07, a year the calendar does not cover yet.
        CheckResult r = precheck(draft().filed("2026-10-09").noticeServed("2026-11-19").build(), "2026-11-23");
        expect(r, "P-DEC-3", FindingStatus.NEEDS_REVIEW, "2021");
        DecisionWindow w = r.decisionWindow();
        assertThat(w.latest()).isNull();
        assertThat(w.earliest()).isEqualTo(LocalDate.parse("2026-11-27"));
        assertThat(w.reasons()).anySatisfy(x -> {
            assertThat(x.bound()).isEqualTo(Bound.LATEST);
            assertThat(x.ruleId()).isEqualTo("P-DEC-3");
            assertThat(x.date()).isNull();
            assertThat(x.text().zh()).contains("2027");
        });
    }

    @Test
    void aDecidedCaseHasNoWindow() {
        CheckResult r = precheck(draft().noticeServed("2026-09-29").decidedOn("2026-10-20").build(), "2026-10-21");
        assertThat(r.decisionWindow()).isNull();
    }

    @Test
    @RuleTest(rule = "P-REV-1", value = Coverage.TRIGGERS)
    void reviewScopeIsReportedInEveryPrecheck() {
        // Not required: a SATISFIED finding says so in a pre-check; supervision stays silent.
        Finding none = expect(precheck(draft().build(), "2026-10-08"), "P-REV-1", FindingStatus.SATISFIED, "2021");
        assertThat(none.facts()).containsEntry("required", TriState.NO);
        assertThat(none.message().zh()).contains("不属于应当在决定前进行法制审核");
        expectNone(check(draft().build(), "2026-10-08"), "P-REV-1");

        // Unanswered: the reviewer gets the questions, with each ground's answer as a fact.
        Finding open = expect(precheck(draft().complexMultipleRelations(TriState.UNKNOWN).build(), "2026-10-08"),
                "P-REV-1", FindingStatus.NEEDS_REVIEW, "2021");
        assertThat(open.facts()).containsEntry("required", TriState.UNKNOWN)
                .containsEntry("complexMultipleRelations", TriState.UNKNOWN)
                .containsEntry("majorPublicInterest", TriState.NO);
        assertThat(open.message().zh()).contains("疑难复杂");

        // Required and passed before the decision: SATISFIED.
        Finding done = expect(precheck(draft().majorPublicInterest(TriState.YES).legalReviewPassed("2026-10-09")
                .build(), "2026-10-12"), "P-REV-1", FindingStatus.SATISFIED, "2021");
        assertThat(done.facts()).containsEntry("required", TriState.YES);
    }

    @Test
    @RuleTest(rule = "P-REV-1", value = Coverage.OTHER_VERSION)
    void underThe2017LawASummaryProcedureNeedsNoReviewAndAGeneralOneDoes() {
        CaseBuilder old = CaseBuilder.penalty("old").agency(AgencySystem.PUBLIC_SECURITY).individual()
                .proposed(PenaltyKind.FINE, "100").twoCertifiedOfficers().notMajor();
        Finding summary = expect(precheck(old.summary().build(), "2019-05-06"), "P-REV-1", FindingStatus.SATISFIED,
                "2018");
        assertThat(summary.facts()).containsEntry("required", TriState.NO);
        expect(precheck(old.general().build(), "2019-05-06"), "P-REV-1", FindingStatus.PENDING, "2018");
        assertThat(precheck(old.general().step(StepKind.LEGAL_REVIEW, "2019-05-06").build(), "2019-05-06")
                .findings()).anyMatch(f -> f.ruleId().equals("P-REV-1") && f.status() == FindingStatus.SATISFIED);
    }
}
