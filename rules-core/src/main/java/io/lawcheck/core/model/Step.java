package io.lawcheck.core.model;

import java.time.LocalDate;

/**
 * What the file says about one procedure step: whether it happened, on which date, and when the supervision
 * platform received its record. A date implies the step happened. {@code happened = YES} with no date is allowed
 * (the file proves the step but not its day); rules that need the day then answer NEEDS_REVIEW.
 */
public record Step(TriState happened, LocalDate date, LocalDate platformReceived) {
    public static final Step UNKNOWN = new Step(TriState.UNKNOWN, null, null);
    public static final Step NOT_HAPPENED = new Step(TriState.NO, null, null);

    public Step {
        if (happened == null) {
            happened = date != null ? TriState.YES : TriState.UNKNOWN;
        }
        if (happened == TriState.NO && date != null) {
            throw new IllegalArgumentException("a step that did not happen cannot have a date");
        }
        if (date != null) {
            happened = TriState.YES;
        }
    }

    public static Step on(LocalDate date) {
        return new Step(TriState.YES, date, null);
    }

    public static Step on(String isoDate) {
        return on(LocalDate.parse(isoDate));
    }

    public static Step happenedUndated() {
        return new Step(TriState.YES, null, null);
    }
}
