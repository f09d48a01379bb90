package io.lawcheck.catalog.rules;

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
import static io.lawcheck.catalog.Checks.expect;
import static io.lawcheck.catalog.Checks.expectNone;
import static io.lawcheck.catalog.Checks.precheck;
import static io.lawcheck.fixtures.Coverage.JUST_OVER;
import static io.lawcheck.fixtures.Coverage.JUST_UNDER;
import static io.lawcheck.fixtures.Coverage.OTHER_VERSION;
import static io.lawcheck.fixtures.Coverage.TRIGGERS;
import static org.assertj.core.api.Assertions.assertThat;

/** Statement and defence, collective discussion and the decision document: P-DEF-1, P-DEF-2, P-COLL-1, P-DEC-2. */
class DecidingRulesTest {

    static CaseBuilder base() {
        return CaseBuilder.penalty("D").agency(AgencySystem.TAXATION).twoCertifiedOfficers().notMajor();
    }

    @Test
    @RuleTest(rule = "P-DEF-1", value = {TRIGGERS, JUST_OVER})
    void defenceNotReviewed() {
        expect(check(base().fine("500").step(StepKind.DEFENCE_RECEIVED, "2022-05-05").defenceReviewed(TriState.NO)
                .decidedOn("2022-05-20").build(), "2022-06-01"), "P-DEF-1", FindingStatus.VIOLATION, "2021");
    }

    @Test
    @RuleTest(rule = "P-DEF-1", value = JUST_UNDER)
    void defenceReviewedOrStillToReview() {
        expect(precheck(base().fine("500").step(StepKind.DEFENCE_RECEIVED, "2022-05-05")
                .defenceReviewed(TriState.YES).decidedOn("2022-05-20").build(), "2022-06-01"),
                "P-DEF-1", FindingStatus.SATISFIED, "2021");
        expect(check(base().fine("500").step(StepKind.DEFENCE_RECEIVED, "2022-05-05").build(), "2022-05-10"),
                "P-DEF-1", FindingStatus.PENDING, "2021");
    }

    @Test
    @RuleTest(rule = "P-DEF-1", value = OTHER_VERSION)
    void defenceIn2019UnderArt32() {
        Finding f = expect(check(base().fine("500").step(StepKind.DEFENCE_RECEIVED, "2019-05-05")
                .defenceReviewed(TriState.NO).decidedOn("2019-05-20").build(), "2019-06-01"),
                "P-DEF-1", FindingStatus.NEEDS_REVIEW, "1996");
        assertThat(f.citations()).extracting(c -> c.id()).containsExactly("APL-1996-32");
    }

    @Test
    @RuleTest(rule = "P-DEF-2", value = TRIGGERS)
    void heavierFineWithoutNewNotice() {
        Finding f = expect(check(base().proposed(PenaltyKind.FINE, "1000").fine("1500")
                .step(StepKind.DEFENCE_RECEIVED, "2022-05-05").renotifiedBeforeHeavier(TriState.NO)
                .decidedOn("2022-05-20").build(), "2022-06-01"), "P-DEF-2", FindingStatus.VIOLATION, "2021");
        assertThat(f.message().en()).contains("heavier");
    }

    @Test
    @RuleTest(rule = "P-DEF-2", value = JUST_UNDER)
    void sameFineAsNotified() {
        expectNone(precheck(base().proposed(PenaltyKind.FINE, "1000").fine("1000").decidedOn("2022-05-20").build(),
                "2022-06-01"), "P-DEF-2");
        // a warning added to the notified fine is not heavier
        expectNone(precheck(base().proposed(PenaltyKind.FINE, "1000").fine("1000").penalty(PenaltyKind.WARNING)
                .decidedOn("2022-05-20").build(), "2022-06-01"), "P-DEF-2");
    }

    @Test
    @RuleTest(rule = "P-DEF-2", value = JUST_OVER)
    void oneCentMoreOrANewKindIsHeavier() {
        expect(check(base().proposed(PenaltyKind.FINE, "1000").fine("1000.01").decidedOn("2022-05-20").build(),
                "2022-06-01"), "P-DEF-2", FindingStatus.NEEDS_REVIEW, "2021");
        expect(check(base().proposed(PenaltyKind.FINE, "1000").fine("1000").penalty(PenaltyKind.SUSPEND_LICENCE)
                .renotifiedBeforeHeavier(TriState.NO).decidedOn("2022-05-20").build(), "2022-06-01"),
                "P-DEF-2", FindingStatus.VIOLATION, "2021");
        expect(precheck(base().proposed(PenaltyKind.FINE, "1000").fine("2000").renotifiedBeforeHeavier(TriState.YES)
                .decidedOn("2022-05-20").build(), "2022-06-01"), "P-DEF-2", FindingStatus.SATISFIED, "2021");
    }

    @Test
    @RuleTest(rule = "P-DEF-2", value = OTHER_VERSION)
    void heavierIn2019UnderArt32() {
        expect(check(base().proposed(PenaltyKind.FINE, "1000").fine("1500").renotifiedBeforeHeavier(TriState.NO)
                .decidedOn("2019-05-20").build(), "2019-06-01"), "P-DEF-2", FindingStatus.NEEDS_REVIEW, "1996");
    }

    @Test
    @RuleTest(rule = "P-COLL-1", value = TRIGGERS)
    void majorCaseWithoutDiscussion() {
        expect(check(base().fine("50000").complexOrMajorViolation(TriState.YES)
                .notHappened(StepKind.COLLECTIVE_DISCUSSION).decidedOn("2022-05-20").build(), "2022-06-01"),
                "P-COLL-1", FindingStatus.VIOLATION, "2021");
    }

    @Test
    @RuleTest(rule = "P-COLL-1", value = JUST_UNDER)
    void discussedOnTheDecisionDay() {
        expect(precheck(base().fine("50000").complexOrMajorViolation(TriState.YES)
                .step(StepKind.COLLECTIVE_DISCUSSION, "2022-05-20").decidedOn("2022-05-20").build(), "2022-06-01"),
                "P-COLL-1", FindingStatus.SATISFIED, "2021");
    }

    @Test
    @RuleTest(rule = "P-COLL-1", value = JUST_OVER)
    void discussedTheDayAfterTheDecision() {
        expect(check(base().fine("50000").complexOrMajorViolation(TriState.YES)
                .step(StepKind.COLLECTIVE_DISCUSSION, "2022-05-21").decidedOn("2022-05-20").build(), "2022-06-01"),
                "P-COLL-1", FindingStatus.VIOLATION, "2021");
    }

    @Test
    @RuleTest(rule = "P-COLL-1", value = OTHER_VERSION)
    void before2021OnlyHeavierPenaltiesNeededDiscussion() {
        // 1996 Art 38(2): "给予较重的行政处罚" — a major case with a light penalty needed no discussion
        expectNone(check(base().fine("500").complexOrMajorViolation(TriState.YES).heavyPenalty(TriState.NO)
                .notHappened(StepKind.COLLECTIVE_DISCUSSION).decidedOn("2019-05-20").build(), "2019-06-01"),
                "P-COLL-1");
        expect(check(base().fine("500").complexOrMajorViolation(TriState.YES).heavyPenalty(TriState.YES)
                .notHappened(StepKind.COLLECTIVE_DISCUSSION).decidedOn("2019-05-20").build(), "2019-06-01"),
                "P-COLL-1", FindingStatus.VIOLATION, "1996");
        // the same light penalty in 2022 needs it
        expect(check(base().fine("500").complexOrMajorViolation(TriState.YES).heavyPenalty(TriState.NO)
                .notHappened(StepKind.COLLECTIVE_DISCUSSION).decidedOn("2022-05-20").build(), "2022-06-01"),
                "P-COLL-1", FindingStatus.VIOLATION, "2021");
    }

    @Test
    @RuleTest(rule = "P-DEC-2", value = {TRIGGERS, JUST_OVER})
    void decisionWithoutSeal() {
        Finding f = expect(check(base().fine("500").decisionDocument(TriState.YES)
                .decisionDocumentItem("agencySeal", TriState.NO).decidedOn("2022-05-20").build(), "2022-06-01"),
                "P-DEC-2", FindingStatus.VIOLATION, "2021");
        assertThat(f.facts().get("missing")).isEqualTo("agencySeal");
    }

    @Test
    @RuleTest(rule = "P-DEC-2", value = JUST_UNDER)
    void completeDocument() {
        expect(precheck(base().fine("500").decisionDocument(TriState.YES).decidedOn("2022-05-20").build(),
                "2022-06-01"), "P-DEC-2", FindingStatus.SATISFIED, "2021");
        Finding f = expect(check(base().fine("500").decisionDocument(TriState.YES)
                .decisionDocumentItem("remedyRouteAndDeadline", TriState.UNKNOWN).decidedOn("2022-05-20").build(),
                "2022-06-01"), "P-DEC-2", FindingStatus.NEEDS_REVIEW, "2021");
        assertThat(f.facts().get("unknownItems")).isEqualTo("remedyRouteAndDeadline");
    }

    @Test
    @RuleTest(rule = "P-DEC-2", value = OTHER_VERSION)
    void documentIn2019UnderArt39() {
        Finding f = expect(check(base().fine("500").decisionDocument(TriState.YES)
                .decisionDocumentItem("factsAndEvidence", TriState.NO).decidedOn("2019-05-20").build(), "2019-06-01"),
                "P-DEC-2", FindingStatus.NEEDS_REVIEW, "1996");
        assertThat(f.facts().get("missing")).isEqualTo("factsAndEvidence");
    }

    @Test
    void undatedDecisionIsReportedNotSilent() {
        // The file proves a decision but not its day: the date-dependent rules cannot run, and P-DEC-2 says so.
        Finding f = expect(check(base().fine("500").decisionDocument(TriState.YES)
                .happenedUndated(StepKind.DECISION).servedOn("2022-05-25").build(), "2022-06-01"),
                "P-DEC-2", FindingStatus.NEEDS_REVIEW, "2021");
        assertThat(f.facts().get("decisionDate")).isEqualTo(TriState.UNKNOWN);
        assertThat(f.message().en()).contains("not its date");
        // served before the 2021 law: judged under the 1996 text (Art 39), which also requires the date
        expect(check(base().fine("500").decisionDocument(TriState.YES)
                .happenedUndated(StepKind.DECISION).servedOn("2019-05-25").build(), "2019-06-01"),
                "P-DEC-2", FindingStatus.NEEDS_REVIEW, "1996");
        // a missing item still makes it a VIOLATION, undated or not
        expect(check(base().fine("500").decisionDocument(TriState.YES).decisionDocumentItem("agencySeal", TriState.NO)
                .happenedUndated(StepKind.DECISION).servedOn("2022-05-25").build(), "2022-06-01"),
                "P-DEC-2", FindingStatus.VIOLATION, "2021");
        // no decision on file: nothing to say about the document
        expectNone(check(base().fine("500").build(), "2022-06-01"), "P-DEC-2");
    }
}
