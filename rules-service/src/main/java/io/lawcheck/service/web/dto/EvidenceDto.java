package io.lawcheck.service.web.dto;

import io.lawcheck.core.model.EvidenceStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An evidence item by catalog kind code, PRESENT, ABSENT or UNKNOWN. */
public record EvidenceDto(@NotBlank @Size(max = 64) @Pattern(regexp = "[A-Z][A-Z0-9_]*",
        message = "must be an evidence kind code in capitals, e.g. INQUIRY_RECORD") String kind,
                          EvidenceStatus status) {
}
