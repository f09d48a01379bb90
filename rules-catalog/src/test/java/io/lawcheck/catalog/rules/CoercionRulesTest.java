package io.lawcheck.catalog.rules;

import io.lawcheck.core.check.CheckResult;
import io.lawcheck.core.check.Finding;
import io.lawcheck.core.model.CoercionKind;
import io.lawcheck.core.model.EnforcementCase;
import io.lawcheck.core.model.Officer;
import io.lawcheck.core.model.OfficerRole;
import io.lawcheck.core.model.TriState;
import io.lawcheck.fixtures.CaseBuilder;
import io.lawcheck.fixtures.CoercionBuilder;
import io.lawcheck.fixtures.RuleTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.function.Consumer;

import static io.lawcheck.catalog.Checks.expect;
import static io.lawcheck.catalog.Checks.expectNone;
import static io.lawcheck.catalog.Checks.precheck;
import static io.lawcheck.core.check.FindingStatus.NEEDS_REVIEW;
import static io.lawcheck.core.check.FindingStatus.PENDING;
import static io.lawcheck.core.check.FindingStatus.SATISFIED;
import static io.lawcheck.core.check.FindingStatus.VIOLATION;
import static io.lawcheck.fixtures.Coverage.JUST_OVER;
import static io.lawcheck.fixtures.Coverage.JUST_UNDER;
import static io.lawcheck.fixtures.Coverage.OTHER_VERSION;
import static io.lawcheck.fixtures.Coverage.TRIGGERS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 行政强制法 rules (coercion.drl). Boundaries sit on the 2023 National Day week: holidays Fri 09-29 to Fri 10-06,
 * make-up working days Sat 10-07 and Sun 10-08. A 30-natural-day period from 09-04 ends on 10-04, a holiday, so it
 * runs to 10-07 (民法典 Art 203); working days after Wed 09-27 are 09-28, 10-07, 10-08, 10-09 ... (Art 69).
 * Results are checked in PRECHECK mode so that SATISFIED is visible.
 */
class CoercionRulesTest {
    private static final String AS_OF = "2024-06-01";
    private static final String V = "2012";

    /** A seizure on Mon 2023-09-04 with every Chapter III step on file. */
    private static CoercionBuilder seizure() {
        return CoercionBuilder.seizureInOrder();
    }

    /** Direct enforcement of a fine with a complete, lawful reminder and decision. */
    private static CoercionBuilder enforcement(CoercionKind kind) {
        return new CoercionBuilder().kind(kind).urgent(false).reminderWritten(true).reminderComplete(true)
                .reminderServiceLawful(true).statementHeard(true).enforcementDecisionComplete(true)
                .utilitiesCut(false).assetTransferRisk(false);
    }

    private static EnforcementCase caseOf(CoercionBuilder b) {
        return CaseBuilder.coercion("C-1").twoCertifiedOfficers().coercion(b).build();
    }

    private static CheckResult run(CoercionBuilder b) {
        return precheck(caseOf(b), AS_OF);
    }

    private static CheckResult run(CoercionBuilder b, Consumer<CoercionBuilder> change) {
        change.accept(b);
        return run(b);
    }

    // ---- C-SUBJ-1 ----------------------------------------------------------------------------------------------

    @Test
    @RuleTest(rule = "C-SUBJ-1", value = {TRIGGERS, OTHER_VERSION})
    void entrustedMeasureIsUnlawfulFrom2012() {
        Finding f = expect(run(seizure().entrusted(true)), "C-SUBJ-1", VIOLATION, V);
        assertThat(f.message().zh()).contains("委托");
        assertThat(f.citations()).extracting(c -> c.id()).contains("ACL-2011-17");
        expectNone(precheck(caseOf(seizure().entrusted(true).measureDate("2011-12-31")), "2012-06-01"), "C-SUBJ-1");
        expect(precheck(caseOf(seizure().entrusted(true).measureDate("2012-01-01")), "2012-06-01"), "C-SUBJ-1",
                VIOLATION, V);
    }

    @Test
    @RuleTest(rule = "C-SUBJ-1", value = {JUST_UNDER, JUST_OVER})
    void officerCertificateMustCoverTheDayOfTheMeasure() {
        Officer lastDay = new Officer("O-2", OfficerRole.ENFORCEMENT_OFFICER, TriState.YES, LocalDate.of(2010, 1, 1),
                LocalDate.of(2023, 9, 4));
        Officer expired = new Officer("O-2", OfficerRole.ENFORCEMENT_OFFICER, TriState.YES, LocalDate.of(2010, 1, 1),
                LocalDate.of(2023, 9, 3));
        expect(precheck(CaseBuilder.coercion("C").officers(CaseBuilder.certified("O-1"), lastDay)
                .coercion(seizure()).build(), AS_OF), "C-SUBJ-1", SATISFIED, V);
        Finding f = expect(precheck(CaseBuilder.coercion("C").officers(CaseBuilder.certified("O-1"), expired)
                .coercion(seizure()).build(), AS_OF), "C-SUBJ-1", VIOLATION, V);
        assertThat(f.facts()).containsEntry("uncertified", "O-2");
    }

    // ---- C-PROC-1 ----------------------------------------------------------------------------------------------

    @Test
    @RuleTest(rule = "C-PROC-1", value = {TRIGGERS, OTHER_VERSION})
    void measureWithoutOnSiteRecord() {
        Finding f = expect(run(seizure().onSiteRecord(false)), "C-PROC-1", VIOLATION, V);
        assertThat(f.message().zh()).contains("现场笔录");
        expect(run(seizure().onSiteRecord(TriState.UNKNOWN)), "C-PROC-1", NEEDS_REVIEW, V);
        expect(run(seizure().partyPresent(false).witnessSigned(false)), "C-PROC-1", VIOLATION, V);
        expectNone(precheck(caseOf(seizure().onSiteRecord(false).measureDate("2011-10-01")), "2012-06-01"),
                "C-PROC-1");
        // a penalty case is not a coercion case
        expectNone(precheck(CaseBuilder.penalty("P").twoCertifiedOfficers().coercion(seizure().onSiteRecord(false))
                .build(), AS_OF), "C-PROC-1");
    }

    @Test
    @RuleTest(rule = "C-PROC-1", value = {JUST_UNDER, JUST_OVER})
    void twoOfficersAreTheMinimum() {
        expect(run(seizure()), "C-PROC-1", SATISFIED, V);
        Finding f = expect(precheck(CaseBuilder.coercion("C").officers(CaseBuilder.certified("O-1"),
                CaseBuilder.auxiliary("A-1")).coercion(seizure()).build(), AS_OF), "C-PROC-1", VIOLATION, V);
        assertThat(f.message().en()).contains("fewer than two officers");
    }

    // ---- C-PROC-2 ----------------------------------------------------------------------------------------------

    @Test
    @RuleTest(rule = "C-PROC-2", value = {TRIGGERS, OTHER_VERSION})
    void urgentMeasureApprovedDaysLater() {
        CoercionBuilder late = seizure().urgent(true).priorApproval(false).measureDate("2023-09-29")
                .approvalDate("2023-10-02");
        expect(run(late), "C-PROC-2", VIOLATION, V);
        expect(run(seizure().urgent(true).priorApproval(false).measureDate("2023-09-29").approvalDate("2023-09-30")),
                "C-PROC-2", NEEDS_REVIEW, V);
        expectNone(run(seizure().priorApproval(false).approvalDate("2023-10-02")), "C-PROC-2"); // not urgent
        expectNone(precheck(caseOf(seizure().urgent(true).priorApproval(false).measureDate("2011-09-29")
                .approvalDate("2011-10-02")), "2012-06-01"), "C-PROC-2");
    }

    @Test
    @RuleTest(rule = "C-PROC-2", value = {JUST_UNDER, JUST_OVER})
    void twentyFourHoursAreNaturalHoursEvenOverAHoliday() {
        CoercionBuilder b = seizure().urgent(true).priorApproval(false).measureDate("2023-09-29").measureTime("20:00")
                .approvalDate("2023-09-30");
        expect(run(b.approvalTime("20:00")), "C-PROC-2", SATISFIED, V);
        expect(run(b.approvalTime("20:01")), "C-PROC-2", VIOLATION, V);
    }

    // ---- C-PROC-3 ----------------------------------------------------------------------------------------------

    @Test
    @RuleTest(rule = "C-PROC-3", value = {TRIGGERS, JUST_UNDER, JUST_OVER, OTHER_VERSION})
    void familyMustBeToldWhenLibertyIsRestricted() {
        CoercionBuilder b = seizure().kind(CoercionKind.LIBERTY_RESTRICTION);
        expect(run(b.familyNotified(false)), "C-PROC-3", VIOLATION, V);
        expect(run(b.familyNotified(true)), "C-PROC-3", SATISFIED, V);
        expect(run(b.familyNotified(TriState.UNKNOWN)), "C-PROC-3", NEEDS_REVIEW, V);
        expectNone(run(seizure().familyNotified(false)), "C-PROC-3"); // a seizure restricts no liberty
        expectNone(precheck(caseOf(b.familyNotified(false).measureDate("2011-12-31")), "2012-06-01"), "C-PROC-3");
    }

    // ---- C-SEIZ-1 / C-SEIZ-2 -----------------------------------------------------------------------------------

    @Test
    @RuleTest(rule = "C-SEIZ-1", value = {TRIGGERS, JUST_UNDER, JUST_OVER, OTHER_VERSION})
    void dailyNecessitiesAndRepeatSealing() {
        Finding f = expect(run(seizure().dailyNecessities(true)), "C-SEIZ-1", VIOLATION, V);
        assertThat(f.message().zh()).contains("生活必需品");
        expect(run(seizure()), "C-SEIZ-1", SATISFIED, V);
        expect(run(seizure().kind(CoercionKind.SEALING).alreadySealed(true)), "C-SEIZ-1", VIOLATION, V);
        expectNone(run(seizure().kind(CoercionKind.FREEZE).dailyNecessities(true)), "C-SEIZ-1");
        expectNone(precheck(caseOf(seizure().dailyNecessities(true).measureDate("2011-12-31")), "2012-06-01"),
                "C-SEIZ-1");
    }

    @Test
    @RuleTest(rule = "C-SEIZ-2", value = {TRIGGERS, JUST_UNDER, JUST_OVER, OTHER_VERSION})
    void decisionAndInventoryOnTheSpot() {
        expect(run(seizure().decisionOnSpot(false)), "C-SEIZ-2", VIOLATION, V);
        expect(run(seizure()), "C-SEIZ-2", SATISFIED, V);
        expect(run(seizure().decisionComplete(false)), "C-SEIZ-2", VIOLATION, V);
        expectNone(precheck(caseOf(seizure().decisionOnSpot(false).measureDate("2011-12-31")), "2012-06-01"),
                "C-SEIZ-2");
    }

    // ---- C-SEIZ-3 ----------------------------------------------------------------------------------------------

    @Test
    @RuleTest(rule = "C-SEIZ-3", value = {TRIGGERS, OTHER_VERSION})
    void periodAndExtensionLimits() {
        expect(run(seizure().periodDays(31)), "C-SEIZ-3", VIOLATION, V);
        expect(run(seizure().periodDays(30)), "C-SEIZ-3", SATISFIED, V);
        CoercionBuilder ext = seizure().extensionDate("2023-09-30").extensionApproved(true).extensionNotified(true);
        expect(run(ext.extensionDays(30)), "C-SEIZ-3", SATISFIED, V);
        expect(run(ext.extensionDays(31)), "C-SEIZ-3", VIOLATION, V);
        expect(run(seizure().extensionDate("2023-09-30").extensionDays(10).extensionApproved(false)
                .extensionNotified(true)), "C-SEIZ-3", VIOLATION, V);
        expect(run(seizure().testingDays(5).testingNotified(false)), "C-SEIZ-3", VIOLATION, V);
        expectNone(precheck(caseOf(seizure().periodDays(31).measureDate("2011-12-31")), "2012-06-01"), "C-SEIZ-3");
    }

    @Test
    @RuleTest(rule = "C-SEIZ-3", value = {JUST_UNDER, JUST_OVER})
    void extensionMustBeDecidedBeforeThePeriodEndsWhichRunsPastTheHoliday() {
        CoercionBuilder ext = seizure().extensionDays(30).extensionApproved(true).extensionNotified(true);
        // 30 days from 09-04 end on 10-04, a holiday: the period runs to Sat 10-07 (a make-up working day)
        expect(run(ext.extensionDate("2023-10-07")), "C-SEIZ-3", SATISFIED, V);
        Finding f = expect(run(ext.extensionDate("2023-10-08")), "C-SEIZ-3", VIOLATION, V);
        assertThat(f.facts()).containsEntry("periodEnd", LocalDate.of(2023, 10, 7));
    }

    // ---- C-SEIZ-4 ----------------------------------------------------------------------------------------------

    @Test
    @RuleTest(rule = "C-SEIZ-4", value = {TRIGGERS, OTHER_VERSION})
    void disposalOverdueOrThingsNotReturned() {
        expect(run(seizure().itemsReturned(false).dispositionDate("2023-09-20")), "C-SEIZ-4", VIOLATION, V);
        Finding f = expect(run(seizure().dispositionDate("2023-11-01")), "C-SEIZ-4", VIOLATION, V);
        assertThat(f.dueDate()).isEqualTo(LocalDate.of(2023, 10, 7));
        // an approved 30-day extension: 60 days from 09-04 end on Fri 11-03
        expect(run(seizure().dispositionDate("2023-11-03").extensionDate("2023-09-30").extensionDays(30)
                .extensionApproved(true).extensionNotified(true)), "C-SEIZ-4", SATISFIED, V);
        expect(run(seizure().dispositionDate("2023-11-03").extensionDate("2023-09-30").extensionDays(30)),
                "C-SEIZ-4", NEEDS_REVIEW, V); // approval unknown
        expect(precheck(caseOf(seizure()), "2023-10-07"), "C-SEIZ-4", PENDING, V);
        expect(precheck(caseOf(seizure()), "2023-10-08"), "C-SEIZ-4", NEEDS_REVIEW, V);
        expectNone(precheck(caseOf(seizure().measureDate("2011-11-01").dispositionDate("2011-12-30")), "2012-06-01"),
                "C-SEIZ-4");
    }

    @Test
    @RuleTest(rule = "C-SEIZ-4", value = {JUST_UNDER, JUST_OVER})
    void thirtyNaturalDaysEndAfterTheNationalDayHoliday() {
        expect(run(seizure().dispositionDate("2023-10-07")), "C-SEIZ-4", SATISFIED, V);
        expect(run(seizure().dispositionDate("2023-10-08")), "C-SEIZ-4", VIOLATION, V);
        // testing time notified in writing is added: 35 days from 09-04 end on Mon 10-09
        expect(run(seizure().testingDays(5).testingNotified(true).dispositionDate("2023-10-09")), "C-SEIZ-4",
                SATISFIED, V);
    }

    // ---- C-FRZ-1 / C-FRZ-2 -------------------------------------------------------------------------------------

    private static CoercionBuilder freeze() {
        return seizure().kind(CoercionKind.FREEZE).measureDate("2023-09-27").freezeAmount("10000")
                .involvedAmount("10000").freezeDecisionServed("2023-10-08");
    }

    @Test
    @RuleTest(rule = "C-FRZ-1", value = {TRIGGERS, OTHER_VERSION})
    void freezingMoreThanTheViolationInvolves() {
        Finding f = expect(run(freeze().freezeAmount("10000.01")), "C-FRZ-1", VIOLATION, V);
        assertThat(f.message().zh()).contains("冻结数额超过");
        expect(run(freeze().agencyEmpowered(false)), "C-FRZ-1", VIOLATION, V);
        expectNone(precheck(caseOf(freeze().freezeAmount("10000.01").measureDate("2011-09-27")
                .freezeDecisionServed(null)), "2012-06-01"), "C-FRZ-1");
    }

    @Test
    @RuleTest(rule = "C-FRZ-1", value = {JUST_UNDER, JUST_OVER})
    void freezeDecisionWithinThreeWorkingDays() {
        // Wed 09-27 + 3 working days = 09-28, Sat 10-07, Sun 10-08
        expect(run(freeze()), "C-FRZ-1", SATISFIED, V);
        expect(run(freeze().freezeDecisionServed("2023-10-09")), "C-FRZ-1", VIOLATION, V);
    }

    @Test
    @RuleTest(rule = "C-FRZ-2", value = {TRIGGERS, JUST_UNDER, JUST_OVER, OTHER_VERSION})
    void freezeDecidedWithinThirtyDays() {
        CoercionBuilder b = freeze().measureDate("2023-09-04").freezeDecisionServed("2023-09-05");
        expect(run(b.dispositionDate("2023-11-20")), "C-FRZ-2", VIOLATION, V);
        expect(run(b.dispositionDate("2023-10-07")), "C-FRZ-2", SATISFIED, V);
        expect(run(b.dispositionDate("2023-10-08")), "C-FRZ-2", VIOLATION, V);
        expectNone(precheck(caseOf(freeze().measureDate("2011-09-04").freezeDecisionServed(null)
                .dispositionDate("2011-11-20")), "2012-06-01"), "C-FRZ-2");
    }

    // ---- C-EXEC-1 / C-EXEC-2 -----------------------------------------------------------------------------------

    @Test
    @RuleTest(rule = "C-EXEC-1", value = {TRIGGERS, JUST_UNDER, JUST_OVER, OTHER_VERSION})
    void writtenReminderBeforeTheDecision() {
        expect(run(enforcement(CoercionKind.ENFORCEMENT).reminderWritten(false).enforcementDecisionDate("2023-09-20")),
                "C-EXEC-1", VIOLATION, V);
        CoercionBuilder b = enforcement(CoercionKind.ENFORCEMENT).enforcementDecisionDate("2023-09-20");
        expect(run(b.reminderServed("2023-09-20")), "C-EXEC-1", SATISFIED, V);
        expect(run(b.reminderServed("2023-09-21")), "C-EXEC-1", VIOLATION, V);
        expectNone(precheck(caseOf(enforcement(CoercionKind.ENFORCEMENT).reminderWritten(false)
                .enforcementDecisionDate("2011-09-20")), "2012-06-01"), "C-EXEC-1");
    }

    @Test
    @RuleTest(rule = "C-EXEC-2", value = {TRIGGERS, OTHER_VERSION})
    void statementNotHeardOrDecisionInsideTheReminderPeriod() {
        CoercionBuilder b = enforcement(CoercionKind.ENFORCEMENT).reminderServed("2023-09-20")
                .reminderDeadline("2023-10-01");
        expect(run(b.statementHeard(false).enforcementDecisionDate("2023-10-09")), "C-EXEC-2", VIOLATION, V);
        // evidence of hiding assets allows an immediate decision
        expect(run(enforcement(CoercionKind.ENFORCEMENT).reminderDeadline("2023-10-01").assetTransferRisk(true)
                .enforcementDecisionDate("2023-09-25")), "C-EXEC-2", SATISFIED, V);
        expectNone(precheck(caseOf(enforcement(CoercionKind.ENFORCEMENT).statementHeard(false)
                .enforcementDecisionDate("2011-10-09")), "2012-06-01"), "C-EXEC-2");
    }

    @Test
    @RuleTest(rule = "C-EXEC-2", value = {JUST_UNDER, JUST_OVER})
    void aReminderDeadlineOnAHolidayRunsToTheNextWorkingDay() {
        CoercionBuilder b = enforcement(CoercionKind.ENFORCEMENT).reminderServed("2023-09-20")
                .reminderDeadline("2023-10-01");
        expect(run(b.enforcementDecisionDate("2023-10-08")), "C-EXEC-2", SATISFIED, V);
        Finding f = expect(run(b.enforcementDecisionDate("2023-10-07")), "C-EXEC-2", VIOLATION, V);
        assertThat(f.facts()).containsEntry("reminderLastDay", LocalDate.of(2023, 10, 7));
    }

    // ---- C-EXEC-3 ----------------------------------------------------------------------------------------------

    @Test
    @RuleTest(rule = "C-EXEC-3", value = {TRIGGERS, OTHER_VERSION})
    void enforcementOnAStatutoryHoliday() {
        CoercionBuilder b = enforcement(CoercionKind.ENFORCEMENT).enforcementTime("10:00");
        Finding f = expect(run(b.enforcementDate("2023-10-02")), "C-EXEC-3", VIOLATION, V);
        assertThat(f.message().zh()).contains("法定节假日");
        expect(run(b.enforcementDate("2023-10-02").urgent(true)), "C-EXEC-3", SATISFIED, V);
        expect(run(b.enforcementDate("2023-10-02").urgent(TriState.UNKNOWN)), "C-EXEC-3", NEEDS_REVIEW, V);
        expect(run(enforcement(CoercionKind.ENFORCEMENT).enforcementDate("2023-10-09").enforcementTime("10:00")
                .utilitiesCut(true)), "C-EXEC-3", VIOLATION, V);
        expect(run(b.urgent(false).enforcementDate("2023-10-14")), "C-EXEC-3", NEEDS_REVIEW, V); // ordinary Saturday
        expectNone(precheck(caseOf(enforcement(CoercionKind.ENFORCEMENT).enforcementTime("10:00")
                .enforcementDate("2011-10-02")), "2012-06-01"), "C-EXEC-3");
    }

    @Test
    @RuleTest(rule = "C-EXEC-3", value = {JUST_UNDER, JUST_OVER})
    void makeUpWorkingDaysAreWorkingDaysAndNightIsAnUnverifiedParameter() {
        CoercionBuilder b = enforcement(CoercionKind.ENFORCEMENT).enforcementTime("10:00");
        expect(run(b.enforcementDate("2023-10-07")), "C-EXEC-3", SATISFIED, V); // Saturday, make-up working day
        expect(run(b.enforcementDate("2023-10-06")), "C-EXEC-3", VIOLATION, V); // Friday, holiday
        expect(run(b.enforcementDate("2023-10-09").enforcementTime("21:59")), "C-EXEC-3", SATISFIED, V);
        Finding night = expect(run(b.enforcementDate("2023-10-09").enforcementTime("22:00")), "C-EXEC-3",
                NEEDS_REVIEW, V);
        assertThat(night.parameters()).containsEntry("nightHours", "22:00-06:00");
        assertThat(night.message().en()).contains("at night").contains("not yet verified");
        expect(run(b.enforcementDate("2023-10-10").enforcementTime("05:59")), "C-EXEC-3", NEEDS_REVIEW, V);
        expect(run(b.enforcementDate("2023-10-10").enforcementTime("06:00")), "C-EXEC-3", SATISFIED, V);
    }

    // ---- C-EXEC-4 ----------------------------------------------------------------------------------------------

    private static CoercionBuilder demolition() {
        return enforcement(CoercionKind.DEMOLITION).announcementMade(true).remedySought(false)
                .underlyingDecisionServed("2023-04-03").enforcementTime("10:00");
    }

    @Test
    @RuleTest(rule = "C-EXEC-4", value = {TRIGGERS, OTHER_VERSION})
    void demolitionWithoutAnnouncement() {
        expect(run(demolition().announcementMade(false).enforcementDate("2023-11-01")), "C-EXEC-4", VIOLATION, V);
        expect(run(demolition().remedySought(true).enforcementDate("2023-11-01")), "C-EXEC-4", NEEDS_REVIEW, V);
        expectNone(precheck(caseOf(demolition().announcementMade(false).underlyingDecisionServed("2011-04-03")
                .enforcementDate("2011-11-01")), "2012-06-01"), "C-EXEC-4");
    }

    @Test
    @RuleTest(rule = "C-EXEC-4", value = {JUST_UNDER, JUST_OVER})
    void demolitionOnlyAfterTheSixMonthLawsuitPeriodRunsOut() {
        // served 04-03; six months end on 10-03, a holiday: the period runs to 10-07
        Finding f = expect(run(demolition().enforcementDate("2023-10-07")), "C-EXEC-4", VIOLATION, V);
        assertThat(f.facts()).containsEntry("remedyPeriodEnd", LocalDate.of(2023, 10, 7));
        assertThat(f.parameters()).containsEntry("lawsuitPeriod", "6 MONTHS");
        expect(run(demolition().enforcementDate("2023-10-08")), "C-EXEC-4", SATISFIED, V);
    }

    // ---- C-MON-1 / C-MON-2 -------------------------------------------------------------------------------------

    @Test
    @RuleTest(rule = "C-MON-1", value = {TRIGGERS, JUST_UNDER, JUST_OVER, OTHER_VERSION})
    void surchargeNotAboveThePrincipal() {
        CoercionBuilder b = enforcement(CoercionKind.ENFORCEMENT).surchargeStandardNotified(true)
                .surchargeStart("2023-09-04").principalAmount("1000");
        expect(run(b.surchargeStandardNotified(false).surchargeAmount("500")), "C-MON-1", VIOLATION, V);
        expect(run(b.surchargeStandardNotified(true).surchargeAmount("1000")), "C-MON-1", SATISFIED, V);
        expect(run(b.surchargeAmount("1000.01")), "C-MON-1", VIOLATION, V);
        expectNone(precheck(caseOf(b.surchargeStart("2011-09-04")), "2012-06-01"), "C-MON-1");
    }

    private static CoercionBuilder surchargeEnforcement() {
        return enforcement(CoercionKind.ENFORCEMENT).surchargeStandardNotified(true).surchargeStart("2023-09-04")
                .surchargeAmount("300").principalAmount("1000").enforcementPower(true).reminderServed("2023-09-20")
                .enforcementTime("10:00");
    }

    @Test
    @RuleTest(rule = "C-MON-2", value = {TRIGGERS, OTHER_VERSION})
    void enforcementByAnAgencyWithoutThePower() {
        expect(run(surchargeEnforcement().enforcementPower(false).enforcementDate("2023-11-01")), "C-MON-2",
                VIOLATION, V);
        expectNone(precheck(caseOf(surchargeEnforcement().enforcementPower(false).surchargeStart("2011-09-04")
                .enforcementDate("2011-11-01")), "2012-06-01"), "C-MON-2");
    }

    @Test
    @RuleTest(rule = "C-MON-2", value = {JUST_UNDER, JUST_OVER})
    void surchargeMustHaveRunMoreThanThirtyDays() {
        // 30 days from 09-04 end on 10-04, a holiday, moved to 10-07: enforcement from 10-08
        expect(run(surchargeEnforcement().enforcementDate("2023-10-07")), "C-MON-2", VIOLATION, V);
        expect(run(surchargeEnforcement().enforcementDate("2023-10-08")), "C-MON-2", SATISFIED, V);
    }

    // ---- C-SUB-1 -----------------------------------------------------------------------------------------------

    private static CoercionBuilder substitute() {
        return enforcement(CoercionKind.SUBSTITUTE_PERFORMANCE).substituteDecision(true).supervisorPresent(true)
                .documentsSigned(true).reminderServed("2023-09-27").enforcementTime("10:00");
    }

    @Test
    @RuleTest(rule = "C-SUB-1", value = {TRIGGERS, OTHER_VERSION})
    void substitutePerformanceWithoutSupervision() {
        expect(run(substitute().supervisorPresent(false).enforcementDate("2023-10-20")), "C-SUB-1", VIOLATION, V);
        // immediate substitute performance (Art 52) needs no prior reminder
        expect(run(substitute().urgent(true).reminderServed(null).enforcementDate("2023-09-28")), "C-SUB-1",
                SATISFIED, V);
        expectNone(precheck(caseOf(substitute().supervisorPresent(false).reminderServed("2011-09-27")
                .enforcementDate("2011-10-20")), "2012-06-01"), "C-SUB-1");
    }

    @Test
    @RuleTest(rule = "C-SUB-1", value = {JUST_UNDER, JUST_OVER})
    void reminderThreeWorkingDaysBefore() {
        // Wed 09-27 + 3 working days = 09-28, Sat 10-07, Sun 10-08
        expect(run(substitute().enforcementDate("2023-10-08")), "C-SUB-1", SATISFIED, V);
        expect(run(substitute().enforcementDate("2023-10-07")), "C-SUB-1", VIOLATION, V);
    }

    // ---- C-COURT-1..3 ------------------------------------------------------------------------------------------

    private static CoercionBuilder court() {
        return new CoercionBuilder().kind(CoercionKind.ENFORCEMENT).remedySought(false).remedyPeriodEnd("2023-07-01")
                .reminderServed("2023-09-22").applicationComplete(true);
    }

    @Test
    @RuleTest(rule = "C-COURT-1", value = {TRIGGERS, OTHER_VERSION})
    void applicationBeforeTheRemedyPeriodsEnded() {
        // decision served 03-15: six months end on Fri 09-15
        CoercionBuilder b = court().remedyPeriodEnd(null).underlyingDecisionServed("2023-03-15");
        Finding f = expect(run(b.courtApplicationDate("2023-09-15")), "C-COURT-1", VIOLATION, V);
        assertThat(f.message().en()).contains("remedy periods ran until 2023-09-15");
        expect(run(b.courtApplicationDate("2023-09-18")), "C-COURT-1", SATISFIED, V);
        expect(run(court().remedySought(true).courtApplicationDate("2023-10-20")), "C-COURT-1", NEEDS_REVIEW, V);
        expectNone(precheck(caseOf(court().remedyPeriodEnd("2011-07-01").courtApplicationDate("2011-12-20")),
                "2012-06-01"), "C-COURT-1");
    }

    @Test
    @RuleTest(rule = "C-COURT-1", value = {JUST_UNDER, JUST_OVER})
    void threeMonthsAfterTheRemedyPeriodsEndPastTheHoliday() {
        // 3 months from 07-01 end on 10-01, a holiday, moved to 10-07
        expect(run(court().courtApplicationDate("2023-10-07")), "C-COURT-1", SATISFIED, V);
        Finding f = expect(run(court().courtApplicationDate("2023-10-08")), "C-COURT-1", VIOLATION, V);
        assertThat(f.dueDate()).isEqualTo(LocalDate.of(2023, 10, 7));
    }

    private static EnforcementCase courtWithDeferral(String applied, TriState approved, String deferralEnd) {
        return CaseBuilder.coercion("C-1").twoCertifiedOfficers().coercion(court().courtApplicationDate(applied))
                .paymentDeferred(TriState.YES, approved, "2023-06-20", deferralEnd).build();
    }

    @Test
    @RuleTest(rule = "C-COURT-1", value = {JUST_UNDER, JUST_OVER})
    void aDeferralEndingAfterTheRemedyPeriodsLeavesTheTimingToAPerson() {
        // Remedy periods end 07-01, so on them alone an application on 11-15 is late (due 10-07). The fine was
        // deferred until 08-31: counted from there (行政处罚法 Art 72(2)) it would be in time, so no "late".
        Finding f = expect(precheck(courtWithDeferral("2023-11-15", TriState.YES, "2023-08-31"), AS_OF),
                "C-COURT-1", NEEDS_REVIEW, V);
        assertThat(f.facts()).containsEntry("deferralEnd", LocalDate.of(2023, 8, 31))
                .containsEntry("remedyPeriodEnd", LocalDate.of(2023, 7, 1));
        assertThat(f.message().zh()).contains("2023-08-31", "2023-07-01");
        // A deferral ending on the day the remedy periods end moves nothing (late stays late); the day after does.
        expect(precheck(courtWithDeferral("2023-11-15", TriState.YES, "2023-07-01"), AS_OF), "C-COURT-1",
                VIOLATION, V);
        expect(precheck(courtWithDeferral("2023-11-15", TriState.YES, "2023-07-02"), AS_OF), "C-COURT-1",
                NEEDS_REVIEW, V);
        // A refused deferral defers nothing.
        expect(precheck(courtWithDeferral("2023-11-15", TriState.NO, "2023-08-31"), AS_OF), "C-COURT-1",
                VIOLATION, V);
    }

    @Test
    @RuleTest(rule = "C-COURT-2", value = {TRIGGERS, JUST_UNDER, JUST_OVER, OTHER_VERSION})
    void applicationTenWorkingDaysAfterTheReminder() {
        // Fri 09-22 + 10 working days = Thu 10-12 (the holiday week does not count; 10-07/10-08 do)
        expect(run(court().courtApplicationDate("2023-10-02")), "C-COURT-2", VIOLATION, V);
        expect(run(court().courtApplicationDate("2023-10-11")), "C-COURT-2", VIOLATION, V);
        expect(run(court().courtApplicationDate("2023-10-12")), "C-COURT-2", NEEDS_REVIEW, V);
        expect(run(court().courtApplicationDate("2023-10-13")), "C-COURT-2", SATISFIED, V);
        expectNone(precheck(caseOf(court().reminderServed("2011-09-22").courtApplicationDate("2011-10-02")),
                "2012-06-01"), "C-COURT-2");
    }

    @Test
    @RuleTest(rule = "C-COURT-3", value = {TRIGGERS, JUST_UNDER, JUST_OVER, OTHER_VERSION})
    void applicationMaterialsComplete() {
        expect(run(court().applicationComplete(false).courtApplicationDate("2023-10-13")), "C-COURT-3", VIOLATION, V);
        expect(run(court().courtApplicationDate("2023-10-13")), "C-COURT-3", SATISFIED, V);
        expect(run(court().applicationComplete(TriState.UNKNOWN).courtApplicationDate("2023-10-13")), "C-COURT-3",
                NEEDS_REVIEW, V);
        expectNone(run(court().applicationComplete(false)), "C-COURT-3"); // no application on file
        expectNone(precheck(caseOf(court().applicationComplete(false).courtApplicationDate("2011-10-13")),
                "2012-06-01"), "C-COURT-3");
    }

    // ---- C-REC-1 -----------------------------------------------------------------------------------------------

    @Test
    @RuleTest(rule = "C-REC-1", value = {TRIGGERS, JUST_UNDER, JUST_OVER, OTHER_VERSION})
    void seizureWithoutAudioVideoRecordFromTheGuidelinesPublication() {
        Finding f = expect(run(seizure().videoRecorded(false)), "C-REC-1", VIOLATION, "2019");
        assertThat(f.message().zh()).contains("未全程音像记录");
        assertThat(f.citations()).extracting(c -> c.id()).containsExactly("GOV-2018-118-REC");
        expect(run(seizure()), "C-REC-1", SATISFIED, "2019");
        expect(run(seizure().videoRecorded(TriState.UNKNOWN)), "C-REC-1", NEEDS_REVIEW, "2019");
        expectNone(run(seizure().kind(CoercionKind.FREEZE).videoRecorded(false)), "C-REC-1");
        expectNone(precheck(caseOf(seizure().videoRecorded(false).measureDate("2019-01-02")), AS_OF), "C-REC-1");
        expect(precheck(caseOf(seizure().videoRecorded(false).measureDate("2019-01-03")), AS_OF), "C-REC-1",
                VIOLATION, "2019");
    }

    @Test
    void aCompleteSeizureHasNoViolationAtAll() {
        CheckResult r = run(seizure().dispositionDate("2023-10-07"));
        assertThat(r.violations()).as(io.lawcheck.catalog.Checks.summary(r)).isEmpty();
    }
}
