package io.lawcheck.service.web.dto;

import io.lawcheck.core.model.OnSiteActivity;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * Further penalty-procedure facts (see the model's PenaltyProcedure): evidence handling, recording, hearing
 * conduct, decision document, publication, on-the-spot collection and surcharge. null = the file does not say.
 */
public record PenaltyProcedureDto(
        @Valid HearingConductDto hearing,
        DecisionDocumentDto decisionDocument, // no constraints: not cascaded (see CaseDto)
        Boolean defenceReviewed,
        Boolean renotifiedBeforeHeavier,
        Boolean preservationApproved,
        Boolean fullProcessRecorded,
        Boolean audioVideoRecorded,
        @Size(max = 20) Set<OnSiteActivity> onSiteActivities,
        Boolean socialImpact,
        Boolean harmToLifeHealthOrFinance,
        Boolean substantiveLawChanged,
        Boolean correctionOrdered,
        Boolean sameActFinedBefore,
        @PositiveOrZero @Digits(integer = 13, fraction = 2) BigDecimal collectedOnTheSpotYuan,
        Boolean hardToEnforceLater,
        Boolean remoteArea,
        Boolean receiptIssued,
        Boolean certificateShown,
        LocalDate surchargeFrom,
        @PositiveOrZero @DecimalMax("100") @Digits(integer = 3, fraction = 4) BigDecimal surchargeRatePercentPerDay,
        @PositiveOrZero @Digits(integer = 13, fraction = 2) BigDecimal surchargeTotalYuan) {
}
