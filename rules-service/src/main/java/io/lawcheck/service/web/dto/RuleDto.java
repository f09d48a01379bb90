package io.lawcheck.service.web.dto;

import io.lawcheck.core.catalog.Severity;
import io.lawcheck.core.catalog.Verification;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A catalog rule with its versions (effective dates inclusive; {@code until} null while in force; {@code reads}: the
 * scoped parameters the version reads).
 */
public record RuleDto(String id, String family, Severity severity, TextDto title, String doc,
                      List<Version> versions) {
    public record Version(String version, LocalDate from, LocalDate until, List<CitationDto> citations,
                          Map<String, String> params, Verification verification,
                          List<String> reads) {
    }
}
