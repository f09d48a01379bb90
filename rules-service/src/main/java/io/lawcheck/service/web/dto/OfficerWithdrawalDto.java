package io.lawcheck.service.web.dto;

import java.time.LocalDate;

/**
 * Withdrawal (回避) of enforcement officers (行政处罚法 2021 Art 43): an officer with a direct interest
 * ({@code interestedOfficerActed}) or another relationship that could affect fair enforcement
 * ({@code relatedOfficerActed}) who acted without withdrawing; the party's application for a withdrawal and the
 * agency's decision on it. Dates ISO-8601; booleans three-valued (null: the file does not say). Dates and their
 * order are checked by {@link ConsistentCaseValidator}.
 */
public record OfficerWithdrawalDto(Boolean interestedOfficerActed, Boolean relatedOfficerActed, Boolean partyApplied,
                                   LocalDate appliedOn, Boolean decided, LocalDate decidedOn,
                                   Boolean decidedByAgencyHead) {
}
