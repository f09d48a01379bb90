package io.lawcheck.core.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * What the file says about a 行政许可 application (行政许可法): receipt, acceptance, examination, decision,
 * certificate, publication, hearing and renewal. Immutable and three-valued: a null date or count and an UNKNOWN
 * flag mean the file does not say.
 *
 * @param receivedDate day the application materials were received
 * @param materialsComplete the materials were complete and in lawful form
 * @param missingItemsNoticeDate day the applicant was told what was missing (Art 32(1)(4))
 * @param missingItemsAllAtOnce all missing items were told at once
 * @param acceptanceDate day the application was accepted (受理)
 * @param receiptIssued written acceptance/refusal receipt with seal and date (Art 32(2))
 * @param substantiveVerification the substance of the materials was verified (Art 34(3))
 * @param verifierCount number of staff who verified
 * @param thirdPartyMajorInterest the licence directly affects another person's major interests (Art 36)
 * @param thirdPartyNotified that person was told
 * @param thirdPartyHeard that person's (and the applicant's) views were heard
 * @param jointHandling joint or centralised handling (Art 42(2))
 * @param specialPeriodByLaw a law or regulation sets another decision period (Art 42 '另有规定')
 * @param extensionApproved extension approved by the agency head (or the government head, Art 42(2))
 * @param extensionDays length of the extension, working days
 * @param extensionReasonNotified the applicant was told the reason for the extension
 * @param lowerLevelReview a lower-level agency reviews before referral upward (Art 43)
 * @param referralDate day the lower level referred the file upward
 * @param excludedDays working days of hearing, tender, auction, testing, appraisal, expert review (Art 45)
 * @param excludedNotified the applicant was told the excluded time in writing
 * @param decisionDate day of the licensing decision
 * @param granted the licence was granted (false: refused)
 * @param refusalReasonsGiven a refusal gave reasons (Art 38(2))
 * @param remedyRightsTold a refusal told of the right to 复议/诉讼 (Art 38(2))
 * @param certificateIssuedDate day the licence certificate was issued or served (Art 44)
 * @param published the decision granting the licence was made public (Art 40)
 * @param hearingRequiredByLaw a law or rule requires a hearing, or a major public-interest licence (Art 46)
 * @param hearingAnnounced the hearing was publicly announced (Art 46)
 * @param majorInterestsOfOthers the licence directly involves major interests between the applicant and others (Art 47)
 * @param hearingRightNotified the applicant and interested persons were told of the right to a hearing (Art 47)
 * @param hearingRightNotifiedDate day the applicant and interested persons were told of the right to a hearing
 * @param hearingRequestDate day a hearing was requested
 * @param hearingNoticeDate day the notice of hearing time and place was given (Art 48(1)(1))
 * @param hearingHeld a hearing was held
 * @param hearingDate day the hearing was held
 * @param hearingPublic the hearing was public (Art 48(1)(2))
 * @param hostIsExaminer the host was the examiner of the application (Art 48(1)(3))
 * @param hearingRecordSigned a hearing record was made and signed (Art 48(1)(5))
 * @param decisionBasedOnRecord the decision rests on the hearing record (Art 48(2))
 * @param licenceExpiry last day of the licence's validity (renewal)
 * @param renewalApplicationDate day the renewal was applied for (Art 50)
 * @param renewalDecisionDate day the renewal was decided
 */
public record LicensingApplication(
        LocalDate receivedDate,
        TriState materialsComplete,
        LocalDate missingItemsNoticeDate,
        TriState missingItemsAllAtOnce,
        LocalDate acceptanceDate,
        TriState receiptIssued,
        TriState substantiveVerification,
        Integer verifierCount,
        TriState thirdPartyMajorInterest,
        TriState thirdPartyNotified,
        TriState thirdPartyHeard,
        TriState jointHandling,
        TriState specialPeriodByLaw,
        TriState extensionApproved,
        Integer extensionDays,
        TriState extensionReasonNotified,
        TriState lowerLevelReview,
        LocalDate referralDate,
        Integer excludedDays,
        TriState excludedNotified,
        LocalDate decisionDate,
        TriState granted,
        TriState refusalReasonsGiven,
        TriState remedyRightsTold,
        LocalDate certificateIssuedDate,
        TriState published,
        TriState hearingRequiredByLaw,
        TriState hearingAnnounced,
        TriState majorInterestsOfOthers,
        TriState hearingRightNotified,
        LocalDate hearingRightNotifiedDate,
        LocalDate hearingRequestDate,
        LocalDate hearingNoticeDate,
        TriState hearingHeld,
        LocalDate hearingDate,
        TriState hearingPublic,
        TriState hostIsExaminer,
        TriState hearingRecordSigned,
        TriState decisionBasedOnRecord,
        LocalDate licenceExpiry,
        LocalDate renewalApplicationDate,
        LocalDate renewalDecisionDate) {
    /** Nothing known: the file has no such section. */
    public static final LicensingApplication UNKNOWN = new LicensingApplication(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);

    public LicensingApplication {
        materialsComplete = materialsComplete == null ? TriState.UNKNOWN : materialsComplete;
        missingItemsAllAtOnce = missingItemsAllAtOnce == null ? TriState.UNKNOWN : missingItemsAllAtOnce;
        receiptIssued = receiptIssued == null ? TriState.UNKNOWN : receiptIssued;
        substantiveVerification = substantiveVerification == null ? TriState.UNKNOWN : substantiveVerification;
        requireDays("verifierCount", verifierCount);
        thirdPartyMajorInterest = thirdPartyMajorInterest == null ? TriState.UNKNOWN : thirdPartyMajorInterest;
        thirdPartyNotified = thirdPartyNotified == null ? TriState.UNKNOWN : thirdPartyNotified;
        thirdPartyHeard = thirdPartyHeard == null ? TriState.UNKNOWN : thirdPartyHeard;
        jointHandling = jointHandling == null ? TriState.UNKNOWN : jointHandling;
        specialPeriodByLaw = specialPeriodByLaw == null ? TriState.UNKNOWN : specialPeriodByLaw;
        extensionApproved = extensionApproved == null ? TriState.UNKNOWN : extensionApproved;
        requireDays("extensionDays", extensionDays);
        extensionReasonNotified = extensionReasonNotified == null ? TriState.UNKNOWN : extensionReasonNotified;
        lowerLevelReview = lowerLevelReview == null ? TriState.UNKNOWN : lowerLevelReview;
        requireDays("excludedDays", excludedDays);
        excludedNotified = excludedNotified == null ? TriState.UNKNOWN : excludedNotified;
        granted = granted == null ? TriState.UNKNOWN : granted;
        refusalReasonsGiven = refusalReasonsGiven == null ? TriState.UNKNOWN : refusalReasonsGiven;
        remedyRightsTold = remedyRightsTold == null ? TriState.UNKNOWN : remedyRightsTold;
        published = published == null ? TriState.UNKNOWN : published;
        hearingRequiredByLaw = hearingRequiredByLaw == null ? TriState.UNKNOWN : hearingRequiredByLaw;
        hearingAnnounced = hearingAnnounced == null ? TriState.UNKNOWN : hearingAnnounced;
        majorInterestsOfOthers = majorInterestsOfOthers == null ? TriState.UNKNOWN : majorInterestsOfOthers;
        hearingRightNotified = hearingRightNotified == null ? TriState.UNKNOWN : hearingRightNotified;
        hearingHeld = hearingHeld == null ? TriState.UNKNOWN : hearingHeld;
        hearingPublic = hearingPublic == null ? TriState.UNKNOWN : hearingPublic;
        hostIsExaminer = hostIsExaminer == null ? TriState.UNKNOWN : hostIsExaminer;
        hearingRecordSigned = hearingRecordSigned == null ? TriState.UNKNOWN : hearingRecordSigned;
        decisionBasedOnRecord = decisionBasedOnRecord == null ? TriState.UNKNOWN : decisionBasedOnRecord;
    }

    /** Day counts and head counts: no legal period here is longer than a year. */
    private static void requireDays(String field, Integer value) {
        if (value != null && (value < 0 || value > 366)) {
            throw new IllegalArgumentException(field + " must be between 0 and 366");
        }
    }
}
