package io.lawcheck.service.web.dto;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.lawcheck.core.warning.WarningLevel;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

/** A warning the platform already raised for the case: level, day raised and, if handled, day handled. */
public record WarningRecordDto(@NotNull WarningLevel level, @NotNull @SupportedDate LocalDate raised,
                               @SupportedDate LocalDate handled) {
    @JsonIgnore
    @AssertTrue(message = "a warning record needs LEVEL_1, LEVEL_2 or LEVEL_3")
    public boolean isRaisedLevel() {
        return level != WarningLevel.NONE;
    }

    @JsonIgnore
    @AssertTrue(message = "handled cannot be before raised")
    public boolean isHandledAfterRaised() {
        return raised == null || handled == null || !handled.isBefore(raised);
    }
}
