package io.lawcheck.core.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * What the file says about a 行政强制 (行政强制法): the coercive measure (查封, 扣押, 冻结, 限制人身自由) or the
 * enforcement (强制执行, 代履行, 强制拆除) and, where the agency applies to a court, that application. Immutable and
 * three-valued: a null date, time or amount and an UNKNOWN flag mean the file does not say. Times are wall-clock
 * times on the given day (for the 24-hour approval of Art 19 and the night check of Art 43).
 *
 * @param kind measure or manner of enforcement
 * @param legalBasis a law or regulation provides for the measure (Art 10)
 * @param agencyEmpowered the acting agency holds the power by law (Arts 17, 22, 29)
 * @param entrusted carried out by an entrusted body (Art 17(1): not allowed)
 * @param priorApproval reported to and approved by the agency head beforehand (Art 18(1))
 * @param certificatesShown enforcement certificates shown (Art 18(3))
 * @param partyNotified party notified to attend (Art 18(4))
 * @param rightsTold reasons, basis, rights and remedies told on the spot (Art 18(5))
 * @param statementHeard the party's statement and defence heard (Art 18(6); for enforcement Art 36)
 * @param onSiteRecord on-site record (现场笔录) made (Art 18(7))
 * @param recordSigned record signed by party and officers, or refusal noted (Art 18(8))
 * @param partyPresent the party was present
 * @param witnessSigned with the party absent, a witness signed (Art 18(9))
 * @param familyNotified family told of agency, place and period (Art 20, restriction of liberty)
 * @param videoRecorded continuous audio-video record of the on-site activity (国办发〔2018〕118号)
 * @param urgent taken on the spot in an emergency (Art 19) / urgent enforcement (Art 43)
 * @param measureDate day the measure was taken (seizure, sealing, freeze)
 * @param measureTime time of day the measure was taken, if recorded
 * @param approvalDate day of the head's approval after an urgent measure (Art 19)
 * @param approvalTime time of that approval, if recorded
 * @param itemsRelated the things sealed or seized relate to the violation (Art 23)
 * @param dailyNecessities daily necessities of the party or dependants were sealed or seized (Art 23)
 * @param alreadySealed the property was already sealed under another law (Art 23(2))
 * @param decisionOnSpot decision and inventory handed over on the spot (Art 24(1))
 * @param decisionComplete the decision states every item of Art 24(2)
 * @param periodDays period stated in the sealing/seizure decision, days
 * @param extensionDate day the extension was decided
 * @param extensionApproved extension approved by the agency head (Arts 25, 32)
 * @param extensionDays length of the extension, days
 * @param extensionNotified extension notified to the party in writing with reasons
 * @param testingDays days of testing, inspection, quarantine or appraisal excluded (Art 25(3))
 * @param testingNotified the excluded testing time was stated and notified in writing
 * @param dispositionDate day of the disposal or release decision (Arts 27, 28, 32)
 * @param itemsReturned on release, the things were returned (Art 28(2))
 * @param freezeAmount amount frozen, yuan (Art 29)
 * @param involvedAmount amount the violation involves, yuan
 * @param freezeDecisionServed day the freeze decision was handed to the party (Art 31)
 * @param underlyingDecisionServed day the administrative decision being enforced was served
 * @param remedyPeriodEnd last day of the 复议/诉讼 periods, if the file states it
 * @param remedySought the party applied for 复议 or sued
 * @param reminderServed day the written reminder (催告书) was served (Arts 35, 54)
 * @param reminderWritten a written reminder was given
 * @param reminderComplete the reminder states time limit, manner, amount and method of payment, right to state and defend (Art 35)
 * @param reminderServiceLawful served directly or by Civil Procedure Law methods (Art 38)
 * @param reminderDeadline the time limit the reminder set
 * @param assetTransferRisk evidence of transferring or hiding assets (Art 37(3): immediate enforcement)
 * @param enforcementDecisionDate day of the enforcement decision (Art 37)
 * @param enforcementDecisionComplete the decision states every item of Art 37(2)
 * @param enforcementDate day enforcement (incl. substitute performance, demolition) was carried out
 * @param enforcementTime time of day enforcement began, if recorded (Art 43 night check)
 * @param utilitiesCut residents' water, power, heat or gas cut to force compliance (Art 43(2))
 * @param announcementMade demolition announced with a time limit for self-demolition (Art 44)
 * @param surchargeStandardNotified the party was told the surcharge / late-fee standard (Art 45)
 * @param surchargeStart day the surcharge or late fee began to run
 * @param surchargeAmount surcharge or late fee, yuan
 * @param principalAmount the money obligation it is added to, yuan
 * @param enforcementPower the agency holds direct enforcement power by law (Art 46)
 * @param substituteDecision substitute performance decision with all Art 51(1)(1) items
 * @param supervisorPresent agency staff supervised the substitute performance (Art 51(1)(3))
 * @param documentsSigned substitute-performance documents signed (Art 51(1)(4))
 * @param courtApplicationDate day the application to court was filed (Art 53)
 * @param applicationComplete the application carries every item of Art 55
 */
public record CoercionMeasure(
        CoercionKind kind,
        TriState legalBasis,
        TriState agencyEmpowered,
        TriState entrusted,
        TriState priorApproval,
        TriState certificatesShown,
        TriState partyNotified,
        TriState rightsTold,
        TriState statementHeard,
        TriState onSiteRecord,
        TriState recordSigned,
        TriState partyPresent,
        TriState witnessSigned,
        TriState familyNotified,
        TriState videoRecorded,
        TriState urgent,
        LocalDate measureDate,
        LocalTime measureTime,
        LocalDate approvalDate,
        LocalTime approvalTime,
        TriState itemsRelated,
        TriState dailyNecessities,
        TriState alreadySealed,
        TriState decisionOnSpot,
        TriState decisionComplete,
        Integer periodDays,
        LocalDate extensionDate,
        TriState extensionApproved,
        Integer extensionDays,
        TriState extensionNotified,
        Integer testingDays,
        TriState testingNotified,
        LocalDate dispositionDate,
        TriState itemsReturned,
        BigDecimal freezeAmount,
        BigDecimal involvedAmount,
        LocalDate freezeDecisionServed,
        LocalDate underlyingDecisionServed,
        LocalDate remedyPeriodEnd,
        TriState remedySought,
        LocalDate reminderServed,
        TriState reminderWritten,
        TriState reminderComplete,
        TriState reminderServiceLawful,
        LocalDate reminderDeadline,
        TriState assetTransferRisk,
        LocalDate enforcementDecisionDate,
        TriState enforcementDecisionComplete,
        LocalDate enforcementDate,
        LocalTime enforcementTime,
        TriState utilitiesCut,
        TriState announcementMade,
        TriState surchargeStandardNotified,
        LocalDate surchargeStart,
        BigDecimal surchargeAmount,
        BigDecimal principalAmount,
        TriState enforcementPower,
        TriState substituteDecision,
        TriState supervisorPresent,
        TriState documentsSigned,
        LocalDate courtApplicationDate,
        TriState applicationComplete) {
    /** Nothing known: the file has no such section. */
    public static final CoercionMeasure UNKNOWN = new CoercionMeasure(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);

    public CoercionMeasure {
        kind = kind == null ? CoercionKind.UNKNOWN : kind;
        legalBasis = legalBasis == null ? TriState.UNKNOWN : legalBasis;
        agencyEmpowered = agencyEmpowered == null ? TriState.UNKNOWN : agencyEmpowered;
        entrusted = entrusted == null ? TriState.UNKNOWN : entrusted;
        priorApproval = priorApproval == null ? TriState.UNKNOWN : priorApproval;
        certificatesShown = certificatesShown == null ? TriState.UNKNOWN : certificatesShown;
        partyNotified = partyNotified == null ? TriState.UNKNOWN : partyNotified;
        rightsTold = rightsTold == null ? TriState.UNKNOWN : rightsTold;
        statementHeard = statementHeard == null ? TriState.UNKNOWN : statementHeard;
        onSiteRecord = onSiteRecord == null ? TriState.UNKNOWN : onSiteRecord;
        recordSigned = recordSigned == null ? TriState.UNKNOWN : recordSigned;
        partyPresent = partyPresent == null ? TriState.UNKNOWN : partyPresent;
        witnessSigned = witnessSigned == null ? TriState.UNKNOWN : witnessSigned;
        familyNotified = familyNotified == null ? TriState.UNKNOWN : familyNotified;
        videoRecorded = videoRecorded == null ? TriState.UNKNOWN : videoRecorded;
        urgent = urgent == null ? TriState.UNKNOWN : urgent;
        itemsRelated = itemsRelated == null ? TriState.UNKNOWN : itemsRelated;
        dailyNecessities = dailyNecessities == null ? TriState.UNKNOWN : dailyNecessities;
        alreadySealed = alreadySealed == null ? TriState.UNKNOWN : alreadySealed;
        decisionOnSpot = decisionOnSpot == null ? TriState.UNKNOWN : decisionOnSpot;
        decisionComplete = decisionComplete == null ? TriState.UNKNOWN : decisionComplete;
        requireDays("periodDays", periodDays);
        extensionApproved = extensionApproved == null ? TriState.UNKNOWN : extensionApproved;
        requireDays("extensionDays", extensionDays);
        extensionNotified = extensionNotified == null ? TriState.UNKNOWN : extensionNotified;
        requireDays("testingDays", testingDays);
        testingNotified = testingNotified == null ? TriState.UNKNOWN : testingNotified;
        itemsReturned = itemsReturned == null ? TriState.UNKNOWN : itemsReturned;
        requireNotNegative("freezeAmount", freezeAmount == null ? 0 : freezeAmount.signum());
        requireNotNegative("involvedAmount", involvedAmount == null ? 0 : involvedAmount.signum());
        remedySought = remedySought == null ? TriState.UNKNOWN : remedySought;
        reminderWritten = reminderWritten == null ? TriState.UNKNOWN : reminderWritten;
        reminderComplete = reminderComplete == null ? TriState.UNKNOWN : reminderComplete;
        reminderServiceLawful = reminderServiceLawful == null ? TriState.UNKNOWN : reminderServiceLawful;
        assetTransferRisk = assetTransferRisk == null ? TriState.UNKNOWN : assetTransferRisk;
        enforcementDecisionComplete = enforcementDecisionComplete == null ? TriState.UNKNOWN : enforcementDecisionComplete;
        utilitiesCut = utilitiesCut == null ? TriState.UNKNOWN : utilitiesCut;
        announcementMade = announcementMade == null ? TriState.UNKNOWN : announcementMade;
        surchargeStandardNotified = surchargeStandardNotified == null ? TriState.UNKNOWN : surchargeStandardNotified;
        requireNotNegative("surchargeAmount", surchargeAmount == null ? 0 : surchargeAmount.signum());
        requireNotNegative("principalAmount", principalAmount == null ? 0 : principalAmount.signum());
        enforcementPower = enforcementPower == null ? TriState.UNKNOWN : enforcementPower;
        substituteDecision = substituteDecision == null ? TriState.UNKNOWN : substituteDecision;
        supervisorPresent = supervisorPresent == null ? TriState.UNKNOWN : supervisorPresent;
        documentsSigned = documentsSigned == null ? TriState.UNKNOWN : documentsSigned;
        applicationComplete = applicationComplete == null ? TriState.UNKNOWN : applicationComplete;
    }

    /** Day counts and head counts: no legal period here is longer than a year. */
    private static void requireDays(String field, Integer value) {
        if (value != null && (value < 0 || value > 366)) {
            throw new IllegalArgumentException(field + " must be between 0 and 366");
        }
    }

    private static void requireNotNegative(String field, int value) {
        if (value < 0) {
            throw new IllegalArgumentException(field + " must not be negative");
        }
    }
}
