package io.lawcheck.service.web.dto;

/** The items of the on-the-spot decision form (行政处罚法 Art 52(2)): true present, false missing, null not known. */
public record OnTheSpotFormDto(Boolean violation, Boolean penaltyKind, Boolean legalBasis, Boolean fineAmount,
                               Boolean time, Boolean place, Boolean remedyRouteAndDeadline, Boolean agencyName,
                               Boolean officerSignature) {
}
