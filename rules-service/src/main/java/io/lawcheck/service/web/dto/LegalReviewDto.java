package io.lawcheck.service.web.dto;

import io.lawcheck.core.model.ReviewResult;

/** The 法制审核's result and reviewer qualification; its date is the LEGAL_REVIEW step. */
public record LegalReviewDto(ReviewResult result, Boolean firstTimeReviewer, Boolean reviewerHasLegalQualification) {
}
