package io.lawcheck.core.model;

import java.time.LocalDate;

/**
 * Withdrawal (回避) of enforcement officers from a penalty case (行政处罚法 2021 Art 43; 1996 Art 37(3)). The hearing
 * host's withdrawal is a {@link HearingConduct} fact. Three-valued; a null date is "the file does not say".
 *
 * @param interestedOfficerActed an officer with a direct interest in the case (直接利害关系) acted in it without withdrawing
 * @param relatedOfficerActed    an officer with another relationship that could affect fair enforcement (其他关系可能
 *                               影响公正执法) acted in it without withdrawing
 * @param partyApplied           the party applied for an officer's withdrawal
 * @param appliedOn              day of the application
 * @param decided                the agency decided on the application
 * @param decidedOn              day of that decision
 * @param decidedByAgencyHead    the decision was made by the agency head (行政机关负责人)
 */
public record OfficerWithdrawal(TriState interestedOfficerActed, TriState relatedOfficerActed, TriState partyApplied,
                                LocalDate appliedOn, TriState decided, LocalDate decidedOn,
                                TriState decidedByAgencyHead) {
    public static final OfficerWithdrawal UNKNOWN = new OfficerWithdrawal(null, null, null, null, null, null, null);

    public OfficerWithdrawal {
        interestedOfficerActed = TriState.orUnknown(interestedOfficerActed);
        relatedOfficerActed = TriState.orUnknown(relatedOfficerActed);
        partyApplied = TriState.orUnknown(partyApplied);
        decided = TriState.orUnknown(decided);
        decidedByAgencyHead = TriState.orUnknown(decidedByAgencyHead);
        // an application or a decision dated on file happened
        if (partyApplied == TriState.UNKNOWN && appliedOn != null) {
            partyApplied = TriState.YES;
        }
        if (decided == TriState.UNKNOWN && decidedOn != null) {
            decided = TriState.YES;
        }
    }

    /** Whether the file says anything that a withdrawal rule reads (most files say nothing: the rules stay silent). */
    public boolean recorded() {
        return interestedOfficerActed == TriState.YES || relatedOfficerActed == TriState.YES
                || partyApplied == TriState.YES;
    }
}
