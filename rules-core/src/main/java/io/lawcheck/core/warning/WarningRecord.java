package io.lawcheck.core.warning;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A warning the platform has already raised for the case: its level, when it was raised and, if it was, when it was
 * handled. The history lets the policy continue an escalation instead of restarting it.
 */
public record WarningRecord(WarningLevel level, LocalDate raised, LocalDate handled) {
    public WarningRecord {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(raised, "raised");
        if (level == WarningLevel.NONE) {
            throw new IllegalArgumentException("a warning record needs a level");
        }
        if (handled != null && handled.isBefore(raised)) {
            throw new IllegalArgumentException("handled is before raised");
        }
    }

    /** Whether it was handled on or before {@code asOf}. */
    public boolean handledBy(LocalDate asOf) {
        return handled != null && !handled.isAfter(asOf);
    }
}
