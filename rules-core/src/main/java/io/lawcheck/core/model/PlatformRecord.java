package io.lawcheck.core.model;

import java.util.List;

/**
 * What a supervision platform (行政执法监督平台) knows about the case beyond each step's receipt date
 * ({@link Step#platformReceived()}).
 *
 * @param receiptsComplete  YES when the platform attests that a step without {@code platformReceived} was not received
 *                          (the caller is the platform itself); otherwise a missing receipt date is unknown, never "not
 *                          received"
 * @param basicInfoChanges  changes of the agency's basic information (Tianjin 2015 measures Arts 11-12)
 */
public record PlatformRecord(TriState receiptsComplete, List<BasicInfoChange> basicInfoChanges) {
    public static final PlatformRecord NONE = new PlatformRecord(TriState.UNKNOWN, List.of());

    public PlatformRecord {
        receiptsComplete = receiptsComplete == null ? TriState.UNKNOWN : receiptsComplete;
        basicInfoChanges = basicInfoChanges == null ? List.of() : List.copyOf(basicInfoChanges);
    }
}
