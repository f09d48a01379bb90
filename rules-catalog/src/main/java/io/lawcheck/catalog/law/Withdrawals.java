package io.lawcheck.catalog.law;

import io.lawcheck.core.check.Assessment;
import io.lawcheck.core.check.FindingBuilder;
import io.lawcheck.core.check.FindingStatus;
import io.lawcheck.core.model.OfficerWithdrawal;
import io.lawcheck.core.model.StepKind;
import io.lawcheck.core.model.TriState;

import java.time.LocalDate;

/**
 * P-REC-1, withdrawal (回避) of enforcement officers (行政处罚法 2021 Art 43; 1996 Art 37(3)). Facts:
 * {@link OfficerWithdrawal} in the case's penalty formalities. The hearing host's withdrawal is P-HEAR-6.
 * The DRL selects the version; {@code since2021} says whether the 2021 text (other relationships, the party's
 * application decided by the agency head) applies.
 */
public final class Withdrawals {
    private Withdrawals() {
    }

    /** What the rule reports, in order of precedence: a violation first, then a missing fact. */
    private enum Outcome {
        NONE(null, null),
        SATISFIED(FindingStatus.SATISFIED, null),
        INTEREST(FindingStatus.VIOLATION, "interest"),
        RELATIONSHIP(FindingStatus.VIOLATION, "relationship"),
        NOT_DECIDED(FindingStatus.VIOLATION, "notDecided"),
        NOT_HEAD(FindingStatus.VIOLATION, "notHead"),
        AFTER_DECISION(FindingStatus.VIOLATION, "afterDecision"),
        PENDING(FindingStatus.PENDING, null),
        UNKNOWN(FindingStatus.NEEDS_REVIEW, "unknown"),
        UNDATED(FindingStatus.NEEDS_REVIEW, "undated"),
        WHO(FindingStatus.NEEDS_REVIEW, "who");

        final FindingStatus status; // null: nothing to report
        final String variant;

        Outcome(FindingStatus status, String variant) {
            this.status = status;
            this.variant = variant;
        }
    }

    static OfficerWithdrawal facts(Assessment a) {
        return a.getCaseFile().penaltyFormalities().officerWithdrawal();
    }

    /** Whether the rule reports anything outside a pre-check (a file in order, or one saying nothing, does not). */
    public static boolean reportable(Assessment a, boolean since2021) {
        Outcome o = outcome(a, since2021);
        return o != Outcome.NONE && o != Outcome.SATISFIED;
    }

    private static Outcome outcome(Assessment a, boolean since2021) {
        OfficerWithdrawal w = facts(a);
        if (w.interestedOfficerActed() == TriState.YES) {
            return Outcome.INTEREST;
        }
        if (!since2021) {
            // 1996 Art 37(3): only a direct interest with the party; no application procedure in the penalty law
            // outside the hearing (P-HEAR-6)
            return Outcome.NONE;
        }
        if (w.relatedOfficerActed() == TriState.YES) {
            return Outcome.RELATIONSHIP;
        }
        if (w.partyApplied() != TriState.YES) {
            return Outcome.NONE;
        }
        boolean penaltyDecided = a.decided() == TriState.YES;
        if (w.decided() != TriState.YES) {
            if (!penaltyDecided) {
                return Outcome.PENDING;
            }
            return w.decided() == TriState.NO ? Outcome.NOT_DECIDED : Outcome.UNKNOWN;
        }
        if (w.decidedByAgencyHead() == TriState.NO) {
            return Outcome.NOT_HEAD;
        }
        if (penaltyDecided) {
            LocalDate decision = a.dateOf(StepKind.DECISION);
            if (decision != null && w.decidedOn() != null && w.decidedOn().isAfter(decision)) {
                return Outcome.AFTER_DECISION;
            }
            if (decision == null || w.decidedOn() == null) {
                return Outcome.UNDATED;
            }
        }
        return w.decidedByAgencyHead() == TriState.YES ? Outcome.SATISFIED : Outcome.WHO;
    }

    /** P-REC-1: reports the outcome with the dates on file. */
    public static void check(Assessment a, String key, boolean since2021) {
        Outcome o = outcome(a, since2021);
        if (o == Outcome.NONE) {
            return;
        }
        OfficerWithdrawal w = facts(a);
        FindingBuilder f = a.report(key).fact("appliedOn", w.appliedOn()).fact("withdrawalDecidedOn", w.decidedOn())
                .fact("decisionDate", a.dateOf(StepKind.DECISION));
        if (o.variant != null) {
            f.variant(o.variant);
        }
        switch (o.status) {
            case SATISFIED -> f.satisfied();
            case PENDING -> f.pending(null);
            case VIOLATION -> f.violation();
            default -> f.needsReview();
        }
    }
}
