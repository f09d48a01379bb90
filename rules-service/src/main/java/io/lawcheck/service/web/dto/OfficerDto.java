package io.lawcheck.service.web.dto;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.lawcheck.core.model.OfficerRole;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** A person who acted, by opaque reference (never a name or ID number), with certificate validity. */
public record OfficerDto(@NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9_.:-]+",
        message = "must be an opaque reference of letters, digits and _ . : -") String ref,
                         OfficerRole role, Boolean certified, LocalDate certificateValidFrom,
                         LocalDate certificateValidUntil) {
    @JsonIgnore
    @AssertTrue(message = "certificateValidUntil cannot be before certificateValidFrom")
    public boolean isCertificatePeriodOrdered() {
        return certificateValidFrom == null || certificateValidUntil == null
                || !certificateValidUntil.isBefore(certificateValidFrom);
    }
}
