package io.lawcheck.core.check;

/** Outcome of one rule on one case. */
public enum FindingStatus {
    /** Already breached. */
    VIOLATION,
    /** Needs a person's judgement or a fact the case lacks (or rests on unverified data). */
    NEEDS_REVIEW,
    /** Not yet due; carries its due date where there is one. */
    PENDING,
    /** Obligation met (reported in {@link CheckMode#PRECHECK} only). */
    SATISFIED,
    /**
     * The rule failed at run time (a bug or unexpected data): this obligation was NOT checked. The case's other
     * findings still stand; a person must check this one by hand.
     */
    ENGINE_ERROR
}
