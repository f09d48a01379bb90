package io.lawcheck.catalog.rules;

import io.lawcheck.core.check.CheckResult;
import io.lawcheck.core.check.Finding;
import io.lawcheck.core.check.FindingStatus;
import io.lawcheck.core.catalog.Verification;
import io.lawcheck.core.model.ActKind;
import io.lawcheck.core.model.BasicInfoKind;
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

/**
 * Supervision-platform collection deadlines (Tianjin measures 2015 Arts 12, 15, 16). Dates around National Day 2019
 * (holidays 10-01..07, make-up working days Sun 09-29 and Sat 10-12) so every period crosses a holiday.
 */
class PlatformRulesTest {
    /** A Tianjin district case decided on Mon 2019-09-30; the decision record received on {@code received}. */
    static CaseBuilder decidedBeforeNationalDay(String received) {
        return CaseBuilder.penalty("PLAT-1").notMajor()
                .stepReceived(StepKind.FILING, "2019-09-02", "2019-09-02")
                .stepReceived(StepKind.DECISION, "2019-09-30", received);
    }

    @Test
    @RuleTest(rule = "PLAT-REC-1", value = {TRIGGERS, JUST_OVER})
    void stepRecordedTheDayAfterItsWorkingDayIsLate() {
        // 1 working day after Mon 09-30 is Tue 10-08 (National Day in between): 10-09 is one day late.
        CheckResult r = check(decidedBeforeNationalDay("2019-10-09").build(), "2019-11-01");
        Finding f = expect(r, "PLAT-REC-1", FindingStatus.VIOLATION, "2015");
        assertThat(f.dueDate()).isEqualTo(LocalDate.of(2019, 10, 8));
        assertThat(f.message().zh()).contains("DECISION").contains("2019-10-08").contains("1个工作日");
        assertThat(f.message().en()).contains("received 2019-10-09");
        assertThat(f.parameters()).containsEntry("periodSource", "天津市行政执法监督平台管理暂行办法 (市政府令第17号) Art 16");
        assertThat(f.citations()).extracting(c -> c.id()).contains("TJPM-2015-16");
    }

    @Test
    @RuleTest(rule = "PLAT-REC-1", value = JUST_UNDER)
    void stepRecordedOnTheLastWorkingDayIsInTime() {
        CheckResult r = precheck(decidedBeforeNationalDay("2019-10-08").build(), "2019-11-01");
        expect(r, "PLAT-REC-1", FindingStatus.SATISFIED, "2015");
        expectNone(check(decidedBeforeNationalDay("2019-10-08").build(), "2019-11-01"), "PLAT-REC-1");
    }

    @Test
    @RuleTest(rule = "PLAT-REC-1", value = OTHER_VERSION)
    void successorMeasuresAreUnverifiedAndEarlierDatesOrOtherCitiesHaveNoDuty() {
        // 2021 measures (from 2021-03-01): same lateness, NEEDS_REVIEW at most. Mon 2021-09-27 + 1 working day = 09-28.
        CheckResult r = check(CaseBuilder.penalty("PLAT-2").notMajor()
                .stepReceived(StepKind.DECISION, "2021-09-27", "2021-09-29").build(), "2021-11-01");
        Finding f = expect(r, "PLAT-REC-1", FindingStatus.NEEDS_REVIEW, "2021");
        assertThat(f.basis()).isEqualTo(Verification.UNVERIFIED);
        // Before 2015-06-01 there was no platform duty.
        expectNone(check(CaseBuilder.penalty("PLAT-3").notMajor()
                .stepReceived(StepKind.DECISION, "2015-05-04", "2015-05-29").build(), "2015-07-01"), "PLAT-REC-1");
        // The scope is data: a Wuhan case has no Tianjin platform duty.
        expectNone(check(decidedBeforeNationalDay("2019-10-09").jurisdiction("420102").build(), "2019-11-01"),
                "PLAT-REC-1");
    }

    @Test
    @RuleTest(rule = "PLAT-REC-1", value = TRIGGERS)
    void missingReceiptIsAViolationOnlyWhenThePlatformSaysItsRecordsAreComplete() {
        CaseBuilder c = CaseBuilder.penalty("PLAT-4").notMajor().step(StepKind.DECISION, "2019-09-30");
        expectNone(check(c.build(), "2019-10-09"), "PLAT-REC-1"); // no platform data at all: silent
        c.stepReceived(StepKind.FILING, "2019-09-02", "2019-09-02");
        expect(check(c.build(), "2019-10-08"), "PLAT-REC-1", FindingStatus.PENDING, "2015");
        Finding unknown = expect(check(c.build(), "2019-10-09"), "PLAT-REC-1", FindingStatus.NEEDS_REVIEW, "2015");
        assertThat(unknown.message().en()).contains("DECISION 2019-10-08");
        Finding missing = expect(check(c.platformReceiptsComplete(TriState.YES).build(), "2019-10-09"),
                "PLAT-REC-1", FindingStatus.VIOLATION, "2015");
        assertThat(missing.message().en()).contains("not received");
    }

    static CaseBuilder inspection(String received) {
        return CaseBuilder.penalty("INSP-1").act(ActKind.INSPECTION)
                .stepReceived(StepKind.INSPECTION_COMPLETED, "2019-09-27", received);
    }

    @Test
    @RuleTest(rule = "PLAT-REC-2", value = {TRIGGERS, JUST_OVER})
    void inspectionRecordedAfterThreeWorkingDaysIsLate() {
        // Fri 09-27 + 3 working days: Sun 09-29 (make-up), Mon 09-30, Tue 10-08.
        Finding f = expect(check(inspection("2019-10-09").build(), "2019-11-01"), "PLAT-REC-2",
                FindingStatus.VIOLATION, "2015");
        assertThat(f.dueDate()).isEqualTo(LocalDate.of(2019, 10, 8));
        assertThat(f.message().zh()).contains("3个工作日");
        expectNone(check(inspection("2019-10-09").build(), "2019-11-01"), "PLAT-REC-1");
    }

    @Test
    @RuleTest(rule = "PLAT-REC-2", value = JUST_UNDER)
    void inspectionRecordedOnTheThirdWorkingDayIsInTime() {
        expect(precheck(inspection("2019-10-08").build(), "2019-11-01"), "PLAT-REC-2", FindingStatus.SATISFIED,
                "2015");
    }

    @Test
    @RuleTest(rule = "PLAT-REC-2", value = OTHER_VERSION)
    void inspectionUnderThe2021MeasuresIsReviewOnly() {
        CheckResult r = check(CaseBuilder.penalty("INSP-2").act(ActKind.INSPECTION)
                .stepReceived(StepKind.INSPECTION_COMPLETED, "2022-06-06", "2022-06-20").build(), "2022-07-01");
        expect(r, "PLAT-REC-2", FindingStatus.NEEDS_REVIEW, "2021");
    }

    static CaseBuilder change(String requested) {
        return CaseBuilder.penalty("INFO-1").basicInfoChange(BasicInfoKind.OFFICER_INFORMATION, "2019-09-20",
                requested);
    }

    @Test
    @RuleTest(rule = "PLAT-REC-3", value = {TRIGGERS, JUST_OVER})
    void changeAppliedForAfterFifteenDaysIsLate() {
        // 09-20 + 15 days = Sat 10-05, a holiday: the period ends on the next working day, Tue 10-08 (民法典 Art 203).
        Finding f = expect(check(change("2019-10-09").build(), "2019-11-01"), "PLAT-REC-3", FindingStatus.VIOLATION,
                "2015");
        assertThat(f.dueDate()).isEqualTo(LocalDate.of(2019, 10, 8));
        assertThat(f.message().zh()).contains("OFFICER_INFORMATION").contains("15日");
    }

    @Test
    @RuleTest(rule = "PLAT-REC-3", value = JUST_UNDER)
    void changeAppliedForOnTheMovedLastDayIsInTime() {
        expect(precheck(change("2019-10-08").build(), "2019-11-01"), "PLAT-REC-3", FindingStatus.SATISFIED, "2015");
        expect(check(change(null).build(), "2019-10-08"), "PLAT-REC-3", FindingStatus.PENDING, "2015");
        expect(check(change(null).build(), "2019-10-09"), "PLAT-REC-3", FindingStatus.NEEDS_REVIEW, "2015");
    }

    @Test
    @RuleTest(rule = "PLAT-REC-3", value = OTHER_VERSION)
    void changeUnderThe2021MeasuresIsReviewOnly() {
        CheckResult r = check(CaseBuilder.penalty("INFO-2").basicInfoChange(BasicInfoKind.LEGAL_BASIS, "2022-03-01",
                "2022-04-01").build(), "2022-05-01");
        expect(r, "PLAT-REC-3", FindingStatus.NEEDS_REVIEW, "2021");
        expectNone(check(CaseBuilder.penalty("INFO-3").jurisdiction("110101")
                .basicInfoChange(BasicInfoKind.LEGAL_BASIS, "2019-03-01", "2019-05-01").build(), "2019-06-01"),
                "PLAT-REC-3");
    }
}
