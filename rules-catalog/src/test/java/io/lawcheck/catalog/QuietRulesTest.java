package io.lawcheck.catalog;

import io.lawcheck.catalog.law.Hearings;
import io.lawcheck.core.catalog.Catalog;
import io.lawcheck.core.check.Assessment;
import io.lawcheck.core.check.CheckMode;
import io.lawcheck.core.check.CheckResult;
import io.lawcheck.core.check.Finding;
import io.lawcheck.core.check.FindingBuilder;
import io.lawcheck.core.check.FindingStatus;
import io.lawcheck.core.model.AgeBand;
import io.lawcheck.core.model.AgencySystem;
import io.lawcheck.core.model.CoercionKind;
import io.lawcheck.core.model.EnforcementCase;
import io.lawcheck.core.model.Officer;
import io.lawcheck.core.model.OfficerRole;
import io.lawcheck.core.model.PenaltyKind;
import io.lawcheck.core.model.ServiceMethod;
import io.lawcheck.core.model.StepKind;
import io.lawcheck.core.model.TriState;
import io.lawcheck.fixtures.CaseBuilder;
import io.lawcheck.fixtures.CoercionBuilder;
import io.lawcheck.fixtures.LicensingBuilder;
import org.junit.jupiter.api.Test;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import static io.lawcheck.catalog.Checks.expect;
import static io.lawcheck.catalog.Checks.expectNone;
import static io.lawcheck.fixtures.CaseBuilder.certified;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rules whose only outcome for a file in order is SATISFIED (shown in a pre-check only) say so in their condition:
 * in supervision such a file does not activate them at all (an activation costs the engine whether or not the
 * consequence reports anything), while a pre-check still fires them and reports SATISFIED, and a defect still fires
 * them in both modes.
 */
class QuietRulesTest {
    private static final Catalog CATALOG = Checks.CHECKER.catalog();
    private static final LocalDate AS_OF = LocalDate.of(2024, 6, 1);
    private static final List<String> QUIET = List.of("P-OFF-1", "P-OFF-2", "P-REV-1", "P-LIM-3");

    /** A 2022 file in order for officers, certificates, legal review (a small fine) and the party's age. */
    private static CaseBuilder inOrder(String id) {
        return CaseBuilder.penalty(id).individualAged(AgeBand.ADULT).fine("500").notMajor().twoCertifiedOfficers()
                .filed("2022-03-01").decidedOn("2022-05-20");
    }

    /** The rule ids (without version) that fired for one case in {@code mode}, and its result. */
    private static List<String> fired(EnforcementCase c, CheckMode mode, CheckResult[] result) {
        List<String> fired = new ArrayList<>();
        KieSession session = CATALOG.kieBase().newKieSession();
        try {
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    String name = event.getMatch().getRule().getName();
                    fired.add(name.substring(0, name.indexOf('@')));
                }
            });
            Assessment a = new Assessment(c, AS_OF, mode, CATALOG);
            FactHandle h = session.insert(a);
            session.fireAllRules();
            session.delete(h);
            result[0] = a.result();
        } finally {
            session.dispose();
        }
        return fired;
    }

    @Test
    void aFileInOrderDoesNotActivateThemInSupervision() {
        CheckResult[] r = new CheckResult[1];
        List<String> fired = fired(inOrder("q1").build(), CheckMode.SUPERVISION, r);
        assertThat(fired).doesNotContainAnyElementsOf(QUIET);
        QUIET.forEach(id -> expectNone(r[0], id));
    }

    @Test
    void aPrecheckStillFiresThemAndReportsSatisfied() {
        CheckResult[] r = new CheckResult[1];
        List<String> fired = fired(inOrder("q2").build(), CheckMode.PRECHECK, r);
        assertThat(fired).containsAll(QUIET);
        expect(r[0], "P-OFF-1", FindingStatus.SATISFIED, "2021");
        expect(r[0], "P-OFF-2", FindingStatus.SATISFIED, "2021");
        expect(r[0], "P-LIM-3", FindingStatus.SATISFIED, "2021");
        expect(r[0], "P-REV-1", FindingStatus.SATISFIED, "2021");
    }

    @Test
    void aDefectStillFiresThemInSupervision() {
        CheckResult[] r = new CheckResult[1];
        EnforcementCase oneOfficerMinor = inOrder("q3").individualAged(AgeBand.FROM_14_TO_17)
                .officers(certified("O-1")).build();
        List<String> fired = fired(oneOfficerMinor, CheckMode.SUPERVISION, r);
        assertThat(fired).contains("P-OFF-1", "P-LIM-3");
        expect(r[0], "P-OFF-1", FindingStatus.VIOLATION, "2021");
        expect(r[0], "P-LIM-3", FindingStatus.NEEDS_REVIEW, "2021");
    }

    /** P-SIMP-3 (on-the-spot form complete) and P-PAY-6 (deferral applied for and approved) are quiet too. */
    @Test
    void completeFormAndAuthorisedDeferralDoNotActivateInSupervision() {
        EnforcementCase onTheSpot = CaseBuilder.penalty("q4").summary().twoCertifiedOfficers().fine("100")
                .decidedOn("2022-05-20").onTheSpotForm(TriState.YES).build();
        EnforcementCase deferred = inOrder("q5")
                .paymentDeferred(TriState.YES, TriState.YES, "2022-05-30", "2022-09-30").build();
        CheckResult[] r = new CheckResult[1];
        assertThat(fired(onTheSpot, CheckMode.SUPERVISION, r)).doesNotContain("P-SIMP-3");
        assertThat(fired(deferred, CheckMode.SUPERVISION, r)).doesNotContain("P-PAY-6");
        assertThat(fired(onTheSpot, CheckMode.PRECHECK, r)).contains("P-SIMP-3");
        expect(r[0], "P-SIMP-3", FindingStatus.SATISFIED, "2021");
        assertThat(fired(deferred, CheckMode.PRECHECK, r)).contains("P-PAY-6");
        expect(r[0], "P-PAY-6", FindingStatus.SATISFIED, "2021");
        EnforcementCase unsigned = CaseBuilder.penalty("q6").summary().twoCertifiedOfficers().fine("100")
                .decidedOn("2022-05-20").onTheSpotForm(TriState.YES).onTheSpotFormItem("officerSignature", TriState.NO)
                .build();
        assertThat(fired(unsigned, CheckMode.SUPERVISION, r)).contains("P-SIMP-3");
        expect(r[0], "P-SIMP-3", FindingStatus.VIOLATION, "2021");
    }

    /**
     * P-REC-1 (withdrawal application decided by the head in time) and P-FILE-1 (filed within the period) are quiet
     * too; a file saying nothing about withdrawal, or an agency system without a filing period, never reaches them.
     */
    @Test
    void timelyWithdrawalDecisionAndFilingDoNotActivateInSupervision() {
        EnforcementCase decidedInTime = inOrder("q7").withdrawalApplication("2022-04-01", TriState.YES, "2022-04-06",
                TriState.YES).build();
        EnforcementCase filedInTime = inOrder("q8").step(StepKind.DISCOVERY, "2022-02-20")
                .build();
        CheckResult[] r = new CheckResult[1];
        assertThat(fired(decidedInTime, CheckMode.SUPERVISION, r)).doesNotContain("P-REC-1", "P-FILE-1");
        assertThat(fired(filedInTime, CheckMode.SUPERVISION, r)).doesNotContain("P-REC-1", "P-FILE-1");
        assertThat(fired(decidedInTime, CheckMode.PRECHECK, r)).contains("P-REC-1");
        expect(r[0], "P-REC-1", FindingStatus.SATISFIED, "2021");
        assertThat(fired(filedInTime, CheckMode.PRECHECK, r)).contains("P-FILE-1");
        expect(r[0], "P-FILE-1", FindingStatus.SATISFIED, "2021");
        EnforcementCase notByHead = inOrder("q9").withdrawalApplication("2022-04-01", TriState.YES, "2022-04-06",
                TriState.NO).build();
        assertThat(fired(notByHead, CheckMode.SUPERVISION, r)).contains("P-REC-1");
        expect(r[0], "P-REC-1", FindingStatus.VIOLATION, "2021");
        EnforcementCase filedLate = inOrder("q10").step(StepKind.DISCOVERY, "2021-12-01")
                .build();
        assertThat(fired(filedLate, CheckMode.SUPERVISION, r)).contains("P-FILE-1");
        expect(r[0], "P-FILE-1", FindingStatus.NEEDS_REVIEW, "2021");
    }

    /**
     * Deadline rules (P-DEC-3, P-SERV-1) stay quiet when the step is surely in time: on or before the earliest day
     * the period can end (Assessment.surelyInTime). A step after that day but within the period still activates the
     * rule, which finds it in time from the calendar; a day later is a violation.
     */
    @Test
    void stepsSurelyInTimeDoNotActivateDeadlineRulesInSupervision() {
        CheckResult[] r = new CheckResult[1];
        // Filed 2022-03-01, decided 2022-05-20 (day 80 of 90); served Mon 2022-05-23 (7 working days end 2022-05-31).
        EnforcementCase early = inOrder("q7").servedOn("2022-05-23").build();
        assertThat(fired(early, CheckMode.SUPERVISION, r)).doesNotContain("P-DEC-3", "P-SERV-1");
        assertThat(fired(early, CheckMode.PRECHECK, r)).contains("P-DEC-3", "P-SERV-1");
        expect(r[0], "P-SERV-1", FindingStatus.SATISFIED, "2021");
        // Fri 2022-05-27 is the seventh natural day: surely in time. Mon 2022-05-30 is not surely in time but within
        // 7 working days (due Tue 2022-05-31): the condition's probe counts them, so the rule does not fire either.
        assertThat(fired(inOrder("q8").servedOn("2022-05-27").build(), CheckMode.SUPERVISION, r))
                .doesNotContain("P-SERV-1");
        assertThat(fired(inOrder("q9").servedOn("2022-05-30").build(), CheckMode.SUPERVISION, r))
                .doesNotContain("P-SERV-1");
        expectNone(r[0], "P-SERV-1");
        assertThat(fired(inOrder("q9").servedOn("2022-05-30").build(), CheckMode.PRECHECK, r)).contains("P-SERV-1");
        expect(r[0], "P-SERV-1", FindingStatus.SATISFIED, "2021");
        assertThat(fired(inOrder("q10").servedOn("2022-06-01").build(), CheckMode.SUPERVISION, r))
                .contains("P-SERV-1");
        expect(r[0], "P-SERV-1", FindingStatus.VIOLATION, "2021");
        // Party present at the announcement: served the same day is quiet, the next day is a violation.
        assertThat(fired(inOrder("q11").partyPresent(TriState.YES).servedOn("2022-05-20").build(),
                CheckMode.SUPERVISION, r)).doesNotContain("P-SERV-1");
        assertThat(fired(inOrder("q12").partyPresent(TriState.YES).servedOn("2022-05-21").build(),
                CheckMode.SUPERVISION, r)).contains("P-SERV-1");
        expect(r[0], "P-SERV-1", FindingStatus.VIOLATION, "2021");
    }

    /**
     * P-SERV-3 (治安: served within 2 days) and P-DEC-4 (治安: decided within 30 days) for a step in time only because
     * the period ends on a holiday and moves to the next working day (民法典 Art 203): not surely in time, so the
     * condition runs the consequence on a probe, which counts the holiday; nothing fires in supervision, SATISFIED in
     * a pre-check, and the first day after the moved end fires a violation.
     */
    @Test
    void aStepInTimeOnlyThroughAHolidayDoesNotActivateInSupervision() {
        CheckResult[] r = new CheckResult[1];
        // Decided Thu 2023-09-28 + 2 days = Sat 30 Sep (holiday to 6 Oct) -> Sat 7 Oct (a make-up working day).
        CaseBuilder served = publicOrder("q30").filed("2023-09-01").decidedOn("2023-09-28").partyPresent(TriState.NO);
        assertThat(fired(served.servedOn("2023-10-07").build(), CheckMode.SUPERVISION, r)).doesNotContain("P-SERV-3");
        assertThat(fired(served.servedOn("2023-10-07").build(), CheckMode.PRECHECK, r)).contains("P-SERV-3");
        expect(r[0], "P-SERV-3", FindingStatus.SATISFIED, "2006");
        assertThat(fired(served.servedOn("2023-10-08").build(), CheckMode.SUPERVISION, r)).contains("P-SERV-3");
        expect(r[0], "P-SERV-3", FindingStatus.VIOLATION, "2006");
        // Accepted Fri 2023-09-01: day 30 is Sun 1 Oct (holiday to 6 Oct) -> Sat 7 Oct.
        CaseBuilder decided = publicOrder("q31").filed("2023-09-01").partyPresent(TriState.YES);
        assertThat(fired(decided.decidedOn("2023-10-07").servedOn("2023-10-07").build(), CheckMode.SUPERVISION, r))
                .doesNotContain("P-DEC-4", "P-SERV-3");
        assertThat(fired(decided.decidedOn("2023-10-07").servedOn("2023-10-07").build(), CheckMode.PRECHECK, r))
                .contains("P-DEC-4");
        expect(r[0], "P-DEC-4", FindingStatus.SATISFIED, "2006");
        assertThat(fired(decided.decidedOn("2023-10-08").servedOn("2023-10-08").build(), CheckMode.SUPERVISION, r))
                .contains("P-DEC-4").doesNotContain("P-SERV-3");
        expect(r[0], "P-DEC-4", FindingStatus.VIOLATION, "2006");
    }

    private static CaseBuilder publicOrder(String id) {
        return CaseBuilder.penalty(id).agency(AgencySystem.PUBLIC_ORDER).individualAged(AgeBand.ADULT).fine("500")
                .notMajor().twoCertifiedOfficers();
    }

    /**
     * Beyond the calendar's last year a period cannot be counted, but a step on or before the earliest day it can
     * end is in time under any calendar: SATISFIED (variant inTime) in a pre-check, nothing in supervision; a later
     * step still needs counting by hand.
     */
    @Test
    void aStepSurelyInTimeIsInTimeEvenBeyondTheCalendar() {
        int last = CATALOG.calendar().lastYear();
        String decided = last + "-12-28";
        CaseBuilder file = CaseBuilder.penalty("q13").individualAged(AgeBand.ADULT).fine("500").notMajor()
                .twoCertifiedOfficers().filed(last + "-12-01").decidedOn(decided);
        LocalDate asOf = LocalDate.of(last + 1, 1, 20);
        Finding inTime = expect(Checks.CHECKER.check(file.servedOn((last + 1) + "-01-04").build(), asOf,
                CheckMode.PRECHECK), "P-SERV-1", FindingStatus.SATISFIED, "2021");
        assertThat(inTime.facts()).containsEntry("earliestEnd", LocalDate.of(last + 1, 1, 4))
                .doesNotContainKey("dueDate");
        assertThat(inTime.message().zh()).contains((last + 1) + "-01-04").contains("在期限内");
        assertThat(inTime.message().en()).contains("whatever the holidays");
        expectNone(Checks.CHECKER.check(file.servedOn((last + 1) + "-01-04").build(), asOf, CheckMode.SUPERVISION),
                "P-SERV-1");
        Finding byHand = expect(Checks.CHECKER.check(file.servedOn((last + 1) + "-01-05").build(), asOf,
                CheckMode.SUPERVISION), "P-SERV-1", FindingStatus.NEEDS_REVIEW, "2021");
        assertThat(byHand.facts()).containsKey("outsideCalendar");
    }

    /** L-ACC-2 (written receipt) and L-PUB-1 (grant made public): quiet when the file says they were done. */
    @Test
    void receiptAndPublicationOnFileDoNotActivateInSupervision() {
        LicensingBuilder done = new LicensingBuilder().receivedDate("2023-09-15").materialsComplete(true)
                .acceptanceDate("2023-09-15").receiptIssued(true).jointHandling(false).specialPeriodByLaw(false)
                .decisionDate("2023-10-19").granted(true).certificateIssuedDate("2023-10-20").published(true);
        CheckResult[] r = new CheckResult[1];
        assertThat(fired(CaseBuilder.licensing("q14").licensing(done).build(), CheckMode.SUPERVISION, r))
                .doesNotContain("L-ACC-2", "L-PUB-1");
        assertThat(fired(CaseBuilder.licensing("q15").licensing(done).build(), CheckMode.PRECHECK, r))
                .contains("L-ACC-2", "L-PUB-1");
        expect(r[0], "L-ACC-2", FindingStatus.SATISFIED, "2004");
        assertThat(fired(CaseBuilder.licensing("q16").licensing(done.receiptIssued(false).published(TriState.UNKNOWN))
                .build(), CheckMode.SUPERVISION, r)).contains("L-ACC-2", "L-PUB-1");
        expect(r[0], "L-ACC-2", FindingStatus.VIOLATION, "2004");
        expect(r[0], "L-PUB-1", FindingStatus.NEEDS_REVIEW, "2004");
    }

    /**
     * P-HEAR-10 (no decision inside the request window) and P-HEAR-4 (schedule notice 7 working days before the
     * hearing): quiet when the file is in order, firing on the day the order breaks.
     */
    @Test
    void hearingWindowsInOrderDoNotActivateInSupervision() {
        CheckResult[] r = new CheckResult[1];
        // Notified Fri 2022-05-06: 5 working days (调休 Sat 05-07 counted) end Thu 2022-05-12; 2022-05-20 is after them.
        CaseBuilder notified = inOrder("q17").step(StepKind.HEARING_RIGHT_NOTIFIED, "2022-05-06");
        assertThat(fired(notified.build(), CheckMode.SUPERVISION, r)).doesNotContain("P-HEAR-10");
        assertThat(fired(notified.build(), CheckMode.PRECHECK, r)).contains("P-HEAR-10");
        expect(r[0], "P-HEAR-10", FindingStatus.SATISFIED, "2021");
        assertThat(fired(notified.decidedOn("2022-05-12").build(), CheckMode.SUPERVISION, r)).contains("P-HEAR-10");
        expect(r[0], "P-HEAR-10", FindingStatus.VIOLATION, "2021");
        // Schedule served Fri 2022-04-22; 7 working days end Tue 2022-05-05 (May Day holidays 04-30..05-04, 调休
        // Sat 04-24 counted): a hearing on 2022-05-05 is in time, on 2022-05-04 it is not.
        CaseBuilder heard = inOrder("q18").step(StepKind.HEARING_REQUESTED, "2022-04-15")
                .step(StepKind.HEARING_SCHEDULE_SERVED, "2022-04-22");
        assertThat(fired(heard.step(StepKind.HEARING_HELD, "2022-05-05").build(), CheckMode.SUPERVISION, r))
                .doesNotContain("P-HEAR-4");
        assertThat(fired(heard.step(StepKind.HEARING_HELD, "2022-05-05").build(), CheckMode.PRECHECK, r))
                .contains("P-HEAR-4");
        expect(r[0], "P-HEAR-4", FindingStatus.SATISFIED, "2021");
        assertThat(fired(heard.step(StepKind.HEARING_HELD, "2022-05-04").build(), CheckMode.SUPERVISION, r))
                .contains("P-HEAR-4");
        expect(r[0], "P-HEAR-4", FindingStatus.VIOLATION, "2021");
    }

    /** P-SERV-2: electronic service with the party's consent on file is quiet; without it, a violation. */
    @Test
    void consentedElectronicServiceDoesNotActivateInSupervision() {
        CheckResult[] r = new CheckResult[1];
        CaseBuilder consented = inOrder("q19").servedOn("2022-05-23")
                .service(ServiceMethod.ELECTRONIC, TriState.NO, TriState.YES);
        assertThat(fired(consented.build(), CheckMode.SUPERVISION, r)).doesNotContain("P-SERV-2");
        assertThat(fired(consented.build(), CheckMode.PRECHECK, r)).contains("P-SERV-2");
        expect(r[0], "P-SERV-2", FindingStatus.SATISFIED, "2021");
        assertThat(fired(consented.service(ServiceMethod.ELECTRONIC, TriState.NO, TriState.NO).build(),
                CheckMode.SUPERVISION, r)).contains("P-SERV-2");
        expect(r[0], "P-SERV-2", FindingStatus.VIOLATION, "2021");
    }

    // ---- Multi-limb rules (Items) and deadlines on sub-records: the condition walks the consequence's own limbs ----

    /** {@link CoercionBuilder#seizureInOrder()}, as in CoercionRulesTest. */
    private static CoercionBuilder seizure() {
        return CoercionBuilder.seizureInOrder();
    }

    /**
     * Enforcement of a fine in order: reminder served Wed 2023-09-20 with a deadline on Sun 2023-10-01 (a holiday:
     * the deadline runs to the next working day, Sat 2023-10-07, a make-up working day), decided Sun 2023-10-08 (the
     * first day after it), enforced Mon 2023-10-09 at 10:00.
     */
    private static CoercionBuilder enforcement() {
        return new CoercionBuilder().kind(CoercionKind.ENFORCEMENT).urgent(false).reminderWritten(true)
                .reminderComplete(true).reminderServiceLawful(true).statementHeard(true)
                .enforcementDecisionComplete(true).utilitiesCut(false).assetTransferRisk(false)
                .reminderServed("2023-09-20").reminderDeadline("2023-10-01").enforcementDecisionDate("2023-10-08")
                .enforcementDate("2023-10-09").enforcementTime("10:00");
    }

    private static EnforcementCase coercionCase(CoercionBuilder b) {
        return CaseBuilder.coercion("qc").twoCertifiedOfficers().coercion(b).build();
    }

    /** Runs {@code c} in supervision, asserts {@code rule} fired and reported {@code status}. */
    private static void firesInSupervision(EnforcementCase c, String rule, FindingStatus status, String version) {
        CheckResult[] r = new CheckResult[1];
        assertThat(fired(c, CheckMode.SUPERVISION, r)).contains(rule);
        expect(r[0], rule, status, version);
    }

    @Test
    void aMeasureInOrderDoesNotActivateItsLimbRulesInSupervision() {
        List<String> quiet = List.of("C-SUBJ-1", "C-PROC-1", "C-SEIZ-2", "C-REC-1");
        CheckResult[] r = new CheckResult[1];
        assertThat(fired(coercionCase(seizure()), CheckMode.SUPERVISION, r)).doesNotContainAnyElementsOf(quiet);
        quiet.forEach(id -> expectNone(r[0], id));
        assertThat(fired(coercionCase(seizure()), CheckMode.PRECHECK, r)).containsAll(quiet);
        expect(r[0], "C-SUBJ-1", FindingStatus.SATISFIED, "2012");
        expect(r[0], "C-PROC-1", FindingStatus.SATISFIED, "2012");
        expect(r[0], "C-SEIZ-2", FindingStatus.SATISFIED, "2012");
        expect(r[0], "C-REC-1", FindingStatus.SATISFIED, "2019");
    }

    @Test
    void eachBrokenLimbOfAMeasureStillFiresInSupervision() {
        firesInSupervision(coercionCase(seizure().entrusted(true)), "C-SUBJ-1", FindingStatus.VIOLATION, "2012");
        firesInSupervision(coercionCase(seizure().legalBasis(TriState.UNKNOWN)), "C-SUBJ-1",
                FindingStatus.NEEDS_REVIEW, "2012");
        // C-SUBJ-1's officer limb: a certificate valid to the day of the measure is in order, to the day before not
        Officer lastDay = new Officer("O-2", OfficerRole.ENFORCEMENT_OFFICER, TriState.YES, LocalDate.of(2010, 1, 1),
                LocalDate.of(2023, 9, 4));
        Officer expired = new Officer("O-2", OfficerRole.ENFORCEMENT_OFFICER, TriState.YES, LocalDate.of(2010, 1, 1),
                LocalDate.of(2023, 9, 3));
        CheckResult[] r = new CheckResult[1];
        assertThat(fired(CaseBuilder.coercion("qc").officers(certified("O-1"), lastDay).coercion(seizure()).build(),
                CheckMode.SUPERVISION, r)).doesNotContain("C-SUBJ-1", "C-PROC-1");
        firesInSupervision(CaseBuilder.coercion("qc").officers(certified("O-1"), expired).coercion(seizure()).build(),
                "C-SUBJ-1", FindingStatus.VIOLATION, "2012");
        // C-PROC-1: one officer, an unknown record, an absent party without a witness
        firesInSupervision(CaseBuilder.coercion("qc").officers(certified("O-1"), CaseBuilder.auxiliary("A-1"))
                .coercion(seizure()).build(), "C-PROC-1", FindingStatus.VIOLATION, "2012");
        firesInSupervision(coercionCase(seizure().onSiteRecord(TriState.UNKNOWN)), "C-PROC-1",
                FindingStatus.NEEDS_REVIEW, "2012");
        firesInSupervision(coercionCase(seizure().partyPresent(false).witnessSigned(false)), "C-PROC-1",
                FindingStatus.VIOLATION, "2012");
        assertThat(fired(coercionCase(seizure().partyPresent(false).witnessSigned(true)), CheckMode.SUPERVISION, r))
                .doesNotContain("C-PROC-1");
        // an urgent measure needs no prior approval here (C-PROC-2 judges it)
        assertThat(fired(coercionCase(seizure().urgent(true).priorApproval(false).approvalDate("2023-09-04")),
                CheckMode.SUPERVISION, r)).doesNotContain("C-PROC-1");
        firesInSupervision(coercionCase(seizure().decisionComplete(false)), "C-SEIZ-2", FindingStatus.VIOLATION,
                "2012");
        firesInSupervision(coercionCase(seizure().videoRecorded(false)), "C-REC-1", FindingStatus.VIOLATION, "2019");
    }

    @Test
    void enforcementInOrderDoesNotActivateC_EXEC_1to3InSupervision() {
        List<String> quiet = List.of("C-EXEC-1", "C-EXEC-2", "C-EXEC-3");
        CheckResult[] r = new CheckResult[1];
        assertThat(fired(coercionCase(enforcement()), CheckMode.SUPERVISION, r)).doesNotContainAnyElementsOf(quiet);
        assertThat(fired(coercionCase(enforcement()), CheckMode.PRECHECK, r)).containsAll(quiet);
        quiet.forEach(id -> expect(r[0], id, FindingStatus.SATISFIED, "2012"));
    }

    @Test
    void enforcementFiresOnTheDayItsOrderBreaks() {
        CheckResult[] r = new CheckResult[1];
        // C-EXEC-1: the reminder served on the day of the decision is in order, the day after it is not
        assertThat(fired(coercionCase(enforcement().reminderServed("2023-10-08")), CheckMode.SUPERVISION, r))
                .doesNotContain("C-EXEC-1");
        firesInSupervision(coercionCase(enforcement().reminderServed("2023-10-09")), "C-EXEC-1",
                FindingStatus.VIOLATION, "2012");
        firesInSupervision(coercionCase(enforcement().reminderComplete(TriState.UNKNOWN)), "C-EXEC-1",
                FindingStatus.NEEDS_REVIEW, "2012");
        // C-EXEC-2: decided on Sat 2023-10-07, the reminder's last day (make-up working day): too early
        firesInSupervision(coercionCase(enforcement().enforcementDecisionDate("2023-10-07")), "C-EXEC-2",
                FindingStatus.VIOLATION, "2012");
        firesInSupervision(coercionCase(enforcement().reminderDeadline(null)), "C-EXEC-2",
                FindingStatus.NEEDS_REVIEW, "2012");
        // C-EXEC-3: 21:59 is in order, 22:00 is night (an UNVERIFIED parameter: NEEDS_REVIEW); Sat 2023-10-07 is a
        // make-up working day, Fri 2023-10-06 a statutory holiday
        assertThat(fired(coercionCase(enforcement().enforcementTime("21:59")), CheckMode.SUPERVISION, r))
                .doesNotContain("C-EXEC-3");
        firesInSupervision(coercionCase(enforcement().enforcementTime("22:00")), "C-EXEC-3",
                FindingStatus.NEEDS_REVIEW, "2012");
        assertThat(fired(coercionCase(enforcement().enforcementDecisionDate("2023-10-07")
                .enforcementDate("2023-10-07")), CheckMode.SUPERVISION, r)).doesNotContain("C-EXEC-3");
        firesInSupervision(coercionCase(enforcement().enforcementDecisionDate("2023-10-06")
                .enforcementDate("2023-10-06")), "C-EXEC-3", FindingStatus.VIOLATION, "2012");
        firesInSupervision(coercionCase(enforcement().utilitiesCut(true)), "C-EXEC-3", FindingStatus.VIOLATION,
                "2012");
        // beyond the calendar's years the day cannot be judged: the rule fires and says so
        int after = CATALOG.calendar().lastYear() + 1;
        EnforcementCase late = coercionCase(enforcement().reminderDeadline(after + "-01-02")
                .enforcementDecisionDate(after + "-01-10").enforcementDate(after + "-01-11"));
        CheckResult outside = Checks.CHECKER.check(late, LocalDate.of(after, 6, 1), CheckMode.SUPERVISION);
        assertThat(expect(outside, "C-EXEC-3", FindingStatus.NEEDS_REVIEW, "2012").facts())
                .containsKey("outsideCalendar");
        assertThat(expect(outside, "C-EXEC-2", FindingStatus.NEEDS_REVIEW, "2012").facts())
                .containsKey("outsideCalendar");
    }

    /** An application accepted on Fri 2023-09-15 and granted in time, everything on file (as LicensingRulesTest). */
    private static LicensingBuilder application() {
        return new LicensingBuilder().receivedDate("2023-09-15").materialsComplete(true).acceptanceDate("2023-09-15")
                .receiptIssued(true).jointHandling(false).specialPeriodByLaw(false).decisionDate("2023-10-19")
                .granted(true).certificateIssuedDate("2023-10-20").published(true).substantiveVerification(true)
                .verifierCount(2);
    }

    private static EnforcementCase licensingCase(UnaryOperator<LicensingBuilder> change) {
        return CaseBuilder.licensing("ql").licensing(change.apply(application())).build();
    }

    @Test
    void anApplicationInOrderDoesNotActivateL_EXAM_1_L_DEC_1_L_DEC_6InSupervision() {
        List<String> quiet = List.of("L-EXAM-1", "L-DEC-1", "L-DEC-6");
        CheckResult[] r = new CheckResult[1];
        assertThat(fired(licensingCase(b -> b), CheckMode.SUPERVISION, r)).doesNotContainAnyElementsOf(quiet);
        assertThat(fired(licensingCase(b -> b), CheckMode.PRECHECK, r)).containsAll(quiet);
        quiet.forEach(id -> expect(r[0], id, FindingStatus.SATISFIED, "2004"));
    }

    @Test
    void licensingFiresOnTheDayItsOrderBreaks() {
        CheckResult[] r = new CheckResult[1];
        firesInSupervision(licensingCase(b -> b.verifierCount(1)), "L-EXAM-1", FindingStatus.VIOLATION, "2004");
        firesInSupervision(licensingCase(b -> b.verifierCount(null)), "L-EXAM-1", FindingStatus.NEEDS_REVIEW, "2004");
        // L-DEC-1: Fri 09-15 + 20 working days = Thu 10-19; an approved, explained 10-day extension: Thu 11-02
        firesInSupervision(licensingCase(b -> b.decisionDate("2023-10-20")), "L-DEC-1", FindingStatus.VIOLATION,
                "2004");
        UnaryOperator<LicensingBuilder> extended = b -> b.extensionApproved(true).extensionReasonNotified(true)
                .extensionDays(10);
        assertThat(fired(licensingCase(b -> extended.apply(b).decisionDate("2023-11-02")), CheckMode.SUPERVISION, r))
                .doesNotContain("L-DEC-1");
        firesInSupervision(licensingCase(b -> extended.apply(b).decisionDate("2023-11-03")), "L-DEC-1",
                FindingStatus.VIOLATION, "2004");
        // excluded time told in writing extends the period (to 10-26); not told, it does not
        assertThat(fired(licensingCase(b -> b.excludedDays(5).excludedNotified(true).decisionDate("2023-10-26")),
                CheckMode.SUPERVISION, r)).doesNotContain("L-DEC-1");
        firesInSupervision(licensingCase(b -> b.excludedDays(5).excludedNotified(false).decisionDate("2023-10-26")),
                "L-DEC-1", FindingStatus.VIOLATION, "2004");
        // not yet decided: PENDING, reported in supervision
        CheckResult pending = Checks.CHECKER.check(licensingCase(b -> b.decisionDate(null).certificateIssuedDate(null)
                .granted(TriState.UNKNOWN)), LocalDate.of(2023, 10, 19), CheckMode.SUPERVISION);
        expect(pending, "L-DEC-1", FindingStatus.PENDING, "2004");
        // the calendar data do not cover 2004: in force, but the period cannot be counted
        firesInSupervision(licensingCase(b -> b.receivedDate("2004-07-01").acceptanceDate("2004-07-01")
                .decisionDate("2004-12-30").certificateIssuedDate("2004-12-31")), "L-DEC-1",
                FindingStatus.NEEDS_REVIEW, "2004");
        // L-DEC-6: decided Wed 09-27, 10 working days end Tue 10-17
        UnaryOperator<LicensingBuilder> decided = b -> b.acceptanceDate("2023-09-20").decisionDate("2023-09-27");
        assertThat(fired(licensingCase(b -> decided.apply(b).certificateIssuedDate("2023-10-17")),
                CheckMode.SUPERVISION, r)).doesNotContain("L-DEC-6");
        firesInSupervision(licensingCase(b -> decided.apply(b).certificateIssuedDate("2023-10-18")), "L-DEC-6",
                FindingStatus.VIOLATION, "2004");
    }

    /** C-PROC-3, C-SEIZ-1/3/4, C-FRZ-1/2: measures in order are quiet; each breaks on the limb or day it should. */
    @Test
    void furtherMeasureRulesAreQuietInOrderAndFireWhenBroken() {
        CheckResult[] r = new CheckResult[1];
        // liberty restricted, family told: C-PROC-3 quiet; not told: VIOLATION
        CoercionBuilder liberty = seizure().kind(CoercionKind.LIBERTY_RESTRICTION).familyNotified(true);
        assertThat(fired(coercionCase(liberty), CheckMode.SUPERVISION, r)).doesNotContain("C-PROC-3");
        assertThat(fired(coercionCase(liberty), CheckMode.PRECHECK, r)).contains("C-PROC-3");
        expect(r[0], "C-PROC-3", FindingStatus.SATISFIED, "2012");
        firesInSupervision(coercionCase(seizure().kind(CoercionKind.LIBERTY_RESTRICTION).familyNotified(false)),
                "C-PROC-3", FindingStatus.VIOLATION, "2012");
        // a seizure disposed of on Sat 2023-10-07 (30 days from 09-04 end on a holiday, moved to the make-up day)
        CoercionBuilder disposed = seizure().dispositionDate("2023-10-07");
        List<String> quiet = List.of("C-SEIZ-1", "C-SEIZ-3", "C-SEIZ-4");
        assertThat(fired(coercionCase(disposed), CheckMode.SUPERVISION, r)).doesNotContainAnyElementsOf(quiet);
        assertThat(fired(coercionCase(seizure().dispositionDate("2023-10-07")), CheckMode.PRECHECK, r))
                .containsAll(quiet);
        quiet.forEach(id -> expect(r[0], id, FindingStatus.SATISFIED, "2012"));
        firesInSupervision(coercionCase(seizure().dispositionDate("2023-10-08")), "C-SEIZ-4",
                FindingStatus.VIOLATION, "2012");
        firesInSupervision(coercionCase(seizure().dispositionDate("2023-09-20").itemsReturned(false)), "C-SEIZ-4",
                FindingStatus.VIOLATION, "2012");
        firesInSupervision(coercionCase(seizure().dispositionDate(null)), "C-SEIZ-4", FindingStatus.NEEDS_REVIEW,
                "2012"); // overdue at the as-of date, date not on file
        // testing time told in writing adds its days (35 days: Mon 10-09); an approved 30-day extension adds 30
        assertThat(fired(coercionCase(seizure().testingDays(5).testingNotified(true).dispositionDate("2023-10-09")),
                CheckMode.SUPERVISION, r)).doesNotContainAnyElementsOf(quiet);
        firesInSupervision(coercionCase(seizure().testingDays(5).testingNotified(TriState.UNKNOWN)
                .dispositionDate("2023-10-09")), "C-SEIZ-3", FindingStatus.NEEDS_REVIEW, "2012");
        CoercionBuilder extended = seizure().extensionDate("2023-10-07").extensionDays(30).extensionApproved(true)
                .extensionNotified(true);
        assertThat(fired(coercionCase(extended.dispositionDate("2023-11-03")), CheckMode.SUPERVISION, r))
                .doesNotContainAnyElementsOf(quiet);
        firesInSupervision(coercionCase(seizure().extensionDate("2023-10-08").extensionDays(30)
                .extensionApproved(true).extensionNotified(true).dispositionDate("2023-11-03")), "C-SEIZ-3",
                FindingStatus.VIOLATION, "2012"); // extended the day after the period ended
        firesInSupervision(coercionCase(seizure().dailyNecessities(true)), "C-SEIZ-1", FindingStatus.VIOLATION,
                "2012");
        firesInSupervision(coercionCase(seizure().periodDays(31)), "C-SEIZ-3", FindingStatus.VIOLATION, "2012");
        // a freeze on Wed 09-27, decision handed over on Sun 10-08 (the third working day), released 10-27
        CoercionBuilder freeze = seizure().kind(CoercionKind.FREEZE).measureDate("2023-09-27").freezeAmount("10000")
                .involvedAmount("10000").freezeDecisionServed("2023-10-08").dispositionDate("2023-10-27");
        assertThat(fired(coercionCase(freeze), CheckMode.SUPERVISION, r)).doesNotContain("C-FRZ-1", "C-FRZ-2");
        firesInSupervision(coercionCase(freeze.freezeDecisionServed("2023-10-09")), "C-FRZ-1",
                FindingStatus.VIOLATION, "2012");
        firesInSupervision(coercionCase(freeze.freezeDecisionServed("2023-10-08").freezeAmount("10000.01")),
                "C-FRZ-1", FindingStatus.VIOLATION, "2012");
        // 30 days from 09-27 end on Fri 10-27
        firesInSupervision(coercionCase(freeze.freezeAmount("10000").dispositionDate("2023-10-28")), "C-FRZ-2",
                FindingStatus.VIOLATION, "2012");
    }

    /** C-EXEC-4, C-MON-1/2, C-SUB-1, C-COURT-3: enforcement in order is quiet; each breaks where it should. */
    @Test
    void furtherEnforcementRulesAreQuietInOrderAndFireWhenBroken() {
        CheckResult[] r = new CheckResult[1];
        // a demolition after the 6-month lawsuit period from 04-03 (ends 10-03, a holiday, moved to 10-07)
        CoercionBuilder demolition = enforcement().kind(CoercionKind.DEMOLITION).announcementMade(true)
                .remedySought(false).underlyingDecisionServed("2023-04-03").enforcementDecisionDate("2023-10-08")
                .enforcementDate("2023-10-08").enforcementTime("10:00");
        assertThat(fired(coercionCase(demolition), CheckMode.SUPERVISION, r)).doesNotContain("C-EXEC-4");
        assertThat(fired(coercionCase(demolition), CheckMode.PRECHECK, r)).contains("C-EXEC-4");
        expect(r[0], "C-EXEC-4", FindingStatus.SATISFIED, "2012");
        firesInSupervision(coercionCase(demolition.enforcementDecisionDate("2023-10-07")
                .enforcementDate("2023-10-07")), "C-EXEC-4", FindingStatus.VIOLATION, "2012");
        firesInSupervision(coercionCase(demolition.enforcementDecisionDate("2023-10-08")
                .enforcementDate("2023-10-08").underlyingDecisionServed(null)), "C-EXEC-4",
                FindingStatus.NEEDS_REVIEW, "2012"); // when the periods ended is not on file
        // a surcharge from 09-04 (30 days end 10-04, moved to 10-07), enforced on 10-09
        CoercionBuilder surcharge = enforcement().surchargeStandardNotified(true).surchargeStart("2023-09-04")
                .surchargeAmount("1000").principalAmount("1000").enforcementPower(true);
        List<String> quiet = List.of("C-MON-1", "C-MON-2");
        assertThat(fired(coercionCase(surcharge), CheckMode.SUPERVISION, r)).doesNotContainAnyElementsOf(quiet);
        assertThat(fired(coercionCase(surcharge), CheckMode.PRECHECK, r)).containsAll(quiet);
        quiet.forEach(id -> expect(r[0], id, FindingStatus.SATISFIED, "2012"));
        firesInSupervision(coercionCase(surcharge.surchargeAmount("1000.01")), "C-MON-1", FindingStatus.VIOLATION,
                "2012");
        firesInSupervision(coercionCase(surcharge.surchargeAmount("1000").enforcementDecisionDate("2023-10-07")
                .enforcementDate("2023-10-07")), "C-MON-2", FindingStatus.VIOLATION, "2012");
        // substitute performance on Sun 10-08, reminder served Wed 09-27 (3 working days: 09-28, 10-07, 10-08)
        CoercionBuilder substitute = enforcement().kind(CoercionKind.SUBSTITUTE_PERFORMANCE).substituteDecision(true)
                .supervisorPresent(true).documentsSigned(true).reminderServed("2023-09-27")
                .reminderDeadline("2023-09-27").enforcementDecisionDate("2023-10-08").enforcementDate("2023-10-08");
        assertThat(fired(coercionCase(substitute), CheckMode.SUPERVISION, r)).doesNotContain("C-SUB-1");
        assertThat(fired(coercionCase(substitute), CheckMode.PRECHECK, r)).contains("C-SUB-1");
        expect(r[0], "C-SUB-1", FindingStatus.SATISFIED, "2012");
        firesInSupervision(coercionCase(substitute.enforcementDecisionDate("2023-10-07")
                .enforcementDate("2023-10-07")), "C-SUB-1", FindingStatus.VIOLATION, "2012");
        // a complete court application: C-COURT-3 quiet; incomplete: VIOLATION
        CoercionBuilder court = new CoercionBuilder().kind(CoercionKind.ENFORCEMENT).remedySought(false)
                .remedyPeriodEnd("2023-07-01").reminderServed("2023-09-22").courtApplicationDate("2023-10-07")
                .applicationComplete(true);
        assertThat(fired(coercionCase(court), CheckMode.SUPERVISION, r)).doesNotContain("C-COURT-3");
        assertThat(fired(coercionCase(court), CheckMode.PRECHECK, r)).contains("C-COURT-3");
        expect(r[0], "C-COURT-3", FindingStatus.SATISFIED, "2012");
        firesInSupervision(coercionCase(court.applicationComplete(false)), "C-COURT-3", FindingStatus.VIOLATION,
                "2012");
    }

    /** P-OFF-3 (police on-the-spot decision by a certified officer) is quiet as P-OFF-2 is. */
    @Test
    void aCertifiedPoliceOfficerOnTheSpotDoesNotActivateP_OFF_3InSupervision() {
        Officer untilDecision = new Officer("P-1", OfficerRole.ENFORCEMENT_OFFICER, TriState.YES,
                LocalDate.of(2010, 1, 1), LocalDate.of(2022, 5, 20));
        Officer expired = new Officer("P-1", OfficerRole.ENFORCEMENT_OFFICER, TriState.YES,
                LocalDate.of(2010, 1, 1), LocalDate.of(2022, 5, 19));
        CheckResult[] r = new CheckResult[1];
        EnforcementCase inOrder = CaseBuilder.penalty("qp").agency(AgencySystem.PUBLIC_SECURITY).summary().fine("200")
                .officers(untilDecision).decidedOn("2022-05-20").build();
        assertThat(fired(inOrder, CheckMode.SUPERVISION, r)).doesNotContain("P-OFF-3");
        assertThat(fired(inOrder, CheckMode.PRECHECK, r)).contains("P-OFF-3");
        expect(r[0], "P-OFF-3", FindingStatus.SATISFIED, "2018");
        firesInSupervision(CaseBuilder.penalty("qp").agency(AgencySystem.PUBLIC_SECURITY).summary().fine("200")
                .officers(expired).decidedOn("2022-05-20").build(), "P-OFF-3", FindingStatus.VIOLATION, "2018");
    }

    // ---- Rules with several outcomes: the condition runs the consequence's own code on a probe ------------------

    @Test
    void aProbeAddsNoFindingAndTellsWhetherItsOutcomeIsShown() {
        Assessment supervision = new Assessment(inOrder("qp1").build(), AS_OF, CheckMode.SUPERVISION, CATALOG);
        FindingBuilder satisfied = supervision.probe("P-OFF-1@2021");
        satisfied.fact("officerCount", 2).satisfied();
        assertThat(satisfied.wouldReport()).isFalse();
        FindingBuilder pending = supervision.probe("P-OFF-1@2021");
        pending.pending(AS_OF);
        assertThat(pending.wouldReport()).isTrue();
        FindingBuilder violation = supervision.probe("P-OFF-1@2021");
        violation.violation();
        assertThat(violation.wouldReport()).isTrue();
        assertThat(supervision.result().findings()).isEmpty();
        Assessment precheck = new Assessment(inOrder("qp2").build(), AS_OF, CheckMode.PRECHECK, CATALOG);
        FindingBuilder shown = precheck.probe("P-OFF-1@2021");
        shown.satisfied();
        assertThat(shown.wouldReport()).isTrue();
        assertThat(precheck.result().findings()).isEmpty();
    }

    @Test
    void summaryFineWithinTheCeilingDoesNotActivateP_SIMP_1InSupervision() {
        CheckResult[] r = new CheckResult[1];
        UnaryOperator<CaseBuilder> onTheSpot = b -> b.agency(AgencySystem.MARKET_REGULATION).summary()
                .twoCertifiedOfficers().decidedOn("2022-05-09").servedOn("2022-05-09");
        EnforcementCase atCeiling = onTheSpot.apply(CaseBuilder.penalty("qs1")).fine("200").build();
        assertThat(fired(atCeiling, CheckMode.SUPERVISION, r)).doesNotContain("P-SIMP-1");
        assertThat(fired(atCeiling, CheckMode.PRECHECK, r)).contains("P-SIMP-1");
        expect(r[0], "P-SIMP-1", FindingStatus.SATISFIED, "2021");
        assertThat(fired(onTheSpot.apply(CaseBuilder.penalty("qs2")).penalty(PenaltyKind.WARNING).build(),
                CheckMode.SUPERVISION, r)).doesNotContain("P-SIMP-1");
        firesInSupervision(onTheSpot.apply(CaseBuilder.penalty("qs3")).fine("200.01").build(), "P-SIMP-1",
                FindingStatus.VIOLATION, "2021");
        firesInSupervision(onTheSpot.apply(CaseBuilder.penalty("qs4")).penalty(PenaltyKind.SUSPEND_LICENCE).build(),
                "P-SIMP-1", FindingStatus.VIOLATION, "2021");
        firesInSupervision(onTheSpot.apply(CaseBuilder.penalty("qs5")).build(), "P-SIMP-1",
                FindingStatus.NEEDS_REVIEW, "2021"); // no penalty on file
    }

    @Test
    void aDraftWhoseRequestWindowHasRunOutDoesNotActivateP_HEAR_10InSupervision() {
        // Notified Wed 2022-09-28: 5 working days (29, 30 Sep, 8, 9, 10 Oct) end Mon 2022-10-10; not yet decided
        EnforcementCase draft = CaseBuilder.penalty("qh").individualAged(AgeBand.ADULT)
                .proposed(PenaltyKind.FINE, "5000").twoCertifiedOfficers().filed("2022-09-01")
                .noticeServed("2022-09-28").build();
        Assessment after = new Assessment(draft, LocalDate.of(2022, 10, 11), CheckMode.SUPERVISION, CATALOG);
        assertThat(Hearings.noDecisionInsideRequestWindowReports(after, "P-HEAR-10@2021", LocalDate.of(2022, 9, 28)))
                .isFalse();
        expectNone(Checks.CHECKER.check(draft, LocalDate.of(2022, 10, 11), CheckMode.SUPERVISION), "P-HEAR-10");
        expect(Checks.CHECKER.check(draft, LocalDate.of(2022, 10, 11), CheckMode.PRECHECK), "P-HEAR-10",
                FindingStatus.SATISFIED, "2021");
        Assessment within = new Assessment(draft, LocalDate.of(2022, 10, 10), CheckMode.SUPERVISION, CATALOG);
        assertThat(Hearings.noDecisionInsideRequestWindowReports(within, "P-HEAR-10@2021", LocalDate.of(2022, 9, 28)))
                .isTrue();
        expect(Checks.CHECKER.check(draft, LocalDate.of(2022, 10, 10), CheckMode.SUPERVISION), "P-HEAR-10",
                FindingStatus.PENDING, "2021");
    }

    @Test
    void licensingHearingAndRenewalInOrderDoNotActivateInSupervision() {
        CheckResult[] r = new CheckResult[1];
        UnaryOperator<LicensingBuilder> contested = b -> b.majorInterestsOfOthers(true).hearingRightNotified(true)
                .hearingRightNotifiedDate("2023-09-20");
        UnaryOperator<LicensingBuilder> renewed = b -> b.licenceExpiry("2023-10-31").renewalApplicationDate("2023-08-01")
                .renewalDecisionDate("2023-10-31");
        List<String> quiet = List.of("L-HEAR-2", "L-REN-1");
        assertThat(fired(licensingCase(b -> renewed.apply(contested.apply(b))), CheckMode.SUPERVISION, r))
                .doesNotContainAnyElementsOf(quiet);
        assertThat(fired(licensingCase(b -> renewed.apply(contested.apply(b))), CheckMode.PRECHECK, r))
                .containsAll(quiet);
        quiet.forEach(id -> expect(r[0], id, FindingStatus.SATISFIED, "2004"));
        // a request on the last day of the window (Wed 09-27) obliges a hearing within 20 working days (Tue 10-31)
        assertThat(fired(licensingCase(b -> contested.apply(b).hearingRequestDate("2023-09-27")
                .hearingDate("2023-10-31")), CheckMode.SUPERVISION, r)).doesNotContain("L-HEAR-2");
        firesInSupervision(licensingCase(b -> contested.apply(b).hearingRequestDate("2023-09-27")
                .hearingDate("2023-11-01")), "L-HEAR-2", FindingStatus.VIOLATION, "2004");
        firesInSupervision(licensingCase(b -> b.majorInterestsOfOthers(true).hearingRightNotified(false)),
                "L-HEAR-2", FindingStatus.VIOLATION, "2004");
        // renewal decided the day after expiry: VIOLATION
        firesInSupervision(licensingCase(b -> renewed.apply(b).renewalDecisionDate("2023-11-01")), "L-REN-1",
                FindingStatus.VIOLATION, "2004");
    }

    @Test
    void aCourtApplicationInOrderDoesNotActivateC_COURT_1_2InSupervision() {
        CheckResult[] r = new CheckResult[1];
        // remedy periods ended Thu 07-20: apply within 3 months (Fri 10-20); reminder served Fri 09-22: the tenth
        // working day after it is Thu 10-12, so from Fri 10-13
        UnaryOperator<CoercionBuilder> court = b -> b.kind(CoercionKind.ENFORCEMENT).remedySought(false)
                .remedyPeriodEnd("2023-07-20").reminderServed("2023-09-22").applicationComplete(true);
        List<String> quiet = List.of("C-COURT-1", "C-COURT-2");
        EnforcementCase inOrder = coercionCase(court.apply(new CoercionBuilder()).courtApplicationDate("2023-10-13"));
        assertThat(fired(inOrder, CheckMode.SUPERVISION, r)).doesNotContainAnyElementsOf(quiet);
        assertThat(fired(inOrder, CheckMode.PRECHECK, r)).containsAll(quiet);
        quiet.forEach(id -> expect(r[0], id, FindingStatus.SATISFIED, "2012"));
        assertThat(fired(coercionCase(court.apply(new CoercionBuilder()).courtApplicationDate("2023-10-20")),
                CheckMode.SUPERVISION, r)).doesNotContainAnyElementsOf(quiet);
        firesInSupervision(coercionCase(court.apply(new CoercionBuilder()).courtApplicationDate("2023-10-21")),
                "C-COURT-1", FindingStatus.VIOLATION, "2012");
        firesInSupervision(coercionCase(court.apply(new CoercionBuilder()).courtApplicationDate("2023-10-12")),
                "C-COURT-2", FindingStatus.NEEDS_REVIEW, "2012");
        firesInSupervision(coercionCase(court.apply(new CoercionBuilder()).remedySought(true)
                .courtApplicationDate("2023-10-13")), "C-COURT-1", FindingStatus.NEEDS_REVIEW, "2012");
    }
}
