package io.lawcheck.catalog.load;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.lawcheck.core.catalog.Severity;
import io.lawcheck.core.catalog.Verification;
import io.lawcheck.core.model.AgencySystem;
import io.lawcheck.core.model.PartyKind;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The shapes of the catalog's YAML files, as written by rule authors (see docs/rule-authoring.md). */
final class CatalogFiles {
    private CatalogFiles() {
    }

    /** {@code catalog.yaml}: the index. */
    record Index(String version, String calendar, String citations, List<String> rules, List<String> parameters) {
    }

    record Text(String zh, String en) {
    }

    /** {@code metadata/<family>.yaml}. */
    record RuleFile(String family, List<Rule> rules) {
    }

    @JsonIgnoreProperties(ignoreUnknown = false)
    record Rule(String id, Severity severity, Text title, String doc, Map<String, Text> messages,
                List<Version> versions) {
    }

    /**
     * One version; {@code until} is inclusive. {@code reads}: the scoped parameters the DRL reads for this version;
     * {@code mayBeMissing}: those among them that may lack a row (the rule then answers NEEDS_REVIEW).
     */
    record Version(String version, LocalDate from, LocalDate until, List<String> citations,
                   Map<String, String> params, Verification verification, List<String> reads,
                   List<String> mayBeMissing) {
    }

    /** {@code citations.yaml}: id → provision. */
    record Provision(Text law, Text version, String article, String paragraph, String item, Text summary,
                     Verification verification) {
    }

    /** {@code parameters/<topic>.yaml}: one or more named parameters. */
    record ParameterFile(String doc, List<Parameter> parameters) {
    }

    /**
     * {@code tighter}: which way a narrower scope may move the value where the law gives a range (LOWER: a deadline
     * or a ceiling may only be shorter or lower; HIGHER: only longer or higher; NONE: not compared).
     */
    record Parameter(String name, String doc, Tightening tighter, List<ParameterEntry> rows) {
    }

    /**
     * {@code loosens}: why this narrower row may be looser than a wider one (only a law or an instrument of equal
     * or higher rank may, e.g. a special law "法律另有规定"); without it a looser row is refused.
     */
    record ParameterEntry(String scope, String note, AgencySystem agencySystem, PartyKind partyKind, LocalDate from,
                          LocalDate until, String value, Verification verification, String source,
                          String loosens) {
    }
}
