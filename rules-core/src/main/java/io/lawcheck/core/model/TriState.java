package io.lawcheck.core.model;

/**
 * A fact as the case file knows it. {@link #UNKNOWN} means the file does not say; it is never read as "no".
 */
public enum TriState {
    YES, NO, UNKNOWN;

    public static TriState of(Boolean value) {
        return value == null ? UNKNOWN : (value ? YES : NO);
    }

    /** {@code null} read as UNKNOWN (for record constructors). */
    public static TriState orUnknown(TriState t) {
        return t == null ? UNKNOWN : t;
    }

    public boolean isYes() {
        return this == YES;
    }

    public boolean isNo() {
        return this == NO;
    }

    public boolean isUnknown() {
        return this == UNKNOWN;
    }

    /** Three-valued OR: YES if any is YES, NO only if all are NO. */
    public static TriState anyOf(TriState... values) {
        boolean unknown = false;
        for (TriState v : values) {
            if (v == YES) {
                return YES;
            }
            if (v == null || v == UNKNOWN) {
                unknown = true;
            }
        }
        return unknown ? UNKNOWN : NO;
    }

    /** Three-valued AND: NO if any is NO, YES only if all are YES. */
    public static TriState allOf(TriState... values) {
        boolean unknown = false;
        for (TriState v : values) {
            if (v == NO) {
                return NO;
            }
            if (v == null || v == UNKNOWN) {
                unknown = true;
            }
        }
        return unknown ? UNKNOWN : YES;
    }

    public TriState not() {
        return switch (this) {
            case YES -> NO;
            case NO -> YES;
            case UNKNOWN -> UNKNOWN;
        };
    }
}
