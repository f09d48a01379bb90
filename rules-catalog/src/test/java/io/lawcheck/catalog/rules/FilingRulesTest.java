package io.lawcheck.catalog.rules;

import io.lawcheck.core.catalog.Verification;
import io.lawcheck.core.check.Finding;
import io.lawcheck.core.check.FindingStatus;
import io.lawcheck.core.model.AgencySystem;
import io.lawcheck.core.model.StepKind;
import io.lawcheck.catalog.Checks;
import io.lawcheck.core.check.CheckMode;
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
import static org.assertj.core.api.Assertions.tuple;

/**
 * P-FILE-1: timely filing (2021 Art 54(2)), with the UNVERIFIED 市场监管 period of 15 working days from discovery,
 * extendable by 15. Discovered Friday 2022-09-23: the 15th working day is 2022-10-19 (National Day 10-01..10-07 off,
 * Saturday 10-08 and Sunday 10-09 make-up working days; a count of weekdays alone gives 10-14, a count skipping the
 * make-up days 10-21); the 30th is 2022-11-09.
 */
class FilingRulesTest {

    static CaseBuilder discovered(String discovery, String filed) {
        return CaseBuilder.penalty("F").general().agency(AgencySystem.MARKET_REGULATION).twoCertifiedOfficers()
                .fine("5000").step(StepKind.DISCOVERY, discovery).filed(filed);
    }

    @Test
    @RuleTest(rule = "P-FILE-1", value = TRIGGERS)
    void filedAfterThePeriodAndItsExtensionIsForReviewNeverAViolation() {
        Finding f = expect(check(discovered("2022-09-23", "2022-11-10").build(), "2022-12-01"), "P-FILE-1",
                FindingStatus.NEEDS_REVIEW, "2021");
        assertThat(f.facts().get("dueDate")).isEqualTo(LocalDate.of(2022, 10, 19));
        assertThat(f.facts().get("extendedDueDate")).isEqualTo(LocalDate.of(2022, 11, 9));
        assertThat(f.basis()).isEqualTo(Verification.UNVERIFIED);
        assertThat(f.message().zh()).contains("2022-11-09").contains("2022-11-10").contains("未经核实");
        assertThat(f.parameters().get("filingPeriodSource").toString()).contains("总局令第2号");
        // paragraphs confirmed by the shared law reference (law-rules.md §1.1 B: "54(2), 76(2)", [V])
        assertThat(f.citations()).extracting(c -> c.id(), c -> c.article(), c -> c.paragraph(), c -> c.verification())
                .containsExactly(tuple("APL-2021-54-2", "54", "2", Verification.VERIFIED),
                        tuple("APL-2021-76-2", "76", "2", Verification.VERIFIED));
        // the sectoral period's text is not among the shared texts: it stays UNVERIFIED and says so
        assertThat(f.parameters().get("filingPeriodSource").toString()).contains("not in the shared texts");
        assertThat(f.parameters().get("filingExtensionSource").toString()).contains("not in the shared texts");
    }

    @Test
    @RuleTest(rule = "P-FILE-1", value = JUST_UNDER)
    void filedOnTheFifteenthWorkingDayAfterNationalDay() {
        Finding f = expect(precheck(discovered("2022-09-23", "2022-10-19").build(), "2022-12-01"), "P-FILE-1",
                FindingStatus.SATISFIED, "2021");
        assertThat(f.facts().get("dueDate")).isEqualTo(LocalDate.of(2022, 10, 19));
        expectNone(check(discovered("2022-09-23", "2022-10-19").build(), "2022-12-01"), "P-FILE-1");
        // not filed yet, still within the period (pre-check)
        CaseBuilder draft = CaseBuilder.penalty("F").general().twoCertifiedOfficers().fine("5000")
                .step(StepKind.DISCOVERY, "2022-09-23");
        Finding pending = expect(precheck(draft.build(), "2022-10-19"), "P-FILE-1", FindingStatus.PENDING, "2021");
        assertThat(pending.dueDate()).isEqualTo(LocalDate.of(2022, 10, 19));
        expect(check(draft.build(), "2022-10-20"), "P-FILE-1", FindingStatus.NEEDS_REVIEW, "2021");
    }

    @Test
    @RuleTest(rule = "P-FILE-1", value = JUST_OVER)
    void oneWorkingDayLateIsWithinTheExtension() {
        Finding f = expect(check(discovered("2022-09-23", "2022-10-20").build(), "2022-12-01"), "P-FILE-1",
                FindingStatus.NEEDS_REVIEW, "2021");
        assertThat(f.message().en()).contains("extension").contains("2022-11-09").contains("(15 working days)");
        assertThat(f.message().zh()).contains("15个工作日的立案期限至2022-10-19届满");
        Finding lastDay = expect(check(discovered("2022-09-23", "2022-11-09").build(), "2022-12-01"), "P-FILE-1",
                FindingStatus.NEEDS_REVIEW, "2021");
        assertThat(lastDay.message().en()).isEqualTo(f.message().en().replace("2022-10-20", "2022-11-09"));
    }

    @Test
    @RuleTest(rule = "P-FILE-1", value = OTHER_VERSION)
    void noDutyBeforeTheRevisionAndNoPeriodOutsideMarketRegulation() {
        // discovered 2021-06-01: 15 working days end 2021-06-23 (Dragon Boat 06-14), 30 on 2021-07-14
        expectNone(check(discovered("2021-06-01", "2021-07-14").build(), "2021-12-01"), "P-FILE-1");
        Finding f = expect(check(discovered("2021-06-01", "2021-07-15").build(), "2021-12-01"), "P-FILE-1",
                FindingStatus.NEEDS_REVIEW, "2021");
        assertThat(f.facts().get("dueDate")).isEqualTo(LocalDate.of(2021, 6, 23));
        assertThat(f.facts().get("extendedDueDate")).isEqualTo(LocalDate.of(2021, 7, 14));
        // an agency system without a configured period, or an on-the-spot decision: nothing
        expectNone(precheck(discovered("2022-09-23", "2022-11-10").agency(AgencySystem.TAXATION).build(),
                "2022-12-01"), "P-FILE-1");
        expectNone(precheck(discovered("2022-09-23", "2022-11-10").summary().build(), "2022-12-01"), "P-FILE-1");
    }

    /**
     * Past the calendar's last year the 15 working days cannot be counted; a filing within 15 natural days is in time
     * under any calendar: SATISFIED (variant inTime) in a pre-check and nothing in supervision, as the rule's
     * condition judges it; a later filing needs counting by hand.
     */
    @Test
    void aFilingWithinFifteenNaturalDaysIsInTimeBeyondTheCalendar() {
        int next = Checks.CHECKER.catalog().calendar().lastYear() + 1;
        String found = (next - 1) + "-12-28";
        LocalDate asOf = LocalDate.of(next, 3, 1);
        Finding inTime = expect(Checks.CHECKER.check(discovered(found, next + "-01-12").build(), asOf,
                CheckMode.PRECHECK), "P-FILE-1", FindingStatus.SATISFIED, "2021");
        assertThat(inTime.facts()).containsEntry("earliestEnd", LocalDate.of(next, 1, 12)).doesNotContainKey("dueDate");
        assertThat(inTime.message().en()).contains("whatever the holidays");
        expectNone(Checks.CHECKER.check(discovered(found, next + "-01-12").build(), asOf, CheckMode.SUPERVISION),
                "P-FILE-1");
        Finding byHand = expect(Checks.CHECKER.check(discovered(found, next + "-01-13").build(), asOf,
                CheckMode.SUPERVISION), "P-FILE-1", FindingStatus.NEEDS_REVIEW, "2021");
        assertThat(byHand.facts()).containsKey("outsideCalendar");
    }
}
