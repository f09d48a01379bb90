package io.lawcheck.service.web.dto;

/** The items of the decision document (行政处罚法 Art 59): true present, false missing, null not known. */
public record DecisionDocumentDto(Boolean partyNameAndAddress, Boolean factsAndEvidence, Boolean penaltyAndBasis,
                                  Boolean performanceMannerAndDeadline, Boolean remedyRouteAndDeadline,
                                  Boolean agencyNameAndDate, Boolean agencySeal) {
}
