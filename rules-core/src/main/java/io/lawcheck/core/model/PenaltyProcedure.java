package io.lawcheck.core.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * Further facts of a penalty procedure that the evidence, hearing, defence, decision, publication and payment rules
 * read (their dates are steps). Everything three-valued or null: UNKNOWN / null is "the file does not say".
 *
 * @param hearing                    how the hearing was conducted
 * @param decisionDocument           what the decision document contains
 * @param defenceReviewed            the agency reviewed (复核) the facts, reasons and evidence the party raised
 * @param renotifiedBeforeHeavier    a new prior notice was served before deciding a heavier penalty than notified
 * @param preservationApproved       先行登记保存 was approved by the agency head
 * @param fullProcessRecorded        every stage (start, investigation, review, decision, service, enforcement) has a
 *                                   text or audio-video record in the archive
 * @param audioVideoRecorded         the on-site activities were recorded on audio-video without interruption
 * @param onSiteActivities           the on-site activities the case involved (empty: none recorded)
 * @param socialImpact               the decision has 一定社会影响 (Art 48(1)); a judgement
 * @param harmToLifeHealthOrFinance  the act concerns life, health or financial safety AND had harmful consequences
 * @param substantiveLawChanged      the provision defining the offence or its penalty changed between the act and
 *                                   the decision
 * @param correctionOrdered          the decision orders correction (责令改正)
 * @param sameActFinedBefore         the party was already fined for the same act
 * @param collectedOnTheSpotYuan     amount collected on the spot (当场收缴), null if none or unknown
 * @param hardToEnforceLater         not collecting on the spot would make later enforcement hard
 * @param remoteArea                 remote, waterborne or poorly connected area and the party asked to pay on the spot
 * @param receiptIssued              the fiscal department's standard receipt was issued for on-the-spot payment
 * @param certificateShown           the officer showed the enforcement certificate (on-the-spot decision)
 * @param surchargeFrom              first day a late-payment surcharge (加处罚款) was charged for
 * @param surchargeRatePercentPerDay the surcharge rate in percent of the fine per day
 * @param surchargeTotalYuan         the surcharge charged in total
 */
public record PenaltyProcedure(HearingConduct hearing, DecisionDocument decisionDocument, TriState defenceReviewed,
                               TriState renotifiedBeforeHeavier, TriState preservationApproved,
                               TriState fullProcessRecorded, TriState audioVideoRecorded,
                               Set<OnSiteActivity> onSiteActivities, TriState socialImpact,
                               TriState harmToLifeHealthOrFinance, TriState substantiveLawChanged,
                               TriState correctionOrdered, TriState sameActFinedBefore,
                               BigDecimal collectedOnTheSpotYuan, TriState hardToEnforceLater, TriState remoteArea,
                               TriState receiptIssued, TriState certificateShown, LocalDate surchargeFrom,
                               BigDecimal surchargeRatePercentPerDay, BigDecimal surchargeTotalYuan) {
    public static final PenaltyProcedure UNKNOWN = new PenaltyProcedure(null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null, null, null, null, null, null);

    public PenaltyProcedure {
        hearing = hearing == null ? HearingConduct.UNKNOWN : hearing;
        decisionDocument = decisionDocument == null ? DecisionDocument.UNKNOWN : decisionDocument;
        defenceReviewed = TriState.orUnknown(defenceReviewed);
        renotifiedBeforeHeavier = TriState.orUnknown(renotifiedBeforeHeavier);
        preservationApproved = TriState.orUnknown(preservationApproved);
        fullProcessRecorded = TriState.orUnknown(fullProcessRecorded);
        audioVideoRecorded = TriState.orUnknown(audioVideoRecorded);
        onSiteActivities = onSiteActivities == null || onSiteActivities.isEmpty() ? Set.of()
                : Set.copyOf(EnumSet.copyOf(onSiteActivities));
        socialImpact = TriState.orUnknown(socialImpact);
        harmToLifeHealthOrFinance = TriState.orUnknown(harmToLifeHealthOrFinance);
        substantiveLawChanged = TriState.orUnknown(substantiveLawChanged);
        correctionOrdered = TriState.orUnknown(correctionOrdered);
        sameActFinedBefore = TriState.orUnknown(sameActFinedBefore);
        requireNotNegative(collectedOnTheSpotYuan, "collectedOnTheSpotYuan");
        hardToEnforceLater = TriState.orUnknown(hardToEnforceLater);
        remoteArea = TriState.orUnknown(remoteArea);
        receiptIssued = TriState.orUnknown(receiptIssued);
        certificateShown = TriState.orUnknown(certificateShown);
        requireNotNegative(surchargeRatePercentPerDay, "surchargeRatePercentPerDay");
        requireNotNegative(surchargeTotalYuan, "surchargeTotalYuan");
    }

    private static void requireNotNegative(BigDecimal v, String name) {
        if (v != null && v.signum() < 0) {
            throw new IllegalArgumentException(name + " must not be negative");
        }
    }

    /** Whether any recorded on-site activity needs a continuous audio-video record (G-REC-2). */
    public boolean videoRequired() {
        for (OnSiteActivity a : onSiteActivities) { // a loop, not a stream: rule conditions call this per case
            if (a.videoRequired()) {
                return true;
            }
        }
        return false;
    }

    /** Whether any recorded on-site activity is one where recording is recommended only (G-REC-3). */
    public boolean videoRecommended() {
        for (OnSiteActivity a : onSiteActivities) {
            if (!a.videoRequired()) {
                return true;
            }
        }
        return false;
    }
}
