package io.lawcheck.service.web.dto;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;

import java.time.LocalDate;

/**
 * A 行政许可 application as JSON. Dates ISO-8601. Booleans are three-valued: true, false, or null/absent
 * (unknown). See the model LicensingApplication for each field.
 */
public record LicensingDto(
        LocalDate receivedDate,
        Boolean materialsComplete,
        LocalDate missingItemsNoticeDate,
        Boolean missingItemsAllAtOnce,
        LocalDate acceptanceDate,
        Boolean receiptIssued,
        Boolean substantiveVerification,
        @PositiveOrZero @Max(366) Integer verifierCount,
        Boolean thirdPartyMajorInterest,
        Boolean thirdPartyNotified,
        Boolean thirdPartyHeard,
        Boolean jointHandling,
        Boolean specialPeriodByLaw,
        Boolean extensionApproved,
        @PositiveOrZero @Max(366) Integer extensionDays,
        Boolean extensionReasonNotified,
        Boolean lowerLevelReview,
        LocalDate referralDate,
        @PositiveOrZero @Max(366) Integer excludedDays,
        Boolean excludedNotified,
        LocalDate decisionDate,
        Boolean granted,
        Boolean refusalReasonsGiven,
        Boolean remedyRightsTold,
        LocalDate certificateIssuedDate,
        Boolean published,
        Boolean hearingRequiredByLaw,
        Boolean hearingAnnounced,
        Boolean majorInterestsOfOthers,
        Boolean hearingRightNotified,
        LocalDate hearingRightNotifiedDate,
        LocalDate hearingRequestDate,
        LocalDate hearingNoticeDate,
        Boolean hearingHeld,
        LocalDate hearingDate,
        Boolean hearingPublic,
        Boolean hostIsExaminer,
        Boolean hearingRecordSigned,
        Boolean decisionBasedOnRecord,
        LocalDate licenceExpiry,
        LocalDate renewalApplicationDate,
        LocalDate renewalDecisionDate) {
}
