package io.lawcheck.core.check;

import io.lawcheck.core.catalog.Citation;
import io.lawcheck.core.catalog.LocalizedText;
import io.lawcheck.core.catalog.Severity;
import io.lawcheck.core.catalog.Verification;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What one rule found on one case.
 *
 * @param ruleVersion the version of the rule that applied, e.g. {@code 2021}
 * @param dueDate     for PENDING (and deadline violations): the last lawful day
 * @param facts       the case facts the rule relied on (dates, amounts, states)
 * @param parameters  the parameter values it used (thresholds, periods), each with its source where it has one
 * @param basis       the weakest verification among the citations and parameters it rests on
 */
public record Finding(String ruleId, String ruleVersion, String family, Severity severity, FindingStatus status,
                      LocalDate dueDate, LocalizedText title, LocalizedText message, List<Citation> citations,
                      Map<String, Object> facts, Map<String, Object> parameters, Verification basis) {
    public Finding {
        citations = List.copyOf(citations);
        facts = ArrayMap.copyOf(facts);
        parameters = ArrayMap.copyOf(parameters);
    }
}
