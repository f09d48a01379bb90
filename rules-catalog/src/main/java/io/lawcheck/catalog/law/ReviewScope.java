package io.lawcheck.catalog.law;

import io.lawcheck.core.check.Assessment;
import io.lawcheck.core.check.FindingBuilder;
import io.lawcheck.core.model.EnforcementCase;
import io.lawcheck.core.model.Judgements;
import io.lawcheck.core.model.ProcedureKind;
import io.lawcheck.core.model.ReviewResult;
import io.lawcheck.core.model.StepKind;
import io.lawcheck.core.model.TriState;

import java.time.LocalDate;

/** Whether a 法制审核 is required before the decision, and whether the file shows one done in time. */
public final class ReviewScope {
    private ReviewScope() {
    }

    /**
     * 2021 Art 58(1): (1) 重大公共利益; (2) 直接关系当事人或者第三人重大权益 and a hearing was held; (3) 疑难复杂、涉及多个
     * 法律关系; (4) required by another 法律/法规. Items (1)-(3) are judgements the file must answer.
     */
    public static TriState required2021(Assessment a) {
        Judgements j = a.getCaseFile().judgements();
        TriState heard = a.happened(StepKind.HEARING_HELD);
        return TriState.anyOf(j.majorPublicInterest(), TriState.allOf(j.majorRightsAffected(), heard),
                j.complexMultipleRelations(), j.reviewRequiredByOtherLaw());
    }

    /** 2017 Art 38(3) (in force 2018-01-01 to 2021-07-14): every general-procedure decision. */
    public static TriState required2017(Assessment a) {
        ProcedureKind p = a.getCaseFile().procedure();
        return p == ProcedureKind.UNKNOWN ? TriState.UNKNOWN : TriState.of(p == ProcedureKind.GENERAL);
    }

    /**
     * P-REV-1: reports the scope (each ground's answer as a fact, so the reviewer sees which question decides it) and
     * then whether the review was done before the decision. Not required: nothing in supervision; in a pre-check a
     * SATISFIED finding (variant {@code notRequired}) that says so, because "no review needed" is itself an answer
     * the reviewer needs.
     */
    public static void report(Assessment a, String key, TriState required, TriState done) {
        EnforcementCase c = a.getCaseFile();
        Judgements j = c.judgements();
        FindingBuilder f = a.report(key).variant(defect(a)).fact("required", required);
        if (key.endsWith("@2021")) {
            f.fact("majorPublicInterest", j.majorPublicInterest()).fact("majorRightsAffected", j.majorRightsAffected())
                    .fact("hearingHeld", c.happened(StepKind.HEARING_HELD))
                    .fact("complexMultipleRelations", j.complexMultipleRelations())
                    .fact("reviewRequiredByOtherLaw", j.reviewRequiredByOtherLaw());
        } else {
            f.fact("procedure", c.procedure());
        }
        f.fact("legalReview", a.dateOf(StepKind.LEGAL_REVIEW)).fact("decisionDate", a.dateOf(StepKind.DECISION));
        if (required == TriState.NO) {
            if (a.isPrecheck()) {
                f.variant("notRequired").satisfied();
            }
            return;
        }
        f.beforeDecision(required, done);
    }

    /**
     * Done in time: a review on file, dated no later than the decision, that did not fail. A review dated after the
     * decision, or one that did not pass, counts as not done.
     */
    public static TriState doneBeforeDecision(Assessment a) {
        EnforcementCase c = a.getCaseFile();
        TriState happened = c.happened(StepKind.LEGAL_REVIEW);
        if (happened != TriState.YES) {
            return happened;
        }
        if (defect(a) != null) {
            return TriState.NO;
        }
        // An undated review against a decision on file cannot be shown to have come first.
        return c.dateOf(StepKind.LEGAL_REVIEW) == null && c.happened(StepKind.DECISION) == TriState.YES
                ? TriState.UNKNOWN : TriState.YES;
    }

    /** Why a review counts as not done, for the message: {@code afterDecision}, {@code notPassed} or null. */
    public static String defect(Assessment a) {
        EnforcementCase c = a.getCaseFile();
        if (c.happened(StepKind.LEGAL_REVIEW) != TriState.YES) {
            return null;
        }
        if (c.legalReview().result() == ReviewResult.NOT_PASSED) {
            return "notPassed";
        }
        LocalDate review = c.dateOf(StepKind.LEGAL_REVIEW);
        LocalDate decision = c.dateOf(StepKind.DECISION);
        return review != null && decision != null && review.isAfter(decision) ? "afterDecision" : null;
    }
}
