package io.lawcheck.core.model;

/**
 * Details of the 法制审核 (its date is the {@link StepKind#LEGAL_REVIEW} step): the result and the reviewer's
 * qualification (行政处罚法 2021 Art 58(2): a first-time reviewer must hold 法律职业资格).
 */
public record LegalReview(ReviewResult result, TriState firstTimeReviewer, TriState reviewerHasLegalQualification) {
    public static final LegalReview UNKNOWN = new LegalReview(ReviewResult.UNKNOWN, TriState.UNKNOWN, TriState.UNKNOWN);

    public LegalReview {
        result = result == null ? ReviewResult.UNKNOWN : result;
        firstTimeReviewer = firstTimeReviewer == null ? TriState.UNKNOWN : firstTimeReviewer;
        reviewerHasLegalQualification = reviewerHasLegalQualification == null ? TriState.UNKNOWN
                : reviewerHasLegalQualification;
    }
}
