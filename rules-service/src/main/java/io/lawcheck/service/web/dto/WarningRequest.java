package io.lawcheck.service.web.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** One case and the warnings already raised for it (POST /api/v1/warnings; one NDJSON line of /statistics). */
public record WarningRequest(@NotNull @Valid CaseDto caseFile,
                             @Size(max = 50) List<@Valid @NotNull WarningRecordDto> history) {
}
