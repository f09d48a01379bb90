package io.lawcheck.catalog.rules;

import io.lawcheck.core.catalog.Severity;
import io.lawcheck.core.check.Finding;
import io.lawcheck.core.check.FindingStatus;
import io.lawcheck.core.model.AgeBand;
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

/** Substantive limits: P-LIM-1, P-LIM-2, P-LIM-3, P-LIM-9, P-LIM-11, P-SUBJ-1. */
class SubstanceRulesTest {

    static CaseBuilder act(String actEnd, String discovered) {
        return CaseBuilder.penalty("L").agency(AgencySystem.MARKET_REGULATION).fine("5000").twoCertifiedOfficers()
                .notMajor().step(StepKind.ACT_END, actEnd).step(StepKind.DISCOVERY, discovered);
    }

    static CaseBuilder decided(String date) {
        return CaseBuilder.penalty("S").agency(AgencySystem.MARKET_REGULATION).fine("500").twoCertifiedOfficers()
                .notMajor().step(StepKind.ACT_END, date).decidedOn(date);
    }

    @Test
    @RuleTest(rule = "P-LIM-1", value = JUST_UNDER)
    void discoveredOnTheLastDayOfTwoYears() {
        // act ended Mon 2022-01-10; two years end Wed 2024-01-10
        expect(precheck(act("2022-01-10", "2024-01-10").build(), "2024-02-01"), "P-LIM-1", FindingStatus.SATISFIED,
                "2021");
    }

    @Test
    @RuleTest(rule = "P-LIM-1", value = {TRIGGERS, JUST_OVER})
    void discoveredADayLate() {
        Finding f = expect(check(act("2022-01-10", "2024-01-11").harmToLifeHealthOrFinance(TriState.NO).build(),
                "2024-02-01"), "P-LIM-1", FindingStatus.VIOLATION, "2021");
        assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
        // with harm to life, health or financial safety the period is five years
        expect(precheck(act("2022-01-10", "2024-01-11").harmToLifeHealthOrFinance(TriState.YES).build(),
                "2024-02-01"), "P-LIM-1", FindingStatus.SATISFIED, "2021");
        // harm not known: a question
        expect(check(act("2022-01-10", "2024-01-11").build(), "2024-02-01"), "P-LIM-1", FindingStatus.NEEDS_REVIEW,
                "2021");
        expect(check(act("2021-08-02", "2026-08-04").harmToLifeHealthOrFinance(TriState.YES).build(), "2026-09-01"),
                "P-LIM-1", FindingStatus.VIOLATION, "2021");
    }

    @Test
    @RuleTest(rule = "P-LIM-1", value = OTHER_VERSION)
    void actEndedBefore2021KeepsTwoYears() {
        // an act that ended in 2020 keeps the old law's 2 years even with harm (the new 5 years is heavier)
        expect(check(act("2020-03-02", "2023-03-10").harmToLifeHealthOrFinance(TriState.YES).build(), "2023-04-01"),
                "P-LIM-1", FindingStatus.VIOLATION, "1996");
    }

    @Test
    @RuleTest(rule = "P-LIM-2", value = {TRIGGERS, JUST_OVER})
    void secondFine() {
        expect(check(decided("2022-05-09").sameActFinedBefore(TriState.YES).build(), "2022-06-01"),
                "P-LIM-2", FindingStatus.VIOLATION, "2021");
    }

    @Test
    @RuleTest(rule = "P-LIM-2", value = JUST_UNDER)
    void firstFine() {
        expect(precheck(decided("2022-05-09").sameActFinedBefore(TriState.NO).build(), "2022-06-01"),
                "P-LIM-2", FindingStatus.SATISFIED, "2021");
    }

    @Test
    @RuleTest(rule = "P-LIM-2", value = OTHER_VERSION)
    void secondFineForA2019Act() {
        expect(check(decided("2019-05-09").sameActFinedBefore(TriState.YES).build(), "2019-06-01"),
                "P-LIM-2", FindingStatus.NEEDS_REVIEW, "1996");
    }

    @Test
    @RuleTest(rule = "P-LIM-3", value = {TRIGGERS, JUST_OVER})
    void childUnder14() {
        expect(check(decided("2022-05-09").individualAged(AgeBand.UNDER_14).build(), "2022-06-01"),
                "P-LIM-3", FindingStatus.VIOLATION, "2021");
    }

    @Test
    @RuleTest(rule = "P-LIM-3", value = JUST_UNDER)
    void fourteenToSeventeenNeedsMitigationCheck() {
        expect(check(decided("2022-05-09").individualAged(AgeBand.FROM_14_TO_17).build(), "2022-06-01"),
                "P-LIM-3", FindingStatus.NEEDS_REVIEW, "2021");
        expect(precheck(decided("2022-05-09").individualAged(AgeBand.ADULT).build(), "2022-06-01"),
                "P-LIM-3", FindingStatus.SATISFIED, "2021");
        expectNone(check(decided("2022-05-09").individualAged(AgeBand.UNKNOWN).build(), "2022-06-01"), "P-LIM-3");
    }

    @Test
    @RuleTest(rule = "P-LIM-3", value = OTHER_VERSION)
    void childIn2019() {
        expect(check(decided("2019-05-09").individualAged(AgeBand.UNDER_14).build(), "2019-06-01"),
                "P-LIM-3", FindingStatus.NEEDS_REVIEW, "1996");
    }

    @Test
    @RuleTest(rule = "P-LIM-9", value = {TRIGGERS, JUST_OVER})
    void noCorrectionOrdered() {
        expect(check(decided("2022-05-09").correctionOrdered(TriState.NO).build(), "2022-06-01"),
                "P-LIM-9", FindingStatus.VIOLATION, "2021");
    }

    @Test
    @RuleTest(rule = "P-LIM-9", value = JUST_UNDER)
    void correctionOrdered() {
        expect(precheck(decided("2022-05-09").correctionOrdered(TriState.YES).build(), "2022-06-01"),
                "P-LIM-9", FindingStatus.SATISFIED, "2021");
    }

    @Test
    @RuleTest(rule = "P-LIM-9", value = OTHER_VERSION)
    void correctionIn2019() {
        expect(check(decided("2019-05-09").correctionOrdered(TriState.NO).build(), "2019-06-01"),
                "P-LIM-9", FindingStatus.NEEDS_REVIEW, "1996");
    }

    @Test
    @RuleTest(rule = "P-LIM-11", value = {TRIGGERS, JUST_OVER})
    void lawChangedAfterTheAct() {
        expect(check(decided("2022-05-09").substantiveLawChanged(TriState.YES).build(), "2022-06-01"),
                "P-LIM-11", FindingStatus.NEEDS_REVIEW, "2021");
    }

    @Test
    @RuleTest(rule = "P-LIM-11", value = JUST_UNDER)
    void lawUnchanged() {
        expect(precheck(decided("2022-05-09").substantiveLawChanged(TriState.NO).build(), "2022-06-01"),
                "P-LIM-11", FindingStatus.SATISFIED, "2021");
    }

    @Test
    @RuleTest(rule = "P-LIM-11", value = OTHER_VERSION)
    void art37IsNewIn2021() {
        expectNone(check(decided("2021-07-14").substantiveLawChanged(TriState.YES).build(), "2021-08-01"),
                "P-LIM-11");
    }

    @Test
    @RuleTest(rule = "P-SUBJ-1", value = {TRIGGERS, JUST_OVER})
    void detentionByMarketRegulation() {
        expect(check(decided("2022-05-09").penalty(PenaltyKind.DETENTION).build(), "2022-06-01"),
                "P-SUBJ-1", FindingStatus.VIOLATION, "2021");
    }

    @Test
    @RuleTest(rule = "P-SUBJ-1", value = JUST_UNDER)
    void detentionByThePolice() {
        expect(precheck(decided("2022-05-09").agency(AgencySystem.PUBLIC_ORDER).penalty(PenaltyKind.DETENTION)
                .build(), "2022-06-01"), "P-SUBJ-1", FindingStatus.SATISFIED, "2021");
    }

    @Test
    @RuleTest(rule = "P-SUBJ-1", value = OTHER_VERSION)
    void detentionIn2019() {
        expect(check(decided("2019-05-09").penalty(PenaltyKind.DETENTION).build(), "2019-06-01"),
                "P-SUBJ-1", FindingStatus.NEEDS_REVIEW, "1996");
    }
}
