package io.lawcheck.core.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One change of the agency's basic information (基础信息, Tianjin 2015 measures Art 11) and when the agency applied to
 * the platform to change it (变更申请, Art 12(2)).
 *
 * @param changedOn          the day the information changed in fact
 * @param changeRequestedOn  the day the change application was made, or null if the file does not say
 */
public record BasicInfoChange(BasicInfoKind kind, LocalDate changedOn, LocalDate changeRequestedOn) {
    public BasicInfoChange {
        kind = kind == null ? BasicInfoKind.OTHER : kind;
        Objects.requireNonNull(changedOn, "changedOn");
        if (changeRequestedOn != null && changeRequestedOn.isBefore(changedOn)) {
            throw new IllegalArgumentException("changeRequestedOn is before changedOn");
        }
    }
}
