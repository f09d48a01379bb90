package io.lawcheck.catalog.rules;

import io.lawcheck.core.catalog.Severity;
import io.lawcheck.core.catalog.Verification;
import io.lawcheck.core.check.CheckResult;
import io.lawcheck.core.check.Finding;
import io.lawcheck.core.check.FindingStatus;
import io.lawcheck.core.model.AgencySystem;
import io.lawcheck.core.model.PenaltyKind;
import io.lawcheck.core.model.ReviewResult;
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
 * Legal review (review.drl): P-REV-1 review before a major decision (2021 Art 58(1); 2017 Art 38(3) for every
 * general-procedure decision from 2018-01-01), P-REV-2 first-time reviewer's qualification.
 */
class LegalReviewRulesTest {
    private static final String AS_OF = "2024-06-01";

    private static CaseBuilder base(String id) {
        return CaseBuilder.penalty(id).agency(AgencySystem.MARKET_REGULATION).organisation().twoCertifiedOfficers()
                .fine("50000");
    }

    @Nested
    class ReviewBeforeMajorDecision {
        @Test
        @RuleTest(rule = "P-REV-1", value = TRIGGERS)
        void majorPublicInterestDecidedWithoutReview() {
            CheckResult r = check(base("r1").notMajor().majorPublicInterest(TriState.YES)
                    .notHappened(StepKind.LEGAL_REVIEW).decidedOn("2022-05-20").build(), AS_OF);
            Finding f = expect(r, "P-REV-1", FindingStatus.VIOLATION, "2021");
            assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(f.basis()).isEqualTo(Verification.VERIFIED);
            assertThat(f.facts()).containsEntry("required", TriState.YES).containsEntry("done", TriState.NO);
            assertThat(f.citations()).extracting(c -> c.id()).containsExactly("APL-2021-58-1");
        }

        @Test
        void eachArticle58CategoryRequiresReview() {
            CaseBuilder[] required = {
                    base("c1").notMajor().majorPublicInterest(TriState.YES),
                    base("c2").notMajor().complexMultipleRelations(TriState.YES),
                    base("c3").notMajor().reviewRequiredByOtherLaw(TriState.YES),
                    base("c4").notMajor().majorRightsAffected(TriState.YES).step(StepKind.HEARING_HELD,
                            "2022-05-10")};
            for (CaseBuilder b : required) {
                expect(check(b.notHappened(StepKind.LEGAL_REVIEW).decidedOn("2022-05-20").build(), AS_OF),
                        "P-REV-1", FindingStatus.VIOLATION, "2021");
            }
            // Item (2) needs both: major rights AND a hearing held.
            expectNone(check(base("c5").notMajor().majorRightsAffected(TriState.YES)
                    .notHappened(StepKind.HEARING_HELD).notHappened(StepKind.LEGAL_REVIEW).decidedOn("2022-05-20")
                    .build(), AS_OF), "P-REV-1");
            expectNone(check(base("c6").notMajor().notHappened(StepKind.LEGAL_REVIEW).decidedOn("2022-05-20")
                    .build(), AS_OF), "P-REV-1");
        }

        @Test
        @RuleTest(rule = "P-REV-1", value = JUST_UNDER)
        void reviewOnTheDayOfTheDecisionIsInTime() {
            CaseBuilder b = base("r2").notMajor().majorPublicInterest(TriState.YES).legalReviewPassed("2022-05-20")
                    .decidedOn("2022-05-20");
            expectNone(check(b.build(), AS_OF), "P-REV-1");
            expect(precheck(b.build(), AS_OF), "P-REV-1", FindingStatus.SATISFIED, "2021");
        }

        @Test
        @RuleTest(rule = "P-REV-1", value = JUST_OVER)
        void reviewTheDayAfterTheDecisionIsNoReview() {
            Finding f = expect(check(base("r3").notMajor().majorPublicInterest(TriState.YES)
                    .legalReviewPassed("2022-05-21").decidedOn("2022-05-20").build(), AS_OF), "P-REV-1",
                    FindingStatus.VIOLATION, "2021");
            assertThat(f.facts()).containsEntry("legalReview", date("2022-05-21"))
                    .containsEntry("decisionDate", date("2022-05-20"));
            assertThat(f.message().zh()).contains("2022-05-21").contains("晚于决定");
            assertThat(f.message().en()).contains("came after the decision");
        }

        @Test
        void aReviewThatDidNotPassIsNoReview() {
            Finding f = expect(check(base("r4").notMajor().complexMultipleRelations(TriState.YES)
                    .legalReview("2022-05-18", ReviewResult.NOT_PASSED, TriState.NO, TriState.YES)
                    .decidedOn("2022-05-20").build(), AS_OF), "P-REV-1", FindingStatus.VIOLATION, "2021");
            assertThat(f.message().zh()).contains("审核未通过");
        }

        @Test
        void unansweredJudgementsWithoutReviewAskTheReviewer() {
            Finding f = expect(check(base("r5").notHappened(StepKind.LEGAL_REVIEW).decidedOn("2022-05-20").build(),
                    AS_OF), "P-REV-1", FindingStatus.NEEDS_REVIEW, "2021");
            assertThat(f.facts()).containsEntry("required", TriState.UNKNOWN);
            assertThat(f.message().zh()).contains("重大公共利益");
        }

        @Test
        void reviewRequiredButNotRecordedNeedsReview() {
            expect(check(base("r6").notMajor().majorPublicInterest(TriState.YES).decidedOn("2022-05-20").build(),
                    AS_OF), "P-REV-1", FindingStatus.NEEDS_REVIEW, "2021");
        }

        @Test
        void draftNeedingReviewIsPending() {
            CaseBuilder draft = CaseBuilder.penalty("d1").agency(AgencySystem.MARKET_REGULATION).organisation()
                    .notMajor().majorPublicInterest(TriState.YES).proposed(PenaltyKind.FINE, "50000")
                    .filed("2022-05-01");
            expect(precheck(draft.build(), "2022-05-20"), "P-REV-1", FindingStatus.PENDING, "2021");
        }

        @Test
        @RuleTest(rule = "P-REV-1", value = OTHER_VERSION)
        void everyGeneralProcedureDecisionNeededReviewFrom2018To2021() {
            // Same facts (general procedure, no Art 58 category, no review), decided in 2016, 2019 and 2022.
            expectNone(check(base("v16").notMajor().notHappened(StepKind.LEGAL_REVIEW).decidedOn("2016-05-20")
                    .build(), AS_OF), "P-REV-1");
            Finding f = expect(check(base("v19").notMajor().notHappened(StepKind.LEGAL_REVIEW)
                    .decidedOn("2019-05-20").build(), AS_OF), "P-REV-1", FindingStatus.VIOLATION, "2018");
            assertThat(f.citations()).extracting(c -> c.id()).containsExactly("APL-2017-38-3");
            assertThat(f.basis()).isEqualTo(Verification.SECONDARY);
            expectNone(check(base("v22").notMajor().notHappened(StepKind.LEGAL_REVIEW).decidedOn("2022-05-20")
                    .build(), AS_OF), "P-REV-1");
        }

        @Test
        @RuleTest(rule = "P-REV-1", value = OTHER_VERSION)
        void theVersionChangesOnTheDayThe2021LawCameIntoForce() {
            expectNone(check(base("b0").notMajor().notHappened(StepKind.LEGAL_REVIEW).decidedOn("2017-12-31")
                    .build(), AS_OF), "P-REV-1");
            expect(check(base("b1").notMajor().notHappened(StepKind.LEGAL_REVIEW).decidedOn("2018-01-01").build(),
                    AS_OF), "P-REV-1", FindingStatus.VIOLATION, "2018");
            expect(check(base("b2").notMajor().notHappened(StepKind.LEGAL_REVIEW).decidedOn("2021-07-14").build(),
                    AS_OF), "P-REV-1", FindingStatus.VIOLATION, "2018");
            expectNone(check(base("b3").notMajor().notHappened(StepKind.LEGAL_REVIEW).decidedOn("2021-07-15")
                    .build(), AS_OF), "P-REV-1");
            // The 2017 rule covered the general procedure only.
            expectNone(check(base("b4").summary().notMajor().notHappened(StepKind.LEGAL_REVIEW)
                    .decidedOn("2019-05-20").build(), AS_OF), "P-REV-1");
        }
    }

    @Nested
    class FirstTimeReviewerQualified {
        private CaseBuilder reviewed(String id, String reviewDate, TriState firstTime, TriState qualified) {
            return base(id).notMajor().majorPublicInterest(TriState.YES)
                    .legalReview(reviewDate, ReviewResult.PASSED, firstTime, qualified);
        }

        @Test
        @RuleTest(rule = "P-REV-2", value = {TRIGGERS, JUST_OVER})
        void firstTimeReviewerWithoutQualification() {
            Finding f = expect(check(reviewed("q1", "2022-05-18", TriState.YES, TriState.NO).decidedOn("2022-05-20")
                    .build(), AS_OF), "P-REV-2", FindingStatus.VIOLATION, "2021");
            assertThat(f.facts()).containsEntry("firstTimeReviewer", TriState.YES).containsEntry("done", TriState.NO);
            assertThat(f.citations()).extracting(c -> c.id()).containsExactly("APL-2021-58-2");
        }

        @Test
        @RuleTest(rule = "P-REV-2", value = JUST_UNDER)
        void qualifiedFirstTimeReviewerOrExperiencedReviewerIsFine() {
            expectNone(check(reviewed("q2", "2022-05-18", TriState.YES, TriState.YES).decidedOn("2022-05-20")
                    .build(), AS_OF), "P-REV-2");
            expectNone(precheck(reviewed("q3", "2022-05-18", TriState.NO, TriState.NO).decidedOn("2022-05-20")
                    .build(), AS_OF), "P-REV-2");
        }

        @Test
        void qualificationUnknownNeedsReviewAndADraftIsPending() {
            expect(check(reviewed("q4", "2022-05-18", TriState.YES, TriState.UNKNOWN).decidedOn("2022-05-20")
                    .build(), AS_OF), "P-REV-2", FindingStatus.NEEDS_REVIEW, "2021");
            CaseBuilder draft = CaseBuilder.penalty("q5").agency(AgencySystem.MARKET_REGULATION).organisation()
                    .proposed(PenaltyKind.FINE, "50000").filed("2022-05-01")
                    .legalReview("2022-05-18", ReviewResult.PASSED, TriState.YES, TriState.NO);
            expect(precheck(draft.build(), "2022-05-19"), "P-REV-2", FindingStatus.PENDING, "2021");
        }

        @Test
        @RuleTest(rule = "P-REV-2", value = OTHER_VERSION)
        void theDutyStartedWithThe2017AmendmentAndTheVersionFollowsTheReviewDate() {
            expectNone(check(reviewed("o1", "2017-12-31", TriState.YES, TriState.NO).decidedOn("2018-01-05")
                    .build(), AS_OF), "P-REV-2");
            expect(check(reviewed("o2", "2018-01-01", TriState.YES, TriState.NO).decidedOn("2018-01-05").build(),
                    AS_OF), "P-REV-2", FindingStatus.VIOLATION, "2018");
            // Reviewed under the old text, decided under the new law: the review step chooses.
            expect(check(reviewed("o3", "2021-07-14", TriState.YES, TriState.NO).decidedOn("2021-07-20").build(),
                    AS_OF), "P-REV-2", FindingStatus.VIOLATION, "2018");
            expect(check(reviewed("o4", "2021-07-15", TriState.YES, TriState.NO).decidedOn("2021-07-20").build(),
                    AS_OF), "P-REV-2", FindingStatus.VIOLATION, "2021");
        }
    }
}
