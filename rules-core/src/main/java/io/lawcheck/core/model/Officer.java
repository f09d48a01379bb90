package io.lawcheck.core.model;

import java.time.LocalDate;

/**
 * One person who took part in the enforcement act, by opaque reference only (no name, no ID number).
 * Certification: the validity period of the 行政执法证件 if known, otherwise {@code certified}.
 */
public record Officer(String ref, OfficerRole role, TriState certified, LocalDate certificateValidFrom,
                      LocalDate certificateValidUntil) {
    public Officer {
        role = role == null ? OfficerRole.UNKNOWN : role;
        certified = certified == null ? TriState.UNKNOWN : certified;
        if (certificateValidFrom != null && certificateValidUntil != null
                && certificateValidUntil.isBefore(certificateValidFrom)) {
            throw new IllegalArgumentException("certificateValidUntil is before certificateValidFrom");
        }
    }

    /** Whether this person held a valid enforcement certificate on {@code date} (null date: as far as known). */
    public TriState certifiedOn(LocalDate date) {
        if (role == OfficerRole.AUXILIARY) {
            return TriState.NO;
        }
        if (certificateValidFrom != null || certificateValidUntil != null) {
            if (date == null) {
                return TriState.UNKNOWN;
            }
            boolean started = certificateValidFrom == null || !date.isBefore(certificateValidFrom);
            boolean notExpired = certificateValidUntil == null || !date.isAfter(certificateValidUntil);
            return TriState.of(started && notExpired);
        }
        return certified;
    }
}
