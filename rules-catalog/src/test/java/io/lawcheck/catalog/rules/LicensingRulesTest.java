package io.lawcheck.catalog.rules;

import io.lawcheck.core.check.CheckResult;
import io.lawcheck.core.check.Finding;
import io.lawcheck.core.model.EnforcementCase;
import io.lawcheck.core.model.TriState;
import io.lawcheck.fixtures.CaseBuilder;
import io.lawcheck.fixtures.LicensingBuilder;
import io.lawcheck.fixtures.RuleTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

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
 * 行政许可法 rules (licensing.drl). Every agency time limit is in working days (Art 82), so the boundaries sit across
 * the 2023 National Day week (holidays 09-29 to 10-06; Sat 10-07 and Sun 10-08 are make-up working days). OTHER_VERSION:
 * the law is in force from 2004-07-01; a file dated the day before gets no finding (the calendar data start in 2014,
 * so a calendar rule dated 2004-07-01 answers NEEDS_REVIEW: it applies but cannot count).
 */
class LicensingRulesTest {
    private static final String AS_OF = "2024-06-01";
    private static final String V = "2004";

    /** An application accepted on Fri 2023-09-15 and granted in time, everything on file. */
    private static LicensingBuilder application() {
        return new LicensingBuilder().receivedDate("2023-09-15").materialsComplete(true).acceptanceDate("2023-09-15")
                .receiptIssued(true).jointHandling(false).specialPeriodByLaw(false).decisionDate("2023-10-19")
                .granted(true).certificateIssuedDate("2023-10-20").published(true);
    }

    private static EnforcementCase caseOf(LicensingBuilder b) {
        return CaseBuilder.licensing("L-1").licensing(b).build();
    }

    private static CheckResult run(LicensingBuilder b) {
        return precheck(caseOf(b), AS_OF);
    }

    // ---- L-ACC-1 / L-ACC-2 -------------------------------------------------------------------------------------

    private static LicensingBuilder incomplete() {
        return application().materialsComplete(false).receivedDate("2023-09-27").missingItemsAllAtOnce(true)
                .acceptanceDate("2023-10-20").decisionDate("2023-11-01");
    }

    @Test
    @RuleTest(rule = "L-ACC-1", value = {TRIGGERS, OTHER_VERSION})
    void missingItemsNotToldAtOnce() {
        Finding f = expect(run(incomplete().missingItemsNoticeDate("2023-09-28").missingItemsAllAtOnce(false)),
                "L-ACC-1", VIOLATION, V);
        assertThat(f.message().zh()).contains("一次告知").contains("2023-09-27");
        expect(precheck(caseOf(incomplete()), "2023-10-10"), "L-ACC-1", PENDING, V);
        expect(precheck(caseOf(incomplete()), "2023-10-11"), "L-ACC-1", NEEDS_REVIEW, V);
        expectNone(precheck(caseOf(incomplete().receivedDate("2004-06-30").missingItemsNoticeDate("2004-07-30")),
                AS_OF), "L-ACC-1");
    }

    @Test
    @RuleTest(rule = "L-ACC-1", value = {JUST_UNDER, JUST_OVER})
    void fiveWorkingDaysAcrossTheHoliday() {
        // Wed 09-27 + 5 working days = 09-28, 10-07, 10-08, 10-09, 10-10
        expect(run(incomplete().missingItemsNoticeDate("2023-10-10")), "L-ACC-1", SATISFIED, V);
        Finding f = expect(run(incomplete().missingItemsNoticeDate("2023-10-11")), "L-ACC-1", VIOLATION, V);
        assertThat(f.facts()).containsEntry("dueDate", LocalDate.of(2023, 10, 10));
    }

    @Test
    @RuleTest(rule = "L-ACC-2", value = {TRIGGERS, JUST_UNDER, JUST_OVER, OTHER_VERSION})
    void writtenReceipt() {
        expect(run(application().receiptIssued(false)), "L-ACC-2", VIOLATION, V);
        expect(run(application()), "L-ACC-2", SATISFIED, V);
        expect(run(application().receiptIssued(TriState.UNKNOWN)), "L-ACC-2", NEEDS_REVIEW, V);
        expectNone(run(application().receiptIssued(false).acceptanceDate("2004-06-30")), "L-ACC-2");
        expect(run(application().receiptIssued(false).acceptanceDate("2004-07-01")), "L-ACC-2", VIOLATION, V);
    }

    // ---- L-EXAM-1 / L-EXAM-2 -----------------------------------------------------------------------------------

    @Test
    @RuleTest(rule = "L-EXAM-1", value = {TRIGGERS, JUST_UNDER, JUST_OVER, OTHER_VERSION})
    void twoVerifiers() {
        LicensingBuilder b = application().substantiveVerification(true);
        expect(run(b.verifierCount(0)), "L-EXAM-1", VIOLATION, V);
        expect(run(b.verifierCount(2)), "L-EXAM-1", SATISFIED, V);
        expect(run(b.verifierCount(1)), "L-EXAM-1", VIOLATION, V);
        expect(run(b.verifierCount(null)), "L-EXAM-1", NEEDS_REVIEW, V);
        expectNone(run(application().substantiveVerification(false).verifierCount(1)), "L-EXAM-1");
        expectNone(run(b.verifierCount(1).acceptanceDate("2004-06-30")), "L-EXAM-1");
    }

    @Test
    @RuleTest(rule = "L-EXAM-2", value = {TRIGGERS, JUST_UNDER, JUST_OVER, OTHER_VERSION})
    void interestedPersonToldAndHeard() {
        LicensingBuilder b = application().thirdPartyMajorInterest(true).thirdPartyNotified(true);
        expect(run(b.thirdPartyHeard(false)), "L-EXAM-2", VIOLATION, V);
        expect(run(b.thirdPartyHeard(true)), "L-EXAM-2", SATISFIED, V);
        expect(run(b.thirdPartyNotified(false)), "L-EXAM-2", VIOLATION, V);
        expectNone(run(b.acceptanceDate("2004-06-30")), "L-EXAM-2");
    }

    // ---- L-DEC-1 / L-DEC-2 / L-DEC-3 ---------------------------------------------------------------------------

    @Test
    @RuleTest(rule = "L-DEC-1", value = {TRIGGERS, OTHER_VERSION})
    void lateDecisionAndWhatExtendsThePeriod() {
        Finding f = expect(run(application().decisionDate("2023-11-03")), "L-DEC-1", VIOLATION, V);
        assertThat(f.dueDate()).isEqualTo(LocalDate.of(2023, 10, 19));
        // an approved and explained 10-day extension: 30 working days end on Thu 11-02
        LicensingBuilder ext = application().extensionApproved(true).extensionReasonNotified(true).extensionDays(10);
        expect(run(ext.decisionDate("2023-11-02")), "L-DEC-1", SATISFIED, V);
        expect(run(ext.decisionDate("2023-11-03")), "L-DEC-1", VIOLATION, V);
        expect(run(ext.extensionDays(15).decisionDate("2023-11-03")), "L-DEC-1", VIOLATION, V); // capped at 10
        expect(run(application().extensionApproved(true).extensionReasonNotified(false).extensionDays(10)
                .decisionDate("2023-11-02")), "L-DEC-1", VIOLATION, V); // reason not told: no extension
        expect(run(application().specialPeriodByLaw(true).decisionDate("2023-11-03")), "L-DEC-1", NEEDS_REVIEW, V);
        // incomplete materials told late: the period runs from receipt (Fri 09-01), 20 working days end on
        // Sat 10-07 (a make-up working day), not 20 working days from the formal acceptance (09-20)
        Finding deemed = expect(run(application().receivedDate("2023-09-01").materialsComplete(false)
                .missingItemsNoticeDate("2023-09-15").missingItemsAllAtOnce(true).acceptanceDate("2023-09-20")
                .decisionDate("2023-10-08")), "L-DEC-1", VIOLATION, V);
        assertThat(deemed.dueDate()).isEqualTo(LocalDate.of(2023, 10, 7));
        assertThat(deemed.facts()).containsEntry("deemedAcceptedOn", LocalDate.of(2023, 9, 1));
        expectNone(run(application().acceptanceDate("2004-06-30").decisionDate("2004-12-30")), "L-DEC-1");
        expect(run(application().acceptanceDate("2004-07-01").decisionDate("2004-12-30")), "L-DEC-1", NEEDS_REVIEW,
                V); // in force, but the calendar data do not cover 2004
    }

    @Test
    @RuleTest(rule = "L-DEC-1", value = {JUST_UNDER, JUST_OVER})
    void twentyWorkingDaysAcrossTheHoliday() {
        // Fri 09-15 + 20 working days = Thu 10-19 (natural-day counting would end on 10-05)
        expect(run(application().decisionDate("2023-10-19")), "L-DEC-1", SATISFIED, V);
        expect(run(application().decisionDate("2023-10-20")), "L-DEC-1", VIOLATION, V);
        expect(precheck(caseOf(application().decisionDate(null)), "2023-10-19"), "L-DEC-1", PENDING, V);
    }

    @Test
    @RuleTest(rule = "L-DEC-2", value = {TRIGGERS, JUST_UNDER, JUST_OVER, OTHER_VERSION})
    void jointHandlingFortyFiveWorkingDays() {
        LicensingBuilder b = application().jointHandling(true);
        expectNone(run(b.decisionDate("2023-11-23")), "L-DEC-1");
        expect(run(b.decisionDate("2023-12-20")), "L-DEC-2", VIOLATION, V);
        // Fri 09-15 + 45 working days = Thu 11-23; + 15 with approval = Thu 12-14
        expect(run(b.decisionDate("2023-11-23")), "L-DEC-2", SATISFIED, V);
        expect(run(b.decisionDate("2023-11-24")), "L-DEC-2", VIOLATION, V);
        expect(run(b.extensionApproved(true).extensionReasonNotified(true).extensionDays(15)
                .decisionDate("2023-12-14")), "L-DEC-2", SATISFIED, V);
        expectNone(run(b.acceptanceDate("2004-06-30").decisionDate("2004-12-30")), "L-DEC-2");
    }

    @Test
    @RuleTest(rule = "L-DEC-3", value = {TRIGGERS, JUST_UNDER, JUST_OVER, OTHER_VERSION})
    void lowerLevelReviewTwentyWorkingDays() {
        LicensingBuilder b = application().lowerLevelReview(true);
        expect(run(b.referralDate("2023-11-30")), "L-DEC-3", VIOLATION, V);
        expect(run(b.referralDate("2023-10-19")), "L-DEC-3", SATISFIED, V);
        expect(run(b.referralDate("2023-10-20")), "L-DEC-3", VIOLATION, V);
        expectNone(run(b.acceptanceDate("2004-06-30")), "L-DEC-3");
    }

    // ---- L-DEC-4 / L-DEC-5 / L-DEC-6 ---------------------------------------------------------------------------

    @Test
    @RuleTest(rule = "L-DEC-4", value = {TRIGGERS, JUST_UNDER, JUST_OVER, OTHER_VERSION})
    void excludedTimeToldInWriting() {
        LicensingBuilder b = application().excludedDays(5);
        expect(run(b.excludedNotified(false)), "L-DEC-4", VIOLATION, V);
        // told in writing: the 5 working days extend L-DEC-1's period from 10-19 to 10-26
        expect(run(b.excludedNotified(true).decisionDate("2023-10-26")), "L-DEC-4", SATISFIED, V);
        expect(run(b.excludedNotified(true).decisionDate("2023-10-26")), "L-DEC-1", SATISFIED, V);
        expect(run(b.excludedNotified(false).decisionDate("2023-10-26")), "L-DEC-1", VIOLATION, V);
        expectNone(run(application().excludedDays(0).excludedNotified(false)), "L-DEC-4");
        expectNone(run(b.excludedNotified(false).decisionDate("2004-06-30").acceptanceDate("2004-06-01")), "L-DEC-4");
    }

    @Test
    @RuleTest(rule = "L-DEC-5", value = {TRIGGERS, JUST_UNDER, JUST_OVER, OTHER_VERSION})
    void refusalWithReasonsAndRemedies() {
        LicensingBuilder b = application().granted(false).certificateIssuedDate(null).refusalReasonsGiven(true);
        expect(run(b.remedyRightsTold(false)), "L-DEC-5", VIOLATION, V);
        expect(run(b.remedyRightsTold(true)), "L-DEC-5", SATISFIED, V);
        expect(run(b.refusalReasonsGiven(false)), "L-DEC-5", VIOLATION, V);
        expectNone(run(application().refusalReasonsGiven(false)), "L-DEC-5"); // granted
        expectNone(run(b.decisionDate("2004-06-30")), "L-DEC-5");
    }

    @Test
    @RuleTest(rule = "L-DEC-6", value = {TRIGGERS, JUST_UNDER, JUST_OVER, OTHER_VERSION})
    void certificateWithinTenWorkingDays() {
        // Wed 09-27 + 10 working days = Tue 10-17
        LicensingBuilder b = application().acceptanceDate("2023-09-20").decisionDate("2023-09-27");
        expect(run(b.certificateIssuedDate("2023-11-01")), "L-DEC-6", VIOLATION, V);
        expect(run(b.certificateIssuedDate("2023-10-17")), "L-DEC-6", SATISFIED, V);
        expect(run(b.certificateIssuedDate("2023-10-18")), "L-DEC-6", VIOLATION, V);
        expectNone(run(b.acceptanceDate("2004-06-01").decisionDate("2004-06-30").certificateIssuedDate("2004-09-01")),
                "L-DEC-6");
    }

    // ---- L-PUB-1 -----------------------------------------------------------------------------------------------

    @Test
    @RuleTest(rule = "L-PUB-1", value = {TRIGGERS, JUST_UNDER, JUST_OVER, OTHER_VERSION})
    void grantedDecisionsArePublic() {
        expect(run(application().published(false)), "L-PUB-1", VIOLATION, V);
        expect(run(application()), "L-PUB-1", SATISFIED, V);
        expect(run(application().published(TriState.UNKNOWN)), "L-PUB-1", NEEDS_REVIEW, V);
        expectNone(run(application().granted(false).published(false)), "L-PUB-1");
        expectNone(run(application().published(false).decisionDate("2004-06-30")), "L-PUB-1");
    }

    // ---- L-HEAR-1..3 -------------------------------------------------------------------------------------------

    @Test
    @RuleTest(rule = "L-HEAR-1", value = {TRIGGERS, JUST_UNDER, JUST_OVER, OTHER_VERSION})
    void hearingRequiredByLaw() {
        LicensingBuilder b = application().hearingRequiredByLaw(true).hearingAnnounced(true);
        expect(run(b.hearingHeld(false)), "L-HEAR-1", VIOLATION, V);
        expect(run(b.hearingHeld(true)), "L-HEAR-1", SATISFIED, V);
        expect(run(b.hearingAnnounced(false)), "L-HEAR-1", VIOLATION, V);
        expect(precheck(caseOf(b.hearingHeld(TriState.UNKNOWN).decisionDate(null)), "2023-10-01"), "L-HEAR-1",
                PENDING, V);
        expectNone(run(b.hearingHeld(false).decisionDate("2004-06-30")), "L-HEAR-1");
    }

    private static LicensingBuilder contested() {
        return application().majorInterestsOfOthers(true).hearingRightNotified(true)
                .hearingRightNotifiedDate("2023-09-20").decisionDate("2023-11-10");
    }

    @Test
    @RuleTest(rule = "L-HEAR-2", value = {TRIGGERS, OTHER_VERSION})
    void hearingRightNotTold() {
        Finding f = expect(run(application().majorInterestsOfOthers(true).hearingRightNotified(false)), "L-HEAR-2",
                VIOLATION, V);
        assertThat(f.message().zh()).contains("未告知听证权利");
        // a request after the 5 working days (09-21..09-27) creates no duty
        expect(run(contested().hearingRequestDate("2023-09-28").hearingHeld(false)), "L-HEAR-2", SATISFIED, V);
        expectNone(run(application().majorInterestsOfOthers(true).hearingRightNotified(false)
                .decisionDate("2004-06-30")), "L-HEAR-2");
    }

    @Test
    @RuleTest(rule = "L-HEAR-2", value = {JUST_UNDER, JUST_OVER})
    void requestedHearingWithinTwentyWorkingDays() {
        // request Wed 09-27 (the last day of the window) + 20 working days = Tue 10-31
        LicensingBuilder b = contested().hearingRequestDate("2023-09-27");
        expect(run(b.hearingDate("2023-10-31")), "L-HEAR-2", SATISFIED, V);
        Finding f = expect(run(b.hearingDate("2023-11-01")), "L-HEAR-2", VIOLATION, V);
        assertThat(f.dueDate()).isEqualTo(LocalDate.of(2023, 10, 31));
    }

    private static LicensingBuilder heard() {
        return contested().hearingNoticeDate("2023-09-27").hearingPublic(true).hostIsExaminer(false)
                .hearingRecordSigned(true).decisionBasedOnRecord(true);
    }

    @Test
    @RuleTest(rule = "L-HEAR-3", value = {TRIGGERS, OTHER_VERSION})
    void examinerHostedTheHearing() {
        Finding f = expect(run(heard().hearingDate("2023-10-20").hostIsExaminer(true)), "L-HEAR-3", VIOLATION, V);
        assertThat(f.message().en()).contains("the examiner hosted the hearing");
        expectNone(run(heard().hearingNoticeDate("2004-06-01").hearingDate("2004-06-30").hostIsExaminer(true)),
                "L-HEAR-3");
    }

    @Test
    @RuleTest(rule = "L-HEAR-3", value = {JUST_UNDER, JUST_OVER})
    void noticeSevenWorkingDaysBefore() {
        // Wed 09-27 + 7 working days = Thu 10-12
        expect(run(heard().hearingDate("2023-10-12")), "L-HEAR-3", SATISFIED, V);
        expect(run(heard().hearingDate("2023-10-11")), "L-HEAR-3", VIOLATION, V);
    }

    // ---- L-REN-1 -----------------------------------------------------------------------------------------------

    @Test
    @RuleTest(rule = "L-REN-1", value = {TRIGGERS, OTHER_VERSION})
    void undecidedTimelyRenewalIsDeemedGranted() {
        LicensingBuilder b = application().licenceExpiry("2023-10-31").renewalApplicationDate("2023-08-01");
        Finding f = expect(run(b.renewalDecisionDate("2023-11-01")), "L-REN-1", VIOLATION, V);
        assertThat(f.message().zh()).contains("视为准予延续");
        expect(precheck(caseOf(b.renewalDecisionDate(null)), "2023-10-31"), "L-REN-1", PENDING, V);
        expect(precheck(caseOf(b.renewalDecisionDate(null)), "2023-11-01"), "L-REN-1", NEEDS_REVIEW, V);
        // 30 natural days before expiry, but fewer than 30 working days: the unit is not settled
        expect(run(b.renewalApplicationDate("2023-10-01").renewalDecisionDate("2023-11-01")), "L-REN-1",
                NEEDS_REVIEW, V);
        expectNone(run(b.renewalApplicationDate("2004-06-30").licenceExpiry("2004-10-31")
                .renewalDecisionDate("2004-11-01")), "L-REN-1");
    }

    @Test
    @RuleTest(rule = "L-REN-1", value = {JUST_UNDER, JUST_OVER})
    void applicationThirtyDaysBeforeExpiry() {
        LicensingBuilder b = application().licenceExpiry("2023-10-31").renewalDecisionDate("2023-10-31");
        expect(run(b.renewalApplicationDate("2023-10-01")), "L-REN-1", SATISFIED, V);
        Finding f = expect(run(b.renewalApplicationDate("2023-10-02")), "L-REN-1", NEEDS_REVIEW, V);
        assertThat(f.message().en()).contains("no deemed renewal");
    }

    @Test
    void aCompleteLicenceHasNoViolationAtAll() {
        CheckResult r = run(application());
        assertThat(r.violations()).as(io.lawcheck.catalog.Checks.summary(r)).isEmpty();
    }
}
