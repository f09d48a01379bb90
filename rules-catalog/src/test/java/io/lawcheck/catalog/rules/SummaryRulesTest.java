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

import java.math.BigDecimal;
import java.time.LocalDate;

import static io.lawcheck.catalog.Checks.check;
import static io.lawcheck.catalog.Checks.expect;
import static io.lawcheck.catalog.Checks.expectNoViolation;
import static io.lawcheck.catalog.Checks.precheck;
import static io.lawcheck.fixtures.Coverage.JUST_OVER;
import static io.lawcheck.fixtures.Coverage.JUST_UNDER;
import static io.lawcheck.fixtures.Coverage.OTHER_VERSION;
import static io.lawcheck.fixtures.Coverage.TRIGGERS;
import static org.assertj.core.api.Assertions.assertThat;

/** Summary (on-the-spot) procedure: P-SIMP-1, P-SIMP-2, P-SIMP-4. */
class SummaryRulesTest {

    static CaseBuilder onTheSpot(AgencySystem system, String date) {
        return CaseBuilder.penalty("S").agency(system).summary().twoCertifiedOfficers().decidedOn(date)
                .servedOn(date);
    }

    @Test
    @RuleTest(rule = "P-SIMP-1", value = JUST_UNDER)
    void ceilingsOf2021IncludeTheNumber() {
        expect(precheck(onTheSpot(AgencySystem.MARKET_REGULATION, "2022-05-09").fine("200").build(), "2022-06-01"),
                "P-SIMP-1", FindingStatus.SATISFIED, "2021");
        expect(precheck(onTheSpot(AgencySystem.MARKET_REGULATION, "2022-05-09").organisation().fine("3000").build(),
                "2022-06-01"), "P-SIMP-1", FindingStatus.SATISFIED, "2021");
    }

    @Test
    @RuleTest(rule = "P-SIMP-1", value = {TRIGGERS, JUST_OVER})
    void oneCentOverTheCeiling() {
        Finding f = expect(check(onTheSpot(AgencySystem.MARKET_REGULATION, "2022-05-09").fine("200.01").build(),
                "2022-06-01"), "P-SIMP-1", FindingStatus.VIOLATION, "2021");
        assertThat(f.parameters().get("fineLimit")).isEqualTo("200");
        expect(check(onTheSpot(AgencySystem.MARKET_REGULATION, "2022-05-09").organisation().fine("3001").build(),
                "2022-06-01"), "P-SIMP-1", FindingStatus.VIOLATION, "2021");
        // any other kind of penalty is never a summary penalty
        Finding k = expect(check(onTheSpot(AgencySystem.MARKET_REGULATION, "2022-05-09")
                .penalty(PenaltyKind.SUSPEND_LICENCE).build(), "2022-06-01"), "P-SIMP-1", FindingStatus.VIOLATION, "2021");
        assertThat(k.message().en()).contains("SUSPEND_LICENCE");
    }

    @Test
    @RuleTest(rule = "P-SIMP-1", value = OTHER_VERSION)
    void before2021TheCeilingWas50And1000() {
        expect(precheck(onTheSpot(AgencySystem.MARKET_REGULATION, "2016-05-09").fine("50").build(), "2016-06-01"),
                "P-SIMP-1", FindingStatus.SATISFIED, "1996");
        Finding f = expect(check(onTheSpot(AgencySystem.MARKET_REGULATION, "2016-05-09").fine("51").build(),
                "2016-06-01"), "P-SIMP-1", FindingStatus.VIOLATION, "1996");
        assertThat(f.parameters().get("fineLimit")).isEqualTo("50");
        expect(check(onTheSpot(AgencySystem.MARKET_REGULATION, "2016-05-09").organisation().fine("1001").build(),
                "2016-06-01"), "P-SIMP-1", FindingStatus.VIOLATION, "1996");
    }

    @Test
    @RuleTest(rule = "P-SIMP-1", value = {OTHER_VERSION, JUST_UNDER})
    void courtCaseH027TrafficPolice100YuanIn2015IsLawful() {
        // 指导案例90号: 海宁 traffic police, 2015-01-31, 100 yuan on the spot; 道路交通安全法 Art 107 allows 200
        Finding f = expect(precheck(onTheSpot(AgencySystem.PUBLIC_SECURITY, "2015-01-31").fine("100")
                .step(StepKind.STATEMENT_NOTICE_SERVED, "2015-01-31").build(), "2015-03-01"),
                "P-SIMP-1", FindingStatus.SATISFIED, "1996");
        assertThat(f.parameters().get("fineLimit")).isEqualTo("200");
        assertThat(f.parameters().get("fineLimitSource").toString()).contains("道路交通安全法");
        expectNoViolation(check(onTheSpot(AgencySystem.PUBLIC_SECURITY, "2015-01-31").fine("100").build(),
                "2015-03-01"), "P-SIMP-1");
        expect(check(onTheSpot(AgencySystem.PUBLIC_SECURITY, "2015-01-31").fine("201").build(), "2015-03-01"),
                "P-SIMP-1", FindingStatus.VIOLATION, "1996");
    }

    @Test
    @RuleTest(rule = "P-SIMP-1", value = JUST_OVER)
    void publicOrderCeilingAppliesToOrganisationsToo() {
        // 治安管理处罚法 Art 100: 200 yuan for anyone; the general law would allow 3,000 for an organisation
        expect(check(onTheSpot(AgencySystem.PUBLIC_ORDER, "2022-05-09").organisation().fine("201").build(),
                "2022-06-01"), "P-SIMP-1", FindingStatus.VIOLATION, "2021");
        expect(precheck(onTheSpot(AgencySystem.MARKET_REGULATION, "2022-05-09").organisation().fine("201").build(),
                "2022-06-01"), "P-SIMP-1", FindingStatus.SATISFIED, "2021");
    }

    @Test
    @RuleTest(rule = "P-SIMP-2", value = {TRIGGERS, JUST_OVER})
    void certificateNotShown() {
        expect(check(onTheSpot(AgencySystem.MARKET_REGULATION, "2022-05-09").fine("100")
                .certificateShown(TriState.NO).build(), "2022-06-01"), "P-SIMP-2", FindingStatus.VIOLATION, "2021");
    }

    @Test
    @RuleTest(rule = "P-SIMP-2", value = JUST_UNDER)
    void certificateShown() {
        expect(precheck(onTheSpot(AgencySystem.MARKET_REGULATION, "2022-05-09").fine("100")
                .certificateShown(TriState.YES).build(), "2022-06-01"), "P-SIMP-2", FindingStatus.SATISFIED, "2021");
    }

    @Test
    @RuleTest(rule = "P-SIMP-2", value = OTHER_VERSION)
    void certificateIn2019UnderTheUnverifiedOldText() {
        expect(check(onTheSpot(AgencySystem.MARKET_REGULATION, "2019-05-09").fine("20")
                .certificateShown(TriState.NO).build(), "2019-06-01"), "P-SIMP-2", FindingStatus.NEEDS_REVIEW, "1996");
    }

    @Test
    @RuleTest(rule = "P-SIMP-4", value = {TRIGGERS, JUST_OVER})
    void policeFiledADayLate() {
        // decided Mon 2022-05-09; 公安 2 days (traffic) end Wed 05-11
        Finding f = expect(check(onTheSpot(AgencySystem.PUBLIC_SECURITY, "2022-05-09").fine("100")
                .step(StepKind.SUMMARY_DECISION_FILED, "2022-05-12").build(), "2022-06-01"),
                "P-SIMP-4", FindingStatus.VIOLATION, "2021");
        assertThat(f.dueDate()).isEqualTo(LocalDate.parse("2022-05-11"));
        expect(check(onTheSpot(AgencySystem.MARKET_REGULATION, "2022-05-09").fine("100")
                .notHappened(StepKind.SUMMARY_DECISION_FILED).build(), "2022-06-01"),
                "P-SIMP-4", FindingStatus.VIOLATION, "2021");
    }

    @Test
    @RuleTest(rule = "P-SIMP-4", value = JUST_UNDER)
    void policeFiledOnTheLastDay() {
        expect(precheck(onTheSpot(AgencySystem.PUBLIC_SECURITY, "2022-05-09").fine("100")
                .step(StepKind.SUMMARY_DECISION_FILED, "2022-05-11").build(), "2022-06-01"),
                "P-SIMP-4", FindingStatus.SATISFIED, "2021");
        // no period configured for 市场监管: only whether it was filed; unknown is a question
        expect(check(onTheSpot(AgencySystem.MARKET_REGULATION, "2022-05-09").fine("100").build(), "2022-06-01"),
                "P-SIMP-4", FindingStatus.NEEDS_REVIEW, "2021");
    }

    @Test
    @RuleTest(rule = "P-SIMP-4", value = OTHER_VERSION)
    void filingIn2019UnderTheOldText() {
        expect(check(onTheSpot(AgencySystem.PUBLIC_SECURITY, "2019-05-06").fine("100")
                .step(StepKind.SUMMARY_DECISION_FILED, "2019-05-09").build(), "2019-06-01"),
                "P-SIMP-4", FindingStatus.NEEDS_REVIEW, "1996");
    }

    @Test
    void fineUnknownIsAQuestion() {
        Finding f = expect(check(onTheSpot(AgencySystem.MARKET_REGULATION, "2022-05-09")
                .penalty(PenaltyKind.FINE, null).build(), "2022-06-01"), "P-SIMP-1", FindingStatus.NEEDS_REVIEW, "2021");
        assertThat(f.facts()).doesNotContainKey("fine");
        assertThat(new BigDecimal("200")).isNotNull();
    }
}
