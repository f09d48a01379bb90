package io.lawcheck.core.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A rule as the catalog documents it: stable id, family, severity, titles, messages by outcome and its versions.
 * Message keys are a finding status ({@code VIOLATION}, {@code PENDING}, {@code NEEDS_REVIEW}, {@code SATISFIED}) or
 * a status with a variant ({@code NEEDS_REVIEW.threshold}); placeholders {@code ${name}} take facts and parameters.
 *
 * @param doc how the rule reads the law, including where the source is unclear
 */
public record RuleDefinition(String id, String family, Severity severity, LocalizedText title, String doc,
                             Map<String, LocalizedText> messages, List<RuleVersion> versions) {

    public RuleDefinition {
        messages = Map.copyOf(messages);
        versions = List.copyOf(versions);
    }

    public Optional<RuleVersion> versionOn(LocalDate date) {
        for (RuleVersion v : versions) {
            if (v.appliesOn(date)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }
}
