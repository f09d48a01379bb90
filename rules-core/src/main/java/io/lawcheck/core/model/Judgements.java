package io.lawcheck.core.model;

/**
 * Questions the data alone cannot settle and a person (agency, legal reviewer, court) has answered for this case.
 * Each is three-valued; UNKNOWN makes the rules that depend on it answer NEEDS_REVIEW with the question.
 *
 * @param majorPublicInterest         涉及重大公共利益 (Art 58(1)(1))
 * @param majorRightsAffected         直接关系当事人或者第三人重大权益 (Art 58(1)(2))
 * @param complexMultipleRelations    案件情况疑难复杂、涉及多个法律关系 (Art 58(1)(3))
 * @param reviewRequiredByOtherLaw    法律、法规规定应当进行法制审核 (Art 58(1)(4)), incl. a local review list
 * @param complexOrMajorViolation     情节复杂或者重大违法行为 (Art 57(2), collective discussion)
 * @param heavyPenalty                the penalty is 较大数额 / 其他较重 as judged (e.g. by a court) where no threshold
 *                                    settles it (Art 63(1)(5); pre-2021 Art 42 "等", 指导案例6号)
 * @param decisionPeriodExtended      a sectoral rule's extension or excluded time for the decision period was
 *                                    approved and recorded (Art 60 "法律、法规、规章另有规定的除外")
 */
public record Judgements(TriState majorPublicInterest, TriState majorRightsAffected,
                         TriState complexMultipleRelations, TriState reviewRequiredByOtherLaw,
                         TriState complexOrMajorViolation, TriState heavyPenalty,
                         TriState decisionPeriodExtended) {
    public static final Judgements UNKNOWN = new Judgements(null, null, null, null, null, null, null);

    public Judgements {
        majorPublicInterest = orUnknown(majorPublicInterest);
        majorRightsAffected = orUnknown(majorRightsAffected);
        complexMultipleRelations = orUnknown(complexMultipleRelations);
        reviewRequiredByOtherLaw = orUnknown(reviewRequiredByOtherLaw);
        complexOrMajorViolation = orUnknown(complexOrMajorViolation);
        heavyPenalty = orUnknown(heavyPenalty);
        decisionPeriodExtended = orUnknown(decisionPeriodExtended);
    }

    private static TriState orUnknown(TriState t) {
        return t == null ? TriState.UNKNOWN : t;
    }
}
