package io.lawcheck.catalog.rules;

import io.lawcheck.core.catalog.Verification;
import io.lawcheck.core.check.Finding;
import io.lawcheck.core.check.FindingStatus;
import io.lawcheck.core.model.AgencySystem;
import io.lawcheck.core.model.PenaltyKind;
import io.lawcheck.core.model.ServiceMethod;
import io.lawcheck.core.model.StepKind;
import io.lawcheck.core.model.TriState;
import io.lawcheck.fixtures.CaseBuilder;
import io.lawcheck.fixtures.RuleTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static io.lawcheck.catalog.Checks.check;
import static io.lawcheck.catalog.Checks.date;
import static io.lawcheck.catalog.Checks.expect;
import static io.lawcheck.catalog.Checks.expectNone;
import static io.lawcheck.catalog.Checks.precheck;
import static io.lawcheck.fixtures.Coverage.JUST_OVER;
import static io.lawcheck.fixtures.Coverage.JUST_UNDER;
import static io.lawcheck.fixtures.Coverage.OTHER_VERSION;
import static io.lawcheck.fixtures.Coverage.TRIGGERS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Decision period and service (decision.drl): P-DEC-3 90 days from filing, P-DEC-4 治安 30 (+30) days, P-SERV-1
 * service on the spot or within 7 (working) days, P-SERV-2 electronic service, P-SERV-3 治安 service within 2 days.
 * Every due date below lands on or straddles a holiday, so a count that ignores 民法典 Art 203 or the 调休
 * weekends fails.
 */
class DecisionRulesTest {
    private static final String AS_OF = "2024-06-01";

    private static CaseBuilder market(String id) {
        return CaseBuilder.penalty(id).agency(AgencySystem.MARKET_REGULATION).individual().twoCertifiedOfficers()
                .notMajor().fine("500");
    }

    private static CaseBuilder publicOrder(String id) {
        return CaseBuilder.penalty(id).agency(AgencySystem.PUBLIC_ORDER).individual().twoCertifiedOfficers()
                .notMajor().fine("500");
    }

    @Nested
    class DecisionWithin90Days {
        @Test
        @RuleTest(rule = "P-DEC-3", value = {TRIGGERS, JUST_OVER})
        void decidedTheDayAfterThePeriodEndedPastNationalDay() {
            // Filed Mon 2022-07-04: day 90 is Sun 2 Oct (holiday) -> Sat 8 Oct (调休 working day).
            Finding f = expect(check(market("d1").filed("2022-07-04").decidedOn("2022-10-09").build(), AS_OF),
                    "P-DEC-3", FindingStatus.VIOLATION, "2021");
            assertThat(f.dueDate()).isEqualTo(date("2022-10-08"));
            assertThat(f.facts()).containsEntry("filingDate", date("2022-07-04"))
                    .containsEntry("dueDate", date("2022-10-08")).containsEntry("actualDate", date("2022-10-09"));
            assertThat(f.parameters()).containsEntry("period", "90 DAYS");
            assertThat(f.message().zh()).contains("2022-10-08").contains("90日");
            assertThat(f.message().en()).contains("90 days");
        }

        @Test
        @RuleTest(rule = "P-DEC-3", value = JUST_UNDER)
        void decidedOnTheExtendedLastDay() {
            expectNone(check(market("d2").filed("2022-07-04").decidedOn("2022-10-08").build(), AS_OF), "P-DEC-3");
            Finding f = expect(precheck(market("d2").filed("2022-07-04").decidedOn("2022-10-08").build(), AS_OF),
                    "P-DEC-3", FindingStatus.SATISFIED, "2021");
            assertThat(f.facts()).containsEntry("dueDate", date("2022-10-08"));
        }

        @Test
        @RuleTest(rule = "P-DEC-3", value = OTHER_VERSION)
        void noNinetyDayRuleForCasesFiledBefore15July2021() {
            expectNone(check(market("d3").filed("2021-07-14").decidedOn("2022-03-01").build(), AS_OF), "P-DEC-3");
            expectNone(precheck(market("d3").filed("2021-07-14").decidedOn("2022-03-01").build(), AS_OF),
                    "P-DEC-3");
            Finding f = expect(check(market("d4").filed("2021-07-15").decidedOn("2022-03-01").build(), AS_OF),
                    "P-DEC-3", FindingStatus.VIOLATION, "2021");
            assertThat(f.dueDate()).isEqualTo(date("2021-10-13"));
        }

        @Test
        void aRecordedExtensionTurnsALateDecisionIntoNeedsReview() {
            Finding f = expect(check(market("d5").filed("2022-07-04").decidedOn("2022-10-09")
                    .decisionPeriodExtended(TriState.YES).build(), AS_OF), "P-DEC-3", FindingStatus.NEEDS_REVIEW,
                    "2021");
            assertThat(f.facts()).containsEntry("decisionPeriodExtended", TriState.YES);
            assertThat(f.message().zh()).contains("2022-10-08").contains("延期");
        }

        @Test
        void draftIsPendingThenOverdue() {
            CaseBuilder draft = CaseBuilder.penalty("d6").agency(AgencySystem.MARKET_REGULATION)
                    .proposed(PenaltyKind.FINE, "500").filed("2022-07-04");
            Finding pending = expect(check(draft.build(), "2022-10-08"), "P-DEC-3", FindingStatus.PENDING, "2021");
            assertThat(pending.dueDate()).isEqualTo(date("2022-10-08"));
            // Past the due date with the decision recorded as not made: overdue violation.
            Finding overdue = expect(check(draft.notHappened(StepKind.DECISION).build(), "2022-10-09"), "P-DEC-3",
                    FindingStatus.VIOLATION, "2021");
            assertThat(overdue.message().zh()).contains("仍未作出决定");
            // Past the due date and the file does not say: needs review.
            CaseBuilder silent = CaseBuilder.penalty("d7").agency(AgencySystem.MARKET_REGULATION)
                    .proposed(PenaltyKind.FINE, "500").filed("2022-07-04");
            expect(check(silent.build(), "2022-10-09"), "P-DEC-3", FindingStatus.NEEDS_REVIEW, "2021");
        }

        @Test
        void notForPublicOrderOrSummaryCases() {
            expectNone(check(publicOrder("d8").filed("2022-07-04").decidedOn("2022-12-01").build(), AS_OF),
                    "P-DEC-3");
            expectNone(check(market("d9").summary().filed("2022-07-04").decidedOn("2022-12-01").build(), AS_OF),
                    "P-DEC-3");
        }
    }

    @Nested
    class PublicOrderCasePeriod {
        @Test
        @RuleTest(rule = "P-DEC-4", value = {TRIGGERS, JUST_OVER})
        void decidedOnTheMakeUpSundayAfterTheHolidayIsLate() {
            // Accepted Fri 2023-09-01: day 30 is Sun 1 Oct (holiday to 6 Oct) -> Sat 7 Oct (worked).
            Finding f = expect(check(publicOrder("p1").filed("2023-09-01").decidedOn("2023-10-08").build(), AS_OF),
                    "P-DEC-4", FindingStatus.VIOLATION, "2006");
            assertThat(f.dueDate()).isEqualTo(date("2023-10-07"));
            assertThat(f.parameters()).containsEntry("period", "30 DAYS");
            assertThat(f.citations()).extracting(c -> c.id()).contains("PSAL-2005-99");
        }

        @Test
        @RuleTest(rule = "P-DEC-4", value = JUST_UNDER)
        void decidedOnTheLastDay() {
            expectNone(check(publicOrder("p2").filed("2023-09-01").decidedOn("2023-10-07").build(), AS_OF),
                    "P-DEC-4");
        }

        @Test
        void anApprovedExtensionGivesSixtyDays() {
            CaseBuilder b = publicOrder("p3").filed("2023-09-01").decisionPeriodExtended(TriState.YES);
            expectNone(check(b.decidedOn("2023-10-31").build(), AS_OF), "P-DEC-4");
            Finding f = expect(check(publicOrder("p4").filed("2023-09-01").decisionPeriodExtended(TriState.YES)
                    .decidedOn("2023-11-01").build(), AS_OF), "P-DEC-4", FindingStatus.VIOLATION, "2006");
            assertThat(f.dueDate()).isEqualTo(date("2023-10-31"));
            assertThat(f.parameters()).containsEntry("extendedPeriod", "60 DAYS");
            assertThat(f.facts()).containsEntry("decisionPeriodExtended", TriState.YES);
        }

        @Test
        @RuleTest(rule = "P-DEC-4", value = OTHER_VERSION)
        void the2026RevisionIsUnverifiedSoALateDecisionNeedsReview() {
            // Accepted Mon 2026-01-05: day 30 is Wed 4 Feb; decided a day late.
            Finding f = expect(check(publicOrder("p5").filed("2026-01-05").decidedOn("2026-02-05").build(),
                    "2026-06-01"), "P-DEC-4", FindingStatus.NEEDS_REVIEW, "2026");
            assertThat(f.basis()).isEqualTo(Verification.UNVERIFIED);
            assertThat(f.dueDate()).isEqualTo(date("2026-02-04"));
            assertThat(f.message().en()).contains("not yet verified");
            // The same lateness under the 2006 text is a violation.
            expect(check(publicOrder("p6").filed("2025-01-06").decidedOn("2025-02-06").build(), "2026-06-01"),
                    "P-DEC-4", FindingStatus.VIOLATION, "2006");
        }
    }

    @Nested
    class ServiceWithinSevenDays {
        private CaseBuilder absent(String id, String decided, String served) {
            return market(id).filed("2023-08-01").decidedOn(decided).partyPresent(TriState.NO).servedOn(served);
        }

        @Test
        @RuleTest(rule = "P-SERV-1", value = {TRIGGERS, JUST_OVER})
        void servedOnTheEighthWorkingDay() {
            // Decided Wed 2023-09-27: Thu 28 (1); 29 Sep-6 Oct off; Sat 7 (2), Sun 8 (3); 9..12 Oct (4..7).
            Finding f = expect(check(absent("s1", "2023-09-27", "2023-10-13").build(), AS_OF), "P-SERV-1",
                    FindingStatus.VIOLATION, "2021");
            assertThat(f.dueDate()).isEqualTo(date("2023-10-12"));
            assertThat(f.facts()).containsEntry("decisionDate", date("2023-09-27"))
                    .containsEntry("actualDate", date("2023-10-13")).containsEntry("partyPresent", TriState.NO);
            assertThat(f.parameters()).containsEntry("period", "7 WORKING_DAYS");
        }

        @Test
        @RuleTest(rule = "P-SERV-1", value = JUST_UNDER)
        void servedOnTheSeventhWorkingDay() {
            expectNone(check(absent("s2", "2023-09-27", "2023-10-12").build(), AS_OF), "P-SERV-1");
            expect(precheck(absent("s2", "2023-09-27", "2023-10-12").build(), AS_OF), "P-SERV-1",
                    FindingStatus.SATISFIED, "2021");
        }

        @Test
        @RuleTest(rule = "P-SERV-1", value = OTHER_VERSION)
        void sevenNaturalDaysBefore2021AgainstSevenWorkingDaysAfter() {
            // Served eight natural days after the decision.
            Finding old = expect(check(absent("s3", "2021-07-14", "2021-07-22").build(), AS_OF), "P-SERV-1",
                    FindingStatus.VIOLATION, "1996");
            assertThat(old.dueDate()).isEqualTo(date("2021-07-21"));
            assertThat(old.parameters()).containsEntry("period", "7 DAYS");
            expectNone(check(absent("s4", "2021-07-15", "2021-07-23").build(), AS_OF), "P-SERV-1");
            expect(precheck(absent("s4", "2021-07-15", "2021-07-23").build(), AS_OF), "P-SERV-1",
                    FindingStatus.SATISFIED, "2021");
        }

        @Test
        @RuleTest(rule = "P-SERV-1", value = OTHER_VERSION)
        void oldLawPeriodEndingInTheHolidayRunsToTheNextWorkingDay() {
            // Decided Mon 2020-09-28 + 7 days = Mon 5 Oct (holiday to 8 Oct) -> Fri 9 Oct.
            expectNone(check(absent("s5", "2020-09-28", "2020-10-09").build(), AS_OF), "P-SERV-1");
            Finding f = expect(check(absent("s6", "2020-09-28", "2020-10-10").build(), AS_OF), "P-SERV-1",
                    FindingStatus.VIOLATION, "1996");
            assertThat(f.dueDate()).isEqualTo(date("2020-10-09"));
        }

        @Test
        void aPresentPartyGetsTheDecisionOnTheSpot() {
            CaseBuilder same = market("s7").decidedOn("2023-09-27").partyPresent(TriState.YES).servedOn("2023-09-27");
            expectNone(check(same.build(), AS_OF), "P-SERV-1");
            expect(precheck(same.build(), AS_OF), "P-SERV-1", FindingStatus.SATISFIED, "2021");
            Finding f = expect(check(market("s8").decidedOn("2023-09-27").partyPresent(TriState.YES)
                    .servedOn("2023-09-28").build(), AS_OF), "P-SERV-1", FindingStatus.VIOLATION, "2021");
            assertThat(f.dueDate()).isEqualTo(date("2023-09-27"));
            assertThat(f.message().zh()).contains("当场交付").contains("2023-09-28");
            expect(check(market("s9").decidedOn("2023-09-27").partyPresent(TriState.YES).build(), AS_OF),
                    "P-SERV-1", FindingStatus.NEEDS_REVIEW, "2021");
        }

        @Test
        void presenceUnknownAppliesTheSevenDayPeriod() {
            Finding f = expect(check(market("s10").decidedOn("2023-09-27").servedOn("2023-10-13").build(), AS_OF),
                    "P-SERV-1", FindingStatus.VIOLATION, "2021");
            assertThat(f.facts()).containsEntry("partyPresent", TriState.UNKNOWN);
            expectNone(check(market("s11").decidedOn("2023-09-27").servedOn("2023-10-12").build(), AS_OF),
                    "P-SERV-1");
        }

        @Test
        void notYetServed() {
            CaseBuilder b = market("s12").decidedOn("2023-09-27").partyPresent(TriState.NO);
            Finding pending = expect(check(b.build(), "2023-10-12"), "P-SERV-1", FindingStatus.PENDING, "2021");
            assertThat(pending.dueDate()).isEqualTo(date("2023-10-12"));
            expect(check(b.notHappened(StepKind.SERVICE).build(), "2023-10-13"), "P-SERV-1",
                    FindingStatus.VIOLATION, "2021");
            expect(check(market("s13").decidedOn("2023-09-27").partyPresent(TriState.NO).build(), "2023-10-13"),
                    "P-SERV-1", FindingStatus.NEEDS_REVIEW, "2021");
        }
    }

    @Nested
    class ElectronicService {
        private CaseBuilder electronic(String id, String decided, TriState consent) {
            return market(id).decidedOn(decided).service(ServiceMethod.ELECTRONIC, TriState.NO, consent)
                    .servedOn(decided);
        }

        @Test
        @RuleTest(rule = "P-SERV-2", value = {TRIGGERS, JUST_OVER})
        void electronicServiceWithoutConsent() {
            Finding f = expect(check(electronic("e1", "2022-05-20", TriState.NO).build(), AS_OF), "P-SERV-2",
                    FindingStatus.VIOLATION, "2021");
            assertThat(f.facts()).containsEntry("serviceMethod", ServiceMethod.ELECTRONIC);
            assertThat(f.citations()).extracting(c -> c.id()).containsExactly("APL-2021-61-2");
        }

        @Test
        @RuleTest(rule = "P-SERV-2", value = JUST_UNDER)
        void electronicServiceWithConsent() {
            expectNone(check(electronic("e2", "2022-05-20", TriState.YES).build(), AS_OF), "P-SERV-2");
            expect(precheck(electronic("e2", "2022-05-20", TriState.YES).build(), AS_OF), "P-SERV-2",
                    FindingStatus.SATISFIED, "2021");
        }

        @Test
        void consentNotRecordedNeedsReviewAndOtherMethodsAreNotConcerned() {
            expect(check(electronic("e3", "2022-05-20", TriState.UNKNOWN).build(), AS_OF), "P-SERV-2",
                    FindingStatus.NEEDS_REVIEW, "2021");
            expectNone(check(market("e4").decidedOn("2022-05-20").service(ServiceMethod.POST, TriState.NO,
                    TriState.NO).servedOn("2022-05-21").build(), AS_OF), "P-SERV-2");
        }

        @Test
        @RuleTest(rule = "P-SERV-2", value = OTHER_VERSION)
        void theOldLawHadNoElectronicServiceRule() {
            expectNone(check(electronic("e5", "2021-07-14", TriState.NO).build(), AS_OF), "P-SERV-2");
            expect(check(electronic("e6", "2021-07-15", TriState.NO).build(), AS_OF), "P-SERV-2",
                    FindingStatus.VIOLATION, "2021");
        }
    }

    @Nested
    class PublicOrderServiceWithinTwoDays {
        private CaseBuilder absent(String id, String decided, String served) {
            return publicOrder(id).decidedOn(decided).partyPresent(TriState.NO).servedOn(served);
        }

        @Test
        @RuleTest(rule = "P-SERV-3", value = {TRIGGERS, JUST_OVER})
        void servedTheDayAfterTheExtendedLastDay() {
            // Decided Thu 2023-09-28 + 2 days = Sat 30 Sep (holiday to 6 Oct) -> Sat 7 Oct (worked).
            Finding f = expect(check(absent("t1", "2023-09-28", "2023-10-08").build(), AS_OF), "P-SERV-3",
                    FindingStatus.VIOLATION, "2006");
            assertThat(f.dueDate()).isEqualTo(date("2023-10-07"));
            assertThat(f.parameters()).containsEntry("period", "2 DAYS");
            assertThat(f.message().zh()).contains("2023-10-07");
            expectNone(check(absent("t1", "2023-09-28", "2023-10-08").build(), AS_OF), "P-SERV-1");
        }

        @Test
        @RuleTest(rule = "P-SERV-3", value = JUST_UNDER)
        void servedOnTheExtendedLastDay() {
            expectNone(check(absent("t2", "2023-09-28", "2023-10-07").build(), AS_OF), "P-SERV-3");
        }

        @Test
        void aPresentPartyGetsItOnTheSpot() {
            expect(check(publicOrder("t3").decidedOn("2023-09-28").partyPresent(TriState.YES).servedOn("2023-09-29")
                    .build(), AS_OF), "P-SERV-3", FindingStatus.VIOLATION, "2006");
        }

        @Test
        @RuleTest(rule = "P-SERV-3", value = OTHER_VERSION)
        void the2026RevisionIsUnverified() {
            // 2006 text: decided Tue 2025-12-30 + 2 = 1 Jan (holiday to 3 Jan) -> Sun 4 Jan 2026 (worked).
            Finding old = expect(check(absent("t4", "2025-12-30", "2026-01-05").build(), "2026-06-01"), "P-SERV-3",
                    FindingStatus.VIOLATION, "2006");
            assertThat(old.dueDate()).isEqualTo(date("2026-01-04"));
            expectNone(check(absent("t5", "2025-12-30", "2026-01-04").build(), "2026-06-01"), "P-SERV-3");
            // 2026 revision (UNVERIFIED): decided Mon 2026-01-05, due Wed 7 Jan, served a day late.
            Finding f = expect(check(absent("t6", "2026-01-05", "2026-01-08").build(), "2026-06-01"), "P-SERV-3",
                    FindingStatus.NEEDS_REVIEW, "2026");
            assertThat(f.basis()).isEqualTo(Verification.UNVERIFIED);
            assertThat(f.dueDate()).isEqualTo(date("2026-01-07"));
        }

        @Test
        void aPoliceCaseOutsideThePublicOrderLawUsesPServ1() {
            Finding f = expect(check(CaseBuilder.penalty("t7").agency(AgencySystem.PUBLIC_SECURITY).fine("500")
                    .decidedOn("2023-09-28").partyPresent(TriState.NO).servedOn("2023-10-14").build(), AS_OF),
                    "P-SERV-1", FindingStatus.VIOLATION, "2021");
            assertThat(f.dueDate()).isEqualTo(date("2023-10-13"));
            expectNone(check(CaseBuilder.penalty("t7").agency(AgencySystem.PUBLIC_SECURITY).fine("500")
                    .decidedOn("2023-09-28").partyPresent(TriState.NO).servedOn("2023-10-14").build(), AS_OF),
                    "P-SERV-3");
        }
    }
}
