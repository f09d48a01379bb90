package io.lawcheck.service.web.dto;

/** Answers to questions only a person can settle (see the model's Judgements); null = not answered. */
public record JudgementsDto(Boolean majorPublicInterest, Boolean majorRightsAffected,
                            Boolean complexMultipleRelations, Boolean reviewRequiredByOtherLaw,
                            Boolean complexOrMajorViolation, Boolean heavyPenalty,
                            Boolean decisionPeriodExtended) {
}
