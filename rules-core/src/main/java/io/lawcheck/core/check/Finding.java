package io.lawcheck.core.check;

import io.lawcheck.core.catalog.Citation;
import io.lawcheck.core.catalog.LocalizedText;
import io.lawcheck.core.catalog.Severity;
import io.lawcheck.core.catalog.Verification;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one rule found on one case. Immutable, with value semantics over all its parts (as a record would have).
 *
 * <p>The message of a finding the checker made is rendered (its {@code ${name}} placeholders filled from
 * {@link #parameters()} and {@link #facts()}) when it is first read, not when the rule fires: a caller that only
 * counts statuses, such as the supervision platform's batch, never pays for it; rendering was about a quarter of
 * the checker's CPU and half of its allocation per case (docs/performance.md). The text is the same either way.
 *
 * @param ruleVersion the version of the rule that applied, e.g. {@code 2021}
 * @param dueDate     for PENDING (and deadline violations): the last lawful day
 * @param facts       the case facts the rule relied on (dates, amounts, states)
 * @param parameters  the parameter values it used (thresholds, periods), each with its source where it has one
 * @param basis       the weakest verification among the citations and parameters it rests on
 */
public final class Finding {
    private final String ruleId;
    private final String ruleVersion;
    private final String family;
    private final Severity severity;
    private final FindingStatus status;
    private final LocalDate dueDate;
    private final LocalizedText title;
    private final List<Citation> citations;
    private final Map<String, Object> facts;
    private final Map<String, Object> parameters;
    private final Verification basis;
    /** The message template to render, or null when the message was given. */
    private final LocalizedText template;
    /**
     * Rendered on first read. Unsynchronised on purpose (as {@code String.hashCode}): every thread renders the same
     * text from immutable parts, and a {@link LocalizedText} is safely published through its final fields.
     */
    private LocalizedText message;

    public Finding(String ruleId, String ruleVersion, String family, Severity severity, FindingStatus status,
                   LocalDate dueDate, LocalizedText title, LocalizedText message, List<Citation> citations,
                   Map<String, Object> facts, Map<String, Object> parameters, Verification basis) {
        this(ruleId, ruleVersion, family, severity, status, dueDate, title, null, message, citations, facts,
                parameters, basis);
    }

    private Finding(String ruleId, String ruleVersion, String family, Severity severity, FindingStatus status,
                    LocalDate dueDate, LocalizedText title, LocalizedText template, LocalizedText message,
                    List<Citation> citations, Map<String, Object> facts, Map<String, Object> parameters,
                    Verification basis) {
        this.ruleId = ruleId;
        this.ruleVersion = ruleVersion;
        this.family = family;
        this.severity = severity;
        this.status = status;
        this.dueDate = dueDate;
        this.title = title;
        this.template = template;
        this.message = message;
        this.citations = List.copyOf(citations);
        this.facts = ArrayMap.copyOf(facts);
        this.parameters = ArrayMap.copyOf(parameters);
        this.basis = basis;
    }

    /** A finding whose message is {@code template} rendered with its own parameters and facts, when first read. */
    static Finding rendered(String ruleId, String ruleVersion, String family, Severity severity,
                            FindingStatus status, LocalDate dueDate, LocalizedText title, LocalizedText template,
                            List<Citation> citations, Map<String, Object> facts, Map<String, Object> parameters,
                            Verification basis) {
        return new Finding(ruleId, ruleVersion, family, severity, status, dueDate, title,
                Objects.requireNonNull(template, "template"), null, citations, facts, parameters, basis);
    }

    public String ruleId() {
        return ruleId;
    }

    public String ruleVersion() {
        return ruleVersion;
    }

    public String family() {
        return family;
    }

    public Severity severity() {
        return severity;
    }

    public FindingStatus status() {
        return status;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public LocalizedText title() {
        return title;
    }

    public LocalizedText message() {
        LocalizedText m = message;
        if (m == null && template != null) {
            m = FindingBuilder.render(template, parameters, facts);
            message = m;
        }
        return m;
    }

    public List<Citation> citations() {
        return citations;
    }

    public Map<String, Object> facts() {
        return facts;
    }

    public Map<String, Object> parameters() {
        return parameters;
    }

    public Verification basis() {
        return basis;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Finding f && ruleId.equals(f.ruleId) && ruleVersion.equals(f.ruleVersion)
                && Objects.equals(family, f.family) && severity == f.severity && status == f.status
                && Objects.equals(dueDate, f.dueDate) && Objects.equals(title, f.title)
                && Objects.equals(message(), f.message()) && citations.equals(f.citations) && facts.equals(f.facts)
                && parameters.equals(f.parameters) && basis == f.basis;
    }

    @Override
    public int hashCode() {
        return Objects.hash(ruleId, ruleVersion, family, severity, status, dueDate, title, message(), citations, facts,
                parameters, basis);
    }

    @Override
    public String toString() {
        return "Finding[ruleId=" + ruleId + ", ruleVersion=" + ruleVersion + ", family=" + family + ", severity="
                + severity + ", status=" + status + ", dueDate=" + dueDate + ", title=" + title + ", message="
                + message() + ", citations=" + citations + ", facts=" + facts + ", parameters=" + parameters
                + ", basis=" + basis + "]";
    }
}
