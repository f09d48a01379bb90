package io.lawcheck.core.catalog;

/** How far a citation or a parameter was checked against its source (marks of the domain reference, §0.1). */
public enum Verification {
    /** [V]: checked word for word against the primary text. */
    VERIFIED,
    /** [V2]: secondary sources agree; the number is reliable. */
    SECONDARY,
    /** Not confirmed: a finding resting on it is NEEDS_REVIEW at most. */
    UNVERIFIED;

    public Verification weakest(Verification other) {
        return other == null || other.ordinal() <= ordinal() ? this : other;
    }
}
