package io.lawcheck.service.web.dto;

import io.lawcheck.core.catalog.Severity;
import io.lawcheck.core.catalog.Verification;
import io.lawcheck.core.check.FindingStatus;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** One rule's finding on the case. */
public record FindingDto(String ruleId, String ruleVersion, String family, Severity severity, FindingStatus status,
                         LocalDate dueDate, TextDto title, TextDto message, List<CitationDto> citations,
                         Map<String, Object> facts, Map<String, Object> parameters, Verification basis) {
}
