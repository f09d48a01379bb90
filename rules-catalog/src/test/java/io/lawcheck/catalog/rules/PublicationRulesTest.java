package io.lawcheck.catalog.rules;

import io.lawcheck.core.check.Finding;
import io.lawcheck.core.check.FindingStatus;
import io.lawcheck.core.model.AgencySystem;
import io.lawcheck.core.model.StepKind;
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

/** Publication: P-PUB-1, P-PUB-2, G-PUB-3. */
class PublicationRulesTest {

    static CaseBuilder decided(AgencySystem system, String date) {
        return CaseBuilder.penalty("U").agency(system).fine("500").twoCertifiedOfficers().notMajor().decidedOn(date);
    }

    @Test
    @RuleTest(rule = "P-PUB-1", value = {TRIGGERS, JUST_OVER})
    void socialImpactNotPublished() {
        expect(check(decided(AgencySystem.TAXATION, "2022-05-09").socialImpact(TriState.YES)
                .notHappened(StepKind.PUBLICATION).build(), "2022-07-01"), "P-PUB-1", FindingStatus.VIOLATION, "2021");
    }

    @Test
    @RuleTest(rule = "P-PUB-1", value = JUST_UNDER)
    void publishedOrNoImpact() {
        expect(precheck(decided(AgencySystem.TAXATION, "2022-05-09").socialImpact(TriState.YES)
                .step(StepKind.PUBLICATION, "2022-05-10").build(), "2022-07-01"), "P-PUB-1", FindingStatus.SATISFIED,
                "2021");
        expectNone(precheck(decided(AgencySystem.TAXATION, "2022-05-09").socialImpact(TriState.NO).build(),
                "2022-07-01"), "P-PUB-1");
        expect(check(decided(AgencySystem.TAXATION, "2022-05-09").build(), "2022-07-01"),
                "P-PUB-1", FindingStatus.NEEDS_REVIEW, "2021");
    }

    @Test
    @RuleTest(rule = "P-PUB-1", value = OTHER_VERSION)
    void noDutyBefore2021() {
        expectNone(check(decided(AgencySystem.TAXATION, "2021-07-14").socialImpact(TriState.YES)
                .notHappened(StepKind.PUBLICATION).build(), "2021-09-01"), "P-PUB-1");
    }

    static CaseBuilder published(String changed) {
        return decided(AgencySystem.TAXATION, "2022-04-01").step(StepKind.PUBLICATION, "2022-04-02")
                .step(StepKind.DECISION_CHANGED, changed);
    }

    @Test
    @RuleTest(rule = "P-PUB-2", value = {TRIGGERS, JUST_OVER})
    void withdrawnOnTheFourthWorkingDay() {
        // changed Mon 2022-05-09; 3 working days end Thu 05-12
        Finding f = expect(check(published("2022-05-09").step(StepKind.PUBLICATION_WITHDRAWN, "2022-05-13").build(),
                "2022-06-01"), "P-PUB-2", FindingStatus.VIOLATION, "2021");
        assertThat(f.dueDate()).isEqualTo(LocalDate.parse("2022-05-12"));
    }

    @Test
    @RuleTest(rule = "P-PUB-2", value = JUST_UNDER)
    void withdrawnOnTheThirdWorkingDay() {
        expect(precheck(published("2022-05-09").step(StepKind.PUBLICATION_WITHDRAWN, "2022-05-12").build(),
                "2022-06-01"), "P-PUB-2", FindingStatus.SATISFIED, "2021");
    }

    @Test
    @RuleTest(rule = "P-PUB-2", value = OTHER_VERSION)
    void noThreeDayRuleBefore2021() {
        expectNone(check(published("2021-07-14").step(StepKind.PUBLICATION_WITHDRAWN, "2021-08-30").build(),
                "2021-09-01"), "P-PUB-2");
    }

    @Test
    @RuleTest(rule = "G-PUB-3", value = {TRIGGERS, JUST_OVER})
    void publishedOnTheEighthWorkingDay() {
        // decided Mon 2022-05-09; 7 working days end Wed 05-18
        Finding f = expect(check(decided(AgencySystem.TAXATION, "2022-05-09").step(StepKind.PUBLICATION, "2022-05-19")
                .build(), "2022-06-01"), "G-PUB-3", FindingStatus.VIOLATION, "2019");
        assertThat(f.dueDate()).isEqualTo(LocalDate.parse("2022-05-18"));
        assertThat(f.parameters().get("deadline")).isEqualTo("7 WORKING_DAYS");
    }

    @Test
    @RuleTest(rule = "G-PUB-3", value = JUST_UNDER)
    void publishedOnTheSeventhWorkingDay() {
        expect(precheck(decided(AgencySystem.TAXATION, "2022-05-09").step(StepKind.PUBLICATION, "2022-05-18").build(),
                "2022-06-01"), "G-PUB-3", FindingStatus.SATISFIED, "2019");
    }

    @Test
    @RuleTest(rule = "G-PUB-3", value = OTHER_VERSION)
    void marketRegulationHasTwentyWorkingDaysFromSeptember2021() {
        Finding mr = expect(precheck(decided(AgencySystem.MARKET_REGULATION, "2022-05-09")
                .step(StepKind.PUBLICATION, "2022-05-19").build(), "2022-06-01"), "G-PUB-3", FindingStatus.SATISFIED,
                "2019");
        assertThat(mr.parameters().get("deadline")).isEqualTo("20 WORKING_DAYS");
        // before 总局令第45号 (2021-09-01) the guideline's 7 working days applied to 市场监管 too
        expect(check(decided(AgencySystem.MARKET_REGULATION, "2021-08-02").step(StepKind.PUBLICATION, "2021-08-20")
                .build(), "2021-09-01"), "G-PUB-3", FindingStatus.VIOLATION, "2019");
        // before the guideline was published: no deadline rule
        expectNone(check(decided(AgencySystem.TAXATION, "2018-12-28").step(StepKind.PUBLICATION, "2019-03-01")
                .build(), "2019-04-01"), "G-PUB-3");
    }
}
