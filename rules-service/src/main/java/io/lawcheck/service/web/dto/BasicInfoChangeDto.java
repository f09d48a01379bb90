package io.lawcheck.service.web.dto;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.lawcheck.core.model.BasicInfoKind;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

/** A change of the agency's basic information (Tianjin measures Art 11) and the day it was applied for (Art 12). */
public record BasicInfoChangeDto(BasicInfoKind kind, @NotNull LocalDate changedOn, LocalDate changeRequestedOn) {
    @JsonIgnore
    @AssertTrue(message = "changeRequestedOn cannot be before changedOn")
    public boolean isRequestAfterChange() {
        return changedOn == null || changeRequestedOn == null || !changeRequestedOn.isBefore(changedOn);
    }
}
