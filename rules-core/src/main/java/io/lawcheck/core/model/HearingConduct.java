package io.lawcheck.core.model;

/**
 * How a penalty hearing was conducted (its dates are the HEARING_* steps). 行政处罚法 2021 Arts 63(2), 64;
 * 1996 Art 42. Everything three-valued: UNKNOWN is "the file does not say".
 *
 * @param costCharged                  the party was charged for organising the hearing
 * @param publicHearing                the hearing was held in public
 * @param confidentialMatter           the case involves a state secret, business secret or personal privacy
 * @param hostWasInvestigator          the host (主持人) was one of the case investigators
 * @param hostWithdrawalIgnored        the party's application to withdraw the host was not decided
 * @param agentCount                   number of agents the party appointed; null if not known
 * @param terminated                   the hearing was ended as waived (终止听证)
 * @param partyAbsentWithoutGoodReason the party failed to appear or left without permission and good reason
 * @param recordMade                   a hearing record (听证笔录) is on file
 * @param recordSigned                 the party checked and signed the record, or the host noted the refusal
 * @param decisionBasedOnRecord        the decision was made on the basis of the hearing record (2021 Art 65)
 */
public record HearingConduct(TriState costCharged, TriState publicHearing, TriState confidentialMatter,
                             TriState hostWasInvestigator, TriState hostWithdrawalIgnored, Integer agentCount,
                             TriState terminated, TriState partyAbsentWithoutGoodReason, TriState recordMade,
                             TriState recordSigned, TriState decisionBasedOnRecord) {
    public static final HearingConduct UNKNOWN = new HearingConduct(null, null, null, null, null, null, null, null,
            null, null, null);

    public HearingConduct {
        costCharged = TriState.orUnknown(costCharged);
        publicHearing = TriState.orUnknown(publicHearing);
        confidentialMatter = TriState.orUnknown(confidentialMatter);
        hostWasInvestigator = TriState.orUnknown(hostWasInvestigator);
        hostWithdrawalIgnored = TriState.orUnknown(hostWithdrawalIgnored);
        if (agentCount != null && agentCount < 0) {
            throw new IllegalArgumentException("agentCount must not be negative");
        }
        terminated = TriState.orUnknown(terminated);
        partyAbsentWithoutGoodReason = TriState.orUnknown(partyAbsentWithoutGoodReason);
        recordMade = TriState.orUnknown(recordMade);
        recordSigned = TriState.orUnknown(recordSigned);
        decisionBasedOnRecord = TriState.orUnknown(decisionBasedOnRecord);
    }
}
