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
import static io.lawcheck.catalog.Checks.precheck;
import static io.lawcheck.fixtures.Coverage.JUST_OVER;
import static io.lawcheck.fixtures.Coverage.JUST_UNDER;
import static io.lawcheck.fixtures.Coverage.OTHER_VERSION;
import static io.lawcheck.fixtures.Coverage.TRIGGERS;
import static org.assertj.core.api.Assertions.assertThat;

/** Payment: P-PAY-1, P-PAY-3, P-PAY-4, P-PAY-5, P-PAY-7, P-PAY-11. */
class PaymentRulesTest {

    static CaseBuilder decided(String decided, String served) {
        return CaseBuilder.penalty("P").agency(AgencySystem.TAXATION).fine("1000").twoCertifiedOfficers().notMajor()
                .decidedOn(decided).servedOn(served);
    }

    static CaseBuilder collected(String date, String yuan) {
        return CaseBuilder.penalty("C").agency(AgencySystem.MARKET_REGULATION).summary().fine(yuan)
                .twoCertifiedOfficers().decidedOn(date).servedOn(date).collectedOnTheSpot(date, yuan);
    }

    @Test
    @RuleTest(rule = "P-PAY-1", value = {TRIGGERS, JUST_OVER})
    void surchargeOnTheLastDayToPay() {
        // served Tue 2022-05-10; 15 days end Wed 2022-05-25
        Finding f = expect(check(decided("2022-05-09", "2022-05-10").surcharge("2022-05-25", "3", "30").build(),
                "2022-07-01"), "P-PAY-1", FindingStatus.VIOLATION, "2021");
        assertThat(f.dueDate()).isEqualTo(LocalDate.parse("2022-05-25"));
    }

    @Test
    @RuleTest(rule = "P-PAY-1", value = JUST_UNDER)
    void surchargeFromTheDayAfter() {
        expect(precheck(decided("2022-05-09", "2022-05-10").surcharge("2022-05-26", "3", "30").build(), "2022-07-01"),
                "P-PAY-1", FindingStatus.SATISFIED, "2021");
    }

    @Test
    @RuleTest(rule = "P-PAY-1", value = OTHER_VERSION)
    void surchargeTooEarlyIn2019() {
        expect(check(decided("2019-05-09", "2019-05-10").surcharge("2019-05-20", "3", "30").build(), "2019-07-01"),
                "P-PAY-1", FindingStatus.NEEDS_REVIEW, "1996");
    }

    @Test
    @RuleTest(rule = "P-PAY-3", value = JUST_UNDER)
    void hundredYuanOnTheSpot() {
        Finding f = expect(precheck(collected("2022-05-09", "100").build(), "2022-06-01"),
                "P-PAY-3", FindingStatus.SATISFIED, "2021");
        assertThat(f.parameters().get("collectionLimit")).isEqualTo("100");
    }

    @Test
    @RuleTest(rule = "P-PAY-3", value = {TRIGGERS, JUST_OVER})
    void overTheLimitWithoutException() {
        expect(check(collected("2022-05-09", "100.01").hardToEnforceLater(TriState.NO).remoteArea(TriState.NO)
                .build(), "2022-06-01"), "P-PAY-3", FindingStatus.VIOLATION, "2021");
        expect(check(collected("2022-05-09", "150").build(), "2022-06-01"), "P-PAY-3", FindingStatus.NEEDS_REVIEW,
                "2021");
        expect(precheck(collected("2022-05-09", "150").hardToEnforceLater(TriState.YES).build(), "2022-06-01"),
                "P-PAY-3", FindingStatus.SATISFIED, "2021");
        // a general-procedure fine collected by the officers themselves
        expect(check(collected("2022-05-09", "50").general().build(), "2022-06-01"),
                "P-PAY-3", FindingStatus.VIOLATION, "2021");
    }

    @Test
    @RuleTest(rule = "P-PAY-3", value = OTHER_VERSION)
    void twentyYuanLimitBefore2021() {
        Finding f = expect(check(collected("2019-05-09", "50").hardToEnforceLater(TriState.NO).remoteArea(TriState.NO)
                .build(), "2019-06-01"), "P-PAY-3", FindingStatus.NEEDS_REVIEW, "1996");
        assertThat(f.parameters().get("collectionLimit")).isEqualTo("20");
        expect(precheck(collected("2019-05-09", "20").build(), "2019-06-01"), "P-PAY-3", FindingStatus.SATISFIED,
                "1996");
    }

    @Test
    @RuleTest(rule = "P-PAY-4", value = {TRIGGERS, JUST_OVER})
    void noFiscalReceipt() {
        expect(check(collected("2022-05-09", "50").receiptIssued(TriState.NO).build(), "2022-06-01"),
                "P-PAY-4", FindingStatus.VIOLATION, "2021");
    }

    @Test
    @RuleTest(rule = "P-PAY-4", value = JUST_UNDER)
    void receiptIssued() {
        expect(precheck(collected("2022-05-09", "50").receiptIssued(TriState.YES).build(), "2022-06-01"),
                "P-PAY-4", FindingStatus.SATISFIED, "2021");
    }

    @Test
    @RuleTest(rule = "P-PAY-4", value = OTHER_VERSION)
    void receiptIn2019() {
        expect(check(collected("2019-05-09", "20").receiptIssued(TriState.NO).build(), "2019-06-01"),
                "P-PAY-4", FindingStatus.NEEDS_REVIEW, "1996");
    }

    @Test
    @RuleTest(rule = "P-PAY-5", value = {TRIGGERS, JUST_OVER})
    void cashHandedInOnTheThirdWorkingDay() {
        // collected Mon 2022-05-09; 2 working days end Wed 05-11
        Finding f = expect(check(collected("2022-05-09", "50").step(StepKind.COLLECTION_HANDED_IN, "2022-05-12")
                .build(), "2022-06-01"), "P-PAY-5", FindingStatus.VIOLATION, "2021");
        assertThat(f.dueDate()).isEqualTo(LocalDate.parse("2022-05-11"));
    }

    @Test
    @RuleTest(rule = "P-PAY-5", value = JUST_UNDER)
    void cashHandedInOnTheLastDay() {
        expect(precheck(collected("2022-05-09", "50").step(StepKind.COLLECTION_HANDED_IN, "2022-05-11").build(),
                "2022-06-01"), "P-PAY-5", FindingStatus.SATISFIED, "2021");
    }

    @Test
    @RuleTest(rule = "P-PAY-5", value = OTHER_VERSION)
    void naturalDaysBefore2021() {
        // collected Fri 2019-05-10: 2 days end Sun 05-12, moved to Mon 05-13 (2 working days would end Tue 05-14)
        Finding f = expect(precheck(collected("2019-05-10", "20").step(StepKind.COLLECTION_HANDED_IN, "2019-05-13")
                .build(), "2019-06-01"), "P-PAY-5", FindingStatus.SATISFIED, "1996");
        assertThat(f.facts().get("dueDate")).isEqualTo(LocalDate.parse("2019-05-13"));
        expect(check(collected("2019-05-10", "20").step(StepKind.COLLECTION_HANDED_IN, "2019-05-14").build(),
                "2019-06-01"), "P-PAY-5", FindingStatus.NEEDS_REVIEW, "1996");
    }

    @Test
    @RuleTest(rule = "P-PAY-11", value = {TRIGGERS, JUST_OVER})
    void agencyDepositedADayLate() {
        expect(check(collected("2022-05-06", "50").step(StepKind.COLLECTION_HANDED_IN, "2022-05-09")
                .step(StepKind.COLLECTION_DEPOSITED, "2022-05-12").build(), "2022-06-01"),
                "P-PAY-11", FindingStatus.VIOLATION, "2021");
    }

    @Test
    @RuleTest(rule = "P-PAY-11", value = JUST_UNDER)
    void agencyDepositedInTime() {
        expect(precheck(collected("2022-05-06", "50").step(StepKind.COLLECTION_HANDED_IN, "2022-05-09")
                .step(StepKind.COLLECTION_DEPOSITED, "2022-05-11").build(), "2022-06-01"),
                "P-PAY-11", FindingStatus.SATISFIED, "2021");
        Finding p = expect(check(collected("2022-05-06", "50").step(StepKind.COLLECTION_HANDED_IN, "2022-05-09")
                .build(), "2022-05-10"), "P-PAY-11", FindingStatus.PENDING, "2021");
        assertThat(p.dueDate()).isEqualTo(LocalDate.parse("2022-05-11"));
    }

    @Test
    @RuleTest(rule = "P-PAY-11", value = OTHER_VERSION)
    void depositIn2019() {
        expect(precheck(collected("2019-05-09", "20").step(StepKind.COLLECTION_HANDED_IN, "2019-05-10")
                .step(StepKind.COLLECTION_DEPOSITED, "2019-05-13").build(), "2019-06-01"),
                "P-PAY-11", FindingStatus.SATISFIED, "1996");
    }

    @Test
    @RuleTest(rule = "P-PAY-7", value = JUST_UNDER)
    void surchargeEqualToTheFine() {
        expect(precheck(decided("2022-05-09", "2022-05-10").surcharge("2022-05-26", "3", "1000").build(),
                "2022-09-01"), "P-PAY-7", FindingStatus.SATISFIED, "2021");
    }

    @Test
    @RuleTest(rule = "P-PAY-7", value = {TRIGGERS, JUST_OVER})
    void surchargeAboveTheFineOrTheRate() {
        Finding cap = expect(check(decided("2022-05-09", "2022-05-10").surcharge("2022-05-26", "3", "1000.01")
                .build(), "2022-09-01"), "P-PAY-7", FindingStatus.VIOLATION, "2021");
        assertThat(cap.message().en()).contains("exceeds the fine");
        Finding rate = expect(check(decided("2022-05-09", "2022-05-10").surcharge("2022-05-26", "3.5", "100")
                .build(), "2022-09-01"), "P-PAY-7", FindingStatus.VIOLATION, "2021");
        assertThat(rate.message().en()).contains("3.5 % per day");
    }

    @Test
    @RuleTest(rule = "P-PAY-7", value = OTHER_VERSION)
    void noCapBefore2012() {
        // 2010: the law had no cap, so a surcharge above the fine was not unlawful as such
        expect(precheck(decided("2010-05-04", "2010-05-05").surcharge("2010-05-21", "3", "1200").build(),
                "2011-01-01"), "P-PAY-7", FindingStatus.SATISFIED, "1996");
        // 2015: 行政强制法 Art 45 caps it (the 1996 text is UNVERIFIED: review, not violation)
        expect(check(decided("2015-05-04", "2015-05-05").surcharge("2015-05-21", "3", "1200").build(),
                "2016-01-01"), "P-PAY-7", FindingStatus.NEEDS_REVIEW, "2012");
    }
}
