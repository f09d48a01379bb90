package io.lawcheck.service.web.dto;

import io.lawcheck.core.model.CoercionKind;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A 行政强制 (coercive measure or enforcement) as JSON. Dates ISO-8601, times HH:mm[:ss], amounts in yuan.
 * Booleans are three-valued: true, false, or null/absent (unknown). See the model CoercionMeasure for each field.
 */
public record CoercionDto(
        CoercionKind kind,
        Boolean legalBasis,
        Boolean agencyEmpowered,
        Boolean entrusted,
        Boolean priorApproval,
        Boolean certificatesShown,
        Boolean partyNotified,
        Boolean rightsTold,
        Boolean statementHeard,
        Boolean onSiteRecord,
        Boolean recordSigned,
        Boolean partyPresent,
        Boolean witnessSigned,
        Boolean familyNotified,
        Boolean videoRecorded,
        Boolean urgent,
        LocalDate measureDate,
        LocalTime measureTime,
        LocalDate approvalDate,
        LocalTime approvalTime,
        Boolean itemsRelated,
        Boolean dailyNecessities,
        Boolean alreadySealed,
        Boolean decisionOnSpot,
        Boolean decisionComplete,
        @PositiveOrZero @Max(366) Integer periodDays,
        LocalDate extensionDate,
        Boolean extensionApproved,
        @PositiveOrZero @Max(366) Integer extensionDays,
        Boolean extensionNotified,
        @PositiveOrZero @Max(366) Integer testingDays,
        Boolean testingNotified,
        LocalDate dispositionDate,
        Boolean itemsReturned,
        @PositiveOrZero @Digits(integer = 15, fraction = 2) BigDecimal freezeAmount,
        @PositiveOrZero @Digits(integer = 15, fraction = 2) BigDecimal involvedAmount,
        LocalDate freezeDecisionServed,
        LocalDate underlyingDecisionServed,
        LocalDate remedyPeriodEnd,
        Boolean remedySought,
        LocalDate reminderServed,
        Boolean reminderWritten,
        Boolean reminderComplete,
        Boolean reminderServiceLawful,
        LocalDate reminderDeadline,
        Boolean assetTransferRisk,
        LocalDate enforcementDecisionDate,
        Boolean enforcementDecisionComplete,
        LocalDate enforcementDate,
        LocalTime enforcementTime,
        Boolean utilitiesCut,
        Boolean announcementMade,
        Boolean surchargeStandardNotified,
        LocalDate surchargeStart,
        @PositiveOrZero @Digits(integer = 15, fraction = 2) BigDecimal surchargeAmount,
        @PositiveOrZero @Digits(integer = 15, fraction = 2) BigDecimal principalAmount,
        Boolean enforcementPower,
        Boolean substituteDecision,
        Boolean supervisorPresent,
        Boolean documentsSigned,
        LocalDate courtApplicationDate,
        Boolean applicationComplete) {
}
