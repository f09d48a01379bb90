package io.lawcheck.catalog.rules;

import io.lawcheck.core.check.Finding;
import io.lawcheck.core.check.FindingStatus;
import io.lawcheck.core.model.AgencySystem;
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

/** Conduct of the hearing: P-HEAR-2, P-HEAR-5 to P-HEAR-9. */
class HearingConductRulesTest {

    /** A case heard on {@code held} and decided ten days later. */
    static CaseBuilder heard(String held) {
        java.time.LocalDate h = java.time.LocalDate.parse(held);
        return CaseBuilder.penalty("H").agency(AgencySystem.PUBLIC_SECURITY).fine("5000").twoCertifiedOfficers()
                .notMajor().step(StepKind.HEARING_REQUESTED, h.minusDays(12).toString())
                .step(StepKind.HEARING_HELD, held).decidedOn(h.plusDays(10).toString());
    }

    @Test
    @RuleTest(rule = "P-HEAR-2", value = {TRIGGERS, JUST_OVER})
    void partyChargedForTheHearing() {
        expect(check(heard("2022-05-10").hearingCostCharged(TriState.YES).build(), "2022-07-01"),
                "P-HEAR-2", FindingStatus.VIOLATION, "2021");
    }

    @Test
    @RuleTest(rule = "P-HEAR-2", value = JUST_UNDER)
    void hearingFree() {
        expect(precheck(heard("2022-05-10").hearingCostCharged(TriState.NO).build(), "2022-07-01"),
                "P-HEAR-2", FindingStatus.SATISFIED, "2021");
        expect(check(heard("2022-05-10").build(), "2022-07-01"), "P-HEAR-2", FindingStatus.NEEDS_REVIEW, "2021");
    }

    @Test
    @RuleTest(rule = "P-HEAR-2", value = OTHER_VERSION)
    void chargedIn2019UnderArt42() {
        Finding f = expect(check(heard("2019-05-10").hearingCostCharged(TriState.YES).build(), "2019-07-01"),
                "P-HEAR-2", FindingStatus.VIOLATION, "1996");
        assertThat(f.citations()).extracting(c -> c.id()).containsExactly("APL-1996-42");
    }

    @Test
    @RuleTest(rule = "P-HEAR-5", value = {TRIGGERS, JUST_OVER})
    void closedHearingWithoutASecret() {
        expect(check(heard("2022-05-10").hearingPublic(TriState.NO, TriState.NO).build(), "2022-07-01"),
                "P-HEAR-5", FindingStatus.VIOLATION, "2021");
    }

    @Test
    @RuleTest(rule = "P-HEAR-5", value = JUST_UNDER)
    void closedHearingForABusinessSecretIsLawful() {
        expect(precheck(heard("2022-05-10").hearingPublic(TriState.NO, TriState.YES).build(), "2022-07-01"),
                "P-HEAR-5", FindingStatus.SATISFIED, "2021");
        expect(check(heard("2022-05-10").hearingPublic(TriState.NO, TriState.UNKNOWN).build(), "2022-07-01"),
                "P-HEAR-5", FindingStatus.NEEDS_REVIEW, "2021");
    }

    @Test
    @RuleTest(rule = "P-HEAR-5", value = OTHER_VERSION)
    void closedHearingIn2018() {
        expect(check(heard("2018-05-10").hearingPublic(TriState.NO, TriState.NO).build(), "2018-07-01"),
                "P-HEAR-5", FindingStatus.VIOLATION, "1996");
    }

    @Test
    @RuleTest(rule = "P-HEAR-6", value = {TRIGGERS, JUST_OVER})
    void investigatorHostedTheHearing() {
        expect(check(heard("2022-05-10").hearingHost(TriState.YES, TriState.NO).build(), "2022-07-01"),
                "P-HEAR-6", FindingStatus.VIOLATION, "2021");
        expect(check(heard("2022-05-10").hearingHost(TriState.NO, TriState.YES).build(), "2022-07-01"),
                "P-HEAR-6", FindingStatus.VIOLATION, "2021");
    }

    @Test
    @RuleTest(rule = "P-HEAR-6", value = JUST_UNDER)
    void independentHost() {
        expect(precheck(heard("2022-05-10").hearingHost(TriState.NO, TriState.NO).build(), "2022-07-01"),
                "P-HEAR-6", FindingStatus.SATISFIED, "2021");
    }

    @Test
    @RuleTest(rule = "P-HEAR-6", value = OTHER_VERSION)
    void investigatorHostIn2020() {
        expect(check(heard("2020-09-10").hearingHost(TriState.YES, TriState.NO).build(), "2020-12-01"),
                "P-HEAR-6", FindingStatus.VIOLATION, "1996");
    }

    @Test
    @RuleTest(rule = "P-HEAR-7", value = {TRIGGERS, JUST_OVER})
    void endedAlthoughThePartyCameWithGoodReason() {
        expect(check(heard("2022-05-10").hearingTerminated(TriState.YES, TriState.NO).build(), "2022-07-01"),
                "P-HEAR-7", FindingStatus.VIOLATION, "2021");
    }

    @Test
    @RuleTest(rule = "P-HEAR-7", value = JUST_UNDER)
    void endedAfterANoShow() {
        expect(precheck(heard("2022-05-10").hearingTerminated(TriState.YES, TriState.YES).build(), "2022-07-01"),
                "P-HEAR-7", FindingStatus.SATISFIED, "2021");
        expectNone(precheck(heard("2022-05-10").hearingTerminated(TriState.NO, TriState.UNKNOWN).build(),
                "2022-07-01"), "P-HEAR-7");
    }

    @Test
    @RuleTest(rule = "P-HEAR-7", value = OTHER_VERSION)
    void noTerminationClauseBefore2021() {
        expectNone(check(heard("2020-05-10").hearingTerminated(TriState.YES, TriState.NO).build(), "2020-07-01"),
                "P-HEAR-7");
    }

    @Test
    @RuleTest(rule = "P-HEAR-8", value = {TRIGGERS, JUST_OVER})
    void recordNotSigned() {
        expect(check(heard("2022-05-10").hearingRecord(TriState.YES, TriState.NO).build(), "2022-07-01"),
                "P-HEAR-8", FindingStatus.VIOLATION, "2021");
    }

    @Test
    @RuleTest(rule = "P-HEAR-8", value = JUST_UNDER)
    void recordSigned() {
        expect(precheck(heard("2022-05-10").hearingRecord(TriState.YES, TriState.YES).build(), "2022-07-01"),
                "P-HEAR-8", FindingStatus.SATISFIED, "2021");
    }

    @Test
    @RuleTest(rule = "P-HEAR-8", value = OTHER_VERSION)
    void noRecordIn2017() {
        expect(check(heard("2017-05-10").hearingRecord(TriState.NO, TriState.UNKNOWN).build(), "2017-07-01"),
                "P-HEAR-8", FindingStatus.VIOLATION, "1996");
    }

    @Test
    @RuleTest(rule = "P-HEAR-9", value = {TRIGGERS, JUST_OVER})
    void decisionIgnoresTheRecord() {
        expect(check(heard("2022-05-10").decisionBasedOnHearingRecord(TriState.NO).build(), "2022-07-01"),
                "P-HEAR-9", FindingStatus.VIOLATION, "2021");
    }

    @Test
    @RuleTest(rule = "P-HEAR-9", value = JUST_UNDER)
    void decisionRestsOnTheRecord() {
        expect(precheck(heard("2022-05-10").decisionBasedOnHearingRecord(TriState.YES).build(), "2022-07-01"),
                "P-HEAR-9", FindingStatus.SATISFIED, "2021");
    }

    @Test
    @RuleTest(rule = "P-HEAR-9", value = OTHER_VERSION)
    void art65IsNewIn2021() {
        // heard 2021-07-01, decided 2021-07-11 (before the revision): no such duty
        expectNone(check(heard("2021-07-01").decisionBasedOnHearingRecord(TriState.NO).build(), "2021-08-01"),
                "P-HEAR-9");
    }
}
