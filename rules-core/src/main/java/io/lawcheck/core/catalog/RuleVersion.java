package io.lawcheck.core.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One version of a rule: the law text it applies, the dates of the relevant step for which it applies (inclusive),
 * its citations and its statutory parameters (periods, amounts).
 *
 * @param key   the rule id and version, e.g. {@code P-HEAR-3@2021}; also the name of its DRL rule
 * @param until inclusive last date, or null while in force
 * @param reads the scoped parameters (parameters/*.yaml) this version reads, e.g. {@code summary.fineLimit}; the
 *              loader checks each exists (or is declared as allowed to be missing)
 */
public record RuleVersion(String key, String ruleId, String version, LocalDate from, LocalDate until,
                          List<Citation> citations, Map<String, String> params, Verification verification,
                          List<String> reads) {

    public RuleVersion {
        citations = List.copyOf(citations);
        params = Map.copyOf(params);
        reads = reads == null ? List.of() : List.copyOf(reads);
    }

    /** A version that reads no scoped parameter. */
    public RuleVersion(String key, String ruleId, String version, LocalDate from, LocalDate until,
                       List<Citation> citations, Map<String, String> params, Verification verification) {
        this(key, ruleId, version, from, until, citations, params, verification, List.of());
    }

    public boolean appliesOn(LocalDate date) {
        return date != null && !date.isBefore(from) && (until == null || !date.isAfter(until));
    }

    public String param(String name) {
        String value = params.get(name);
        if (value == null) {
            throw new IllegalStateException("rule version " + key + " has no parameter '" + name + "'");
        }
        return value;
    }
}
