package io.lawcheck.catalog.rules;

import io.lawcheck.core.catalog.LocalizedText;
import io.lawcheck.core.catalog.Verification;
import io.lawcheck.core.check.CheckResult;
import io.lawcheck.core.check.Finding;
import io.lawcheck.core.check.FindingStatus;
import io.lawcheck.core.model.AgencySystem;
import io.lawcheck.core.model.PenaltyKind;
import io.lawcheck.core.model.StepKind;
import io.lawcheck.core.model.TriState;
import io.lawcheck.fixtures.CaseBuilder;
import io.lawcheck.fixtures.RuleTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static io.lawcheck.catalog.Checks.check;
import static io.lawcheck.catalog.Checks.date;
import static io.lawcheck.catalog.Checks.expect;
import static io.lawcheck.catalog.Checks.expectNoViolation;
import static io.lawcheck.catalog.Checks.expectNone;
import static io.lawcheck.catalog.Checks.precheck;
import static io.lawcheck.fixtures.Coverage.JUST_OVER;
import static io.lawcheck.fixtures.Coverage.JUST_UNDER;
import static io.lawcheck.fixtures.Coverage.OTHER_VERSION;
import static io.lawcheck.fixtures.Coverage.TRIGGERS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hearing rules (hearing.drl): P-HEAR-1 scope and notice, P-HEAR-3 timely request, P-HEAR-4 notice of time and
 * place, P-HEAR-10 no decision inside the request window. Day counts straddle the 2022 and 2023 National Day
 * holidays so that a count in natural days, or one that ignores the 调休 weekends, gives another date.
 */
class HearingRulesTest {
    private static final String AS_OF = "2024-06-01";

    /** A 公安 (non-治安) case against an individual: hearing threshold 2000 yuan, VERIFIED. */
    private static CaseBuilder police(String id) {
        return CaseBuilder.penalty(id).agency(AgencySystem.PUBLIC_SECURITY).individual().twoCertifiedOfficers()
                .notMajor();
    }

    /** The reason the rule gives for the hearing scope (English text of the {@code hearingScope} fact). */
    private static String scope(Finding f) {
        assertThat(f.facts().get("hearingScope")).isInstanceOf(LocalizedText.class);
        return ((LocalizedText) f.facts().get("hearingScope")).en();
    }

    /** A decided case where the statement notice went out but the hearing right was not notified. */
    private static CaseBuilder notOffered(CaseBuilder b, String notice, String decided) {
        return b.step(StepKind.STATEMENT_NOTICE_SERVED, notice).notHappened(StepKind.HEARING_RIGHT_NOTIFIED)
                .decidedOn(decided);
    }

    @Nested
    class RightToHearingNotified {
        @Test
        @RuleTest(rule = "P-HEAR-1", value = {TRIGGERS, JUST_OVER})
        void policeFineExactlyAtTheThresholdWithoutHearingNoticeIsAViolation() {
            CheckResult r = check(notOffered(police("h1").fine("2000"), "2022-03-10", "2022-03-25").build(), AS_OF);
            Finding f = expect(r, "P-HEAR-1", FindingStatus.VIOLATION, "2021");
            assertThat(scope(f)).isEqualTo("the fine reaches the hearing threshold");
            assertThat(f.facts()).containsEntry("required", TriState.YES).containsEntry("done", TriState.NO);
            assertThat(f.parameters()).containsEntry("fineThreshold", "2000");
            assertThat(f.basis()).isEqualTo(Verification.VERIFIED);
            assertThat(f.citations()).extracting(c -> c.id()).contains("APL-2021-63-1");
            assertThat(f.message().zh()).contains("罚款数额达到听证标准").contains("未告知当事人听证权利");
        }

        @Test
        @RuleTest(rule = "P-HEAR-1", value = JUST_UNDER)
        void policeFineOneFenUnderTheThresholdNeedsNoHearing() {
            CheckResult r = check(notOffered(police("h2").fine("1999.99"), "2022-03-10", "2022-03-25").build(),
                    AS_OF);
            expectNone(r, "P-HEAR-1");
            expectNone(precheck(notOffered(police("h2").fine("1999.99"), "2022-03-10", "2022-03-25").build(),
                    AS_OF), "P-HEAR-1");
        }

        @Test
        void policeOrganisationThresholdIs10000() {
            expectNone(check(notOffered(police("h3").organisation().fine("9999"), "2022-03-10", "2022-03-25")
                    .build(), AS_OF), "P-HEAR-1");
            Finding f = expect(check(notOffered(police("h3").organisation().fine("10000"), "2022-03-10",
                    "2022-03-25").build(), AS_OF), "P-HEAR-1", FindingStatus.VIOLATION, "2021");
            assertThat(f.parameters()).containsEntry("fineThreshold", "10000");
        }

        @Test
        @RuleTest(rule = "P-HEAR-1", value = {TRIGGERS, JUST_OVER, JUST_UNDER})
        void marketRegulationThresholdIsUnverifiedSoAtMostNeedsReview() {
            CaseBuilder b = CaseBuilder.penalty("h4").agency(AgencySystem.MARKET_REGULATION).individual()
                    .twoCertifiedOfficers().notMajor().fine("10000");
            Finding f = expect(check(notOffered(b, "2022-03-10", "2022-03-25").build(), AS_OF), "P-HEAR-1",
                    FindingStatus.NEEDS_REVIEW, "2021");
            assertThat(f.basis()).isEqualTo(Verification.UNVERIFIED);
            assertThat(scope(f)).isEqualTo("the fine reaches the hearing threshold");
            assertThat(f.parameters()).containsEntry("fineThreshold", "10000");
            // The downgrade says why: the violation text plus the "not verified" note.
            assertThat(f.message().zh()).contains("未告知当事人听证权利").contains("尚未核实");
            assertThat(f.message().en()).contains("not yet verified");

            CaseBuilder under = CaseBuilder.penalty("h4u").agency(AgencySystem.MARKET_REGULATION).individual()
                    .twoCertifiedOfficers().notMajor().fine("9999.99");
            expectNone(check(notOffered(under, "2022-03-10", "2022-03-25").build(), AS_OF), "P-HEAR-1");
        }

        @Test
        @RuleTest(rule = "P-HEAR-1", value = TRIGGERS)
        void noThresholdConfiguredGivesNeedsReviewNeverViolation() {
            for (String division : new String[] {"120101", "150103", "420102"}) { // Tianjin, Hohhot, Wuhan
                for (String amount : new String[] {"1", "50000", "10000000"}) {
                    CaseBuilder b = CaseBuilder.penalty("t-" + division + "-" + amount)
                            .agency(AgencySystem.TRANSPORT).jurisdiction(division).organisation()
                            .twoCertifiedOfficers().notMajor().fine(amount);
                    Finding f = expect(check(notOffered(b, "2022-03-10", "2022-03-25").build(), AS_OF),
                            "P-HEAR-1", FindingStatus.NEEDS_REVIEW, "2021");
                    assertThat(scope(f)).contains("no hearing threshold is configured");
                    assertThat(f.facts()).containsEntry("required", TriState.UNKNOWN);
                    assertThat(f.message().en()).contains("Cannot tell whether");
                }
            }
        }

        @Test
        void confiscatedGainsAndPropertyAreSummedAgainstTheThreshold() {
            // 生态环境 individual, 2010-2023 rows (SECONDARY): confiscation threshold 5000.
            CaseBuilder at = CaseBuilder.penalty("e1").agency(AgencySystem.ECOLOGY_ENVIRONMENT).individual()
                    .twoCertifiedOfficers().notMajor().penalty(PenaltyKind.CONFISCATE_ILLEGAL_GAINS, "3000")
                    .penalty(PenaltyKind.CONFISCATE_PROPERTY, "2000");
            Finding f = expect(check(notOffered(at, "2022-03-10", "2022-03-25").build(), AS_OF), "P-HEAR-1",
                    FindingStatus.VIOLATION, "2021");
            assertThat(scope(f)).isEqualTo("the confiscation reaches the hearing threshold");
            assertThat(f.parameters()).containsEntry("confiscationThreshold", "5000");
            CaseBuilder under = CaseBuilder.penalty("e2").agency(AgencySystem.ECOLOGY_ENVIRONMENT).individual()
                    .twoCertifiedOfficers().notMajor().penalty(PenaltyKind.CONFISCATE_ILLEGAL_GAINS, "2999.99")
                    .penalty(PenaltyKind.CONFISCATE_PROPERTY, "2000");
            expectNone(check(notOffered(under, "2022-03-10", "2022-03-25").build(), AS_OF), "P-HEAR-1");
        }

        @Test
        void aPenaltyJudgedHeavyIsInScopeWhateverTheUnverifiedThreshold() {
            // Art 63(1)(5) 其他较重: a person judged it heavy. The fine (500) is far under the 市场监管 threshold,
            // which the finding does not rest on, so its UNVERIFIED mark must not downgrade the violation.
            CaseBuilder b = CaseBuilder.penalty("j1").agency(AgencySystem.MARKET_REGULATION).individual()
                    .twoCertifiedOfficers().notMajor().heavyPenalty(TriState.YES).fine("500");
            Finding f = expect(check(notOffered(b, "2022-03-10", "2022-03-25").build(), AS_OF), "P-HEAR-1",
                    FindingStatus.VIOLATION, "2021");
            assertThat(scope(f)).isEqualTo("judged a large amount or heavier penalty");
            assertThat(f.basis()).isEqualTo(Verification.SECONDARY);
        }

        @Test
        @RuleTest(rule = "P-HEAR-1", value = OTHER_VERSION)
        void lowerQualificationIsListedOnlyFrom2021() {
            // 降低资质等级 was added by 2021 Art 63(1)(3); the 1996 Art 42 list had only 责令停产停业 and 吊销.
            Finding f = expect(check(notOffered(police("q21").penalty(PenaltyKind.LOWER_QUALIFICATION),
                    "2022-03-10", "2022-03-25").build(), AS_OF), "P-HEAR-1", FindingStatus.VIOLATION, "2021");
            assertThat(scope(f)).isEqualTo("the kind of penalty is listed for hearings");
            assertThat(f.facts()).containsEntry("listedPenalty", "LOWER_QUALIFICATION");
            expectNone(check(notOffered(police("q20").penalty(PenaltyKind.LOWER_QUALIFICATION),
                    "2020-03-10", "2020-03-25").build(), AS_OF), "P-HEAR-1");
            // 吊销 is listed in both.
            expect(check(notOffered(police("r20").penalty(PenaltyKind.REVOKE_LICENCE), "2020-03-10",
                    "2020-03-25").build(), AS_OF), "P-HEAR-1", FindingStatus.VIOLATION, "1996");
        }

        @Test
        @RuleTest(rule = "P-HEAR-1", value = OTHER_VERSION)
        void theLawIsChosenByTheDateOfTheNoticeNotTheDecision() {
            // Notice 2021-07-14 (old law), decision 2021-07-20 (new law in force): 程序从新 by the notice step.
            expect(check(notOffered(police("v1").fine("2000"), "2021-07-14", "2021-07-30").build(), AS_OF),
                    "P-HEAR-1", FindingStatus.VIOLATION, "1996");
            expect(check(notOffered(police("v2").fine("2000"), "2021-07-15", "2021-07-30").build(), AS_OF),
                    "P-HEAR-1", FindingStatus.VIOLATION, "2021");
        }

        @Test
        void aRequestOrAHeldHearingProvesTheNotice() {
            CaseBuilder b = notOffered(police("p1").fine("5000"), "2022-03-10", "2022-03-25")
                    .step(StepKind.HEARING_REQUESTED, "2022-03-12");
            expectNoViolation(check(b.build(), AS_OF), "P-HEAR-1");
        }

        @Test
        void noticeNotRecordedGivesNeedsReview() {
            CaseBuilder b = police("u1").fine("5000").step(StepKind.STATEMENT_NOTICE_SERVED, "2022-03-10")
                    .decidedOn("2022-03-25");
            Finding f = expect(check(b.build(), AS_OF), "P-HEAR-1", FindingStatus.NEEDS_REVIEW, "2021");
            assertThat(f.facts()).containsEntry("done", TriState.UNKNOWN);
        }

        @Test
        void draftInScopeIsPendingAndANotifiedOneIsSatisfiedInPrecheckOnly() {
            CaseBuilder draft = police("d1").proposed(PenaltyKind.FINE, "2000").filed("2022-03-01")
                    .notHappened(StepKind.HEARING_RIGHT_NOTIFIED);
            expect(precheck(draft.build(), "2022-03-20"), "P-HEAR-1", FindingStatus.PENDING, "2021");

            CaseBuilder notified = police("d2").proposed(PenaltyKind.FINE, "2000").filed("2022-03-01")
                    .noticeServed("2022-03-10");
            expect(precheck(notified.build(), "2022-03-25"), "P-HEAR-1", FindingStatus.SATISFIED, "2021");
            expectNone(check(notified.build(), "2022-03-25"), "P-HEAR-1");
        }
    }

    @Nested
    class TimelyRequestHonoured {
        /** Hearing right notified on {@code notice}, requested on {@code requested}, no hearing, decided later. */
        private CaseBuilder requested(String id, String notice, String requested) {
            return police(id).fine("5000").noticeServed(notice).step(StepKind.HEARING_REQUESTED, requested)
                    .notHappened(StepKind.HEARING_HELD);
        }

        @Test
        @RuleTest(rule = "P-HEAR-3", value = {TRIGGERS, JUST_OVER})
        void requestOnTheFifthWorkingDayAfterNationalDayMustBeHeard() {
            // Notice Thu 2022-09-29: Fri 30 (1), 1-7 Oct off, Sat 8 (2), Sun 9 (3), Mon 10 (4), Tue 11 (5).
            // 5 natural days would end on 4 Oct (moved to 8 Oct): a request on 11 Oct would look late.
            CheckResult r = check(requested("r1", "2022-09-29", "2022-10-11").decidedOn("2022-10-20").build(),
                    AS_OF);
            Finding f = expect(r, "P-HEAR-3", FindingStatus.VIOLATION, "2021");
            assertThat(f.facts()).containsEntry("requestWindowEnd", date("2022-10-11"))
                    .containsEntry("hearingRequested", date("2022-10-11"))
                    .containsEntry("hearingRightNotified", date("2022-09-29"));
            assertThat(f.parameters()).containsEntry("requestWindow", "5 WORKING_DAYS");
            assertThat(f.message().zh()).contains("2022-10-11");
        }

        @Test
        @RuleTest(rule = "P-HEAR-3", value = JUST_UNDER)
        void requestOneWorkingDayLateCreatesNoDuty() {
            expectNone(check(requested("r2", "2022-09-29", "2022-10-12").decidedOn("2022-10-20").build(), AS_OF),
                    "P-HEAR-3");
        }

        @Test
        @RuleTest(rule = "P-HEAR-3", value = OTHER_VERSION)
        void threeNaturalDaysBefore2021AgainstFiveWorkingDaysAfter() {
            // Same facts: request six natural days after the notice.
            // Old law: notice Tue 2021-07-13 + 3 days = Fri 16 Jul, so a request on Mon 19 Jul is late.
            expectNone(check(requested("o1", "2021-07-13", "2021-07-19").decidedOn("2021-08-10").build(), AS_OF),
                    "P-HEAR-3");
            // 2021 law: notice Thu 2021-07-15 + 5 working days = Thu 22 Jul, so a request on Wed 21 Jul is timely.
            Finding f = expect(check(requested("o2", "2021-07-15", "2021-07-21").decidedOn("2021-08-10").build(),
                    AS_OF), "P-HEAR-3", FindingStatus.VIOLATION, "2021");
            assertThat(f.facts()).containsEntry("requestWindowEnd", date("2021-07-22"));
        }

        @Test
        @RuleTest(rule = "P-HEAR-3", value = {OTHER_VERSION, JUST_OVER, JUST_UNDER})
        void oldLawWindowEndingOnAHolidayRunsToTheNextWorkingDay() {
            // Notice Tue 2020-09-29 + 3 days = Fri 2 Oct (holiday 1-8 Oct) -> Fri 9 Oct (民法典 Art 203).
            Finding f = expect(check(requested("o3", "2020-09-29", "2020-10-09").decidedOn("2020-10-30").build(),
                    AS_OF), "P-HEAR-3", FindingStatus.VIOLATION, "1996");
            assertThat(f.facts()).containsEntry("requestWindowEnd", date("2020-10-09"));
            assertThat(f.parameters()).containsEntry("requestWindow", "3 DAYS");
            expectNone(check(requested("o4", "2020-09-29", "2020-10-10").decidedOn("2020-10-30").build(), AS_OF),
                    "P-HEAR-3");
        }

        @Test
        void undatedRequestNeedsReviewAndSaysWhichWindow() {
            CaseBuilder b = police("n1").fine("5000").noticeServed("2022-09-29")
                    .happenedUndated(StepKind.HEARING_REQUESTED).notHappened(StepKind.HEARING_HELD)
                    .decidedOn("2022-10-20");
            Finding f = expect(check(b.build(), AS_OF), "P-HEAR-3", FindingStatus.NEEDS_REVIEW, "2021");
            assertThat(f.message().zh()).contains("5个工作日").contains("2022-10-11");
            assertThat(f.message().en()).contains("5 working days");
        }

        @Test
        void timelyRequestOnADraftIsPendingAndAHeldHearingEndsTheMatter() {
            expect(check(requested("n2", "2022-09-29", "2022-10-10").build(), "2022-10-14"), "P-HEAR-3",
                    FindingStatus.PENDING, "2021");
            CaseBuilder held = police("n3").fine("5000").noticeServed("2022-09-29")
                    .step(StepKind.HEARING_REQUESTED, "2022-10-10").step(StepKind.HEARING_SCHEDULE_SERVED,
                            "2022-10-12").step(StepKind.HEARING_HELD, "2022-10-25").decidedOn("2022-11-01");
            expectNone(check(held.build(), AS_OF), "P-HEAR-3");
        }

        @Test
        void heldUnknownAfterATimelyRequestNeedsReview() {
            CaseBuilder b = police("n4").fine("5000").noticeServed("2022-09-29")
                    .step(StepKind.HEARING_REQUESTED, "2022-10-10").decidedOn("2022-11-01");
            expect(check(b.build(), AS_OF), "P-HEAR-3", FindingStatus.NEEDS_REVIEW, "2021");
        }
    }

    @Nested
    class HearingNoticeSevenDaysBefore {
        private CaseBuilder heard(String id, String scheduleServed, String held) {
            return police(id).fine("5000").noticeServed("2023-09-11").step(StepKind.HEARING_REQUESTED, "2023-09-12")
                    .step(StepKind.HEARING_SCHEDULE_SERVED, scheduleServed).step(StepKind.HEARING_HELD, held)
                    .decidedOn("2023-11-01");
        }

        @Test
        @RuleTest(rule = "P-HEAR-4", value = {TRIGGERS, JUST_OVER})
        void hearingOnTheSixthWorkingDayAfterTheNoticeIsTooEarly() {
            // Served Mon 2023-09-25: 26, 27, 28 (1-3); 29 Sep-6 Oct off; Sat 7 (4), Sun 8 (5) worked; 9 (6), 10 (7).
            Finding f = expect(check(heard("s1", "2023-09-25", "2023-10-09").build(), AS_OF), "P-HEAR-4",
                    FindingStatus.VIOLATION, "2021");
            assertThat(f.facts()).containsEntry("earliestHearingDate", date("2023-10-10"))
                    .containsEntry("scheduleServed", date("2023-09-25"))
                    .containsEntry("hearingHeld", date("2023-10-09"));
            assertThat(f.parameters()).containsEntry("noticeBefore", "7 WORKING_DAYS");
            assertThat(f.message().zh()).contains("7个工作日").contains("2023-10-10");
        }

        @Test
        @RuleTest(rule = "P-HEAR-4", value = JUST_UNDER)
        void hearingOnTheSeventhWorkingDayIsInTime() {
            expectNone(check(heard("s2", "2023-09-25", "2023-10-10").build(), AS_OF), "P-HEAR-4");
            Finding f = expect(precheck(heard("s2", "2023-09-25", "2023-10-10").build(), AS_OF), "P-HEAR-4",
                    FindingStatus.SATISFIED, "2021");
            assertThat(f.facts()).containsEntry("earliestHearingDate", date("2023-10-10"));
        }

        @Test
        @RuleTest(rule = "P-HEAR-4", value = OTHER_VERSION)
        void sevenNaturalDaysBefore2021AgainstSevenWorkingDaysAfter() {
            // Same spacing of 7 natural days. Old law (served 2021-06-30): hearing on 7 Jul is in time.
            Finding old = expect(precheck(heard("s3", "2021-06-30", "2021-07-07").build(), AS_OF), "P-HEAR-4",
                    FindingStatus.SATISFIED, "1996");
            assertThat(old.facts()).containsEntry("earliestHearingDate", date("2021-07-07"));
            expectNone(check(heard("s3", "2021-06-30", "2021-07-07").build(), AS_OF), "P-HEAR-4");
            // 2021 law (served Thu 2021-07-15): 7 working days end Mon 26 Jul; a hearing on 22 Jul is too early.
            Finding f = expect(check(heard("s4", "2021-07-15", "2021-07-22").build(), AS_OF), "P-HEAR-4",
                    FindingStatus.VIOLATION, "2021");
            assertThat(f.facts()).containsEntry("earliestHearingDate", date("2021-07-26"));
        }

        @Test
        void scheduleNoticeDateMissingNeedsReview() {
            CaseBuilder b = police("s5").fine("5000").noticeServed("2023-09-11")
                    .step(StepKind.HEARING_REQUESTED, "2023-09-12").step(StepKind.HEARING_HELD, "2023-10-09")
                    .decidedOn("2023-11-01");
            Finding f = expect(check(b.build(), AS_OF), "P-HEAR-4", FindingStatus.NEEDS_REVIEW, "2021");
            assertThat(f.message().zh()).contains("2023-10-09");
        }
    }

    @Nested
    class NoDecisionInsideTheRequestWindow {
        private CaseBuilder notified(String id, String notice) {
            return police(id).fine("5000").noticeServed(notice).filed("2022-09-01");
        }

        @Test
        @RuleTest(rule = "P-HEAR-10", value = {TRIGGERS, JUST_OVER})
        void decisionOnTheLastDayOfTheWindowCutsTheRightShort() {
            Finding f = expect(check(notified("w1", "2022-09-29").decidedOn("2022-10-11").build(), AS_OF),
                    "P-HEAR-10", FindingStatus.VIOLATION, "2021");
            assertThat(f.dueDate()).isEqualTo(date("2022-10-11"));
            assertThat(f.facts()).containsEntry("requestWindowEnd", date("2022-10-11"))
                    .containsEntry("earliestDecisionDate", date("2022-10-12"))
                    .containsEntry("decisionDate", date("2022-10-11"));
            assertThat(f.message().zh()).contains("2022-10-11");
        }

        @Test
        @RuleTest(rule = "P-HEAR-10", value = JUST_UNDER)
        void decisionTheDayAfterTheWindowIsLawful() {
            expectNone(check(notified("w2", "2022-09-29").decidedOn("2022-10-12").build(), AS_OF), "P-HEAR-10");
            expect(precheck(notified("w2", "2022-09-29").decidedOn("2022-10-12").build(), AS_OF), "P-HEAR-10",
                    FindingStatus.SATISFIED, "2021");
        }

        @Test
        @RuleTest(rule = "P-HEAR-10", value = OTHER_VERSION)
        void threeNaturalDaysBefore2021AgainstFiveWorkingDaysAfter() {
            // Decision six natural days after the notice.
            expectNone(check(notified("w3", "2021-07-13").decidedOn("2021-07-19").build(), AS_OF), "P-HEAR-10");
            Finding old = expect(precheck(notified("w3", "2021-07-13").decidedOn("2021-07-19").build(), AS_OF),
                    "P-HEAR-10", FindingStatus.SATISFIED, "1996");
            assertThat(old.facts()).containsEntry("requestWindowEnd", date("2021-07-16"));
            Finding f = expect(check(notified("w4", "2021-07-15").decidedOn("2021-07-21").build(), AS_OF),
                    "P-HEAR-10", FindingStatus.VIOLATION, "2021");
            assertThat(f.dueDate()).isEqualTo(date("2021-07-22"));
        }

        @Test
        @RuleTest(rule = "P-HEAR-10", value = OTHER_VERSION)
        void oldLawWindowRunsPastTheNationalDayHoliday() {
            Finding f = expect(check(notified("w5", "2020-09-29").decidedOn("2020-10-09").build(), AS_OF),
                    "P-HEAR-10", FindingStatus.VIOLATION, "1996");
            assertThat(f.dueDate()).isEqualTo(date("2020-10-09"));
            expectNone(check(notified("w6", "2020-09-29").decidedOn("2020-10-10").build(), AS_OF), "P-HEAR-10");
        }

        @Test
        void draftNotifiedTwoWorkingDaysAgoIsPendingUntilTheWindowEnds() {
            // Notified Wed 2022-09-28; as of Fri 30 Sep two working days have run. Window: 29, 30, 8, 9, 10 Oct.
            CaseBuilder draft = police("p1").proposed(PenaltyKind.FINE, "5000").filed("2022-09-01")
                    .noticeServed("2022-09-28");
            Finding f = expect(precheck(draft.build(), "2022-09-30"), "P-HEAR-10", FindingStatus.PENDING, "2021");
            assertThat(f.dueDate()).isEqualTo(date("2022-10-10"));
            assertThat(f.facts()).containsEntry("requestWindowEnd", date("2022-10-10"))
                    .containsEntry("earliestDecisionDate", date("2022-10-11"));
            assertThat(f.message().zh()).contains("2022-10-10").contains("2022-10-11");
            // Still pending on the last day; satisfied (pre-check only) the day after.
            expect(check(draft.build(), "2022-10-10"), "P-HEAR-10", FindingStatus.PENDING, "2021");
            expect(precheck(draft.build(), "2022-10-11"), "P-HEAR-10", FindingStatus.SATISFIED, "2021");
            expectNone(check(draft.build(), "2022-10-11"), "P-HEAR-10");
        }

        @Test
        void aWaiverOrARequestEndsTheBar() {
            expectNone(check(notified("x1", "2022-09-29").step(StepKind.HEARING_WAIVED, "2022-09-30")
                    .decidedOn("2022-10-08").build(), AS_OF), "P-HEAR-10");
            expectNone(check(notified("x2", "2022-09-29").step(StepKind.HEARING_REQUESTED, "2022-09-30")
                    .decidedOn("2022-10-08").build(), AS_OF), "P-HEAR-10");
        }

        @Test
        void aHearingNoticeServedAfterTheDecisionIsCaughtHere() {
            // P-HEAR-1 only asks whether the right was notified; a notice dated after the decision leaves the whole
            // window after the decision, which this rule reports.
            Finding f = expect(check(police("x4").fine("5000").step(StepKind.STATEMENT_NOTICE_SERVED, "2022-09-20")
                    .step(StepKind.HEARING_RIGHT_NOTIFIED, "2022-09-29").decidedOn("2022-09-28").build(), AS_OF),
                    "P-HEAR-10", FindingStatus.VIOLATION, "2021");
            assertThat(f.dueDate()).isEqualTo(date("2022-10-11"));
        }

        @Test
        void undatedDecisionNeedsReview() {
            expect(check(notified("x3", "2022-09-29").happenedUndated(StepKind.DECISION).build(), AS_OF),
                    "P-HEAR-10", FindingStatus.NEEDS_REVIEW, "2021");
        }
    }
}
