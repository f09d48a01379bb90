package io.lawcheck.service.web.dto;

import java.time.LocalDate;

/**
 * Deferred or instalment payment of the fine (行政处罚法 Art 66(2)). Dates ISO-8601; booleans three-valued (null:
 * the file does not say).
 */
public record PaymentDeferralDto(Boolean granted, Boolean partyApplied, Boolean agencyApproved, LocalDate approvedOn,
                                 LocalDate periodEnd) {
}
