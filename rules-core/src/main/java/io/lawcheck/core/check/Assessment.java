package io.lawcheck.core.check;

import io.lawcheck.core.calendar.Period;
import io.lawcheck.core.calendar.WorkingCalendar;
import io.lawcheck.core.catalog.Catalog;
import io.lawcheck.core.catalog.ParameterQuery;
import io.lawcheck.core.catalog.ParameterValue;
import io.lawcheck.core.catalog.LocalizedText;
import io.lawcheck.core.catalog.RuleDefinition;
import io.lawcheck.core.catalog.RuleVersion;
import io.lawcheck.core.catalog.Severity;
import io.lawcheck.core.model.ActKind;
import io.lawcheck.core.model.EnforcementCase;
import io.lawcheck.core.model.ProcedureKind;
import io.lawcheck.core.model.StepKind;
import io.lawcheck.core.model.TriState;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The one fact a rule sees per case: the case, the as-of date, the mode and the catalog's data, with helpers the
 * DRL uses and the findings the rules report. Every rule pattern binds to an Assessment and nothing else, so many
 * cases can share one session without rules joining across cases. Not thread-safe: one per check.
 */
public final class Assessment {
    private final EnforcementCase caseFile;
    private final LocalDate asOf;
    private final CheckMode mode;
    private final Catalog catalog;
    private final List<Finding> findings = new ArrayList<>();
    private Map<Object, Object> memo; // most cases need none or one entry: created on first use

    public Assessment(EnforcementCase caseFile, LocalDate asOf, CheckMode mode, Catalog catalog) {
        this.caseFile = caseFile;
        this.asOf = asOf;
        this.mode = mode;
        this.catalog = catalog;
    }

    public EnforcementCase getCaseFile() {
        return caseFile;
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    public CheckMode getMode() {
        return mode;
    }

    public Catalog catalog() {
        return catalog;
    }

    public WorkingCalendar calendar() {
        return catalog.calendar();
    }

    public boolean isPenalty() {
        return caseFile.actKind() == ActKind.PENALTY;
    }

    /** First constraint of every 行政强制法 rule: one shared alpha node, so other cases leave the family there. */
    public boolean isCoercion() {
        return caseFile.actKind() == ActKind.COERCION;
    }

    /** First constraint of every 行政许可法 rule, for the same reason. */
    public boolean isLicensing() {
        return caseFile.actKind() == ActKind.LICENSING;
    }

    /**
     * A pre-check reports SATISFIED findings too. Rules whose outcome for a file in order is SATISFIED test
     * {@code precheck || <something to report>} in their condition, so in supervision such files do not activate them.
     */
    public boolean isPrecheck() {
        return mode == CheckMode.PRECHECK;
    }

    public boolean isGeneralProcedure() {
        return caseFile.procedure() == ProcedureKind.GENERAL;
    }

    public boolean isSummaryProcedure() {
        return caseFile.procedure() == ProcedureKind.SUMMARY;
    }

    public TriState happened(StepKind kind) {
        return caseFile.happened(kind);
    }

    public LocalDate dateOf(StepKind kind) {
        return caseFile.dateOf(kind);
    }

    /** Whether the decision has been made, as far as the file says. */
    public TriState decided() {
        return caseFile.happened(StepKind.DECISION);
    }

    /**
     * The date that selects the law for steps up to the decision: the decision date; for a draft (no decision on
     * file) the as-of date, since the decision can only come later; null when a decision is on file without a date.
     */
    public LocalDate decisionAnchor() {
        if (decided() == TriState.YES) {
            return dateOf(StepKind.DECISION);
        }
        return asOf;
    }

    /** The date of {@code kind} if on file, else the decision anchor. */
    public LocalDate anchorOf(StepKind kind) {
        LocalDate d = dateOf(kind);
        return d != null ? d : decisionAnchor();
    }

    /**
     * Whether {@link FindingBuilder#beforeDecision} reports anything for these answers in this mode: nothing when the
     * obligation does not apply, and nothing for one that was met outside a pre-check (SATISFIED is shown only
     * there). Rules put it in their condition so that files in order (most) do not activate them at all.
     */
    public boolean reportsBeforeDecision(TriState required, TriState done) {
        if (required == TriState.NO) {
            return false;
        }
        return done != TriState.YES || (isPrecheck() && required == TriState.YES);
    }

    /** Whether rule version {@code key} ({@code ID@VERSION}) is the one in force on {@code date}. */
    public boolean inForce(String key, LocalDate date) {
        return catalog.rules().version(key).appliesOn(date);
    }

    /**
     * Whether {@code done} is certainly within rule version {@code key}'s period {@code periodName} from {@code start}:
     * on or before the earliest day that period can end ({@link io.lawcheck.core.calendar.Period#earliestEnd}),
     * whatever the holiday calendar says. The cheap first test of a deadline rule's condition helper (e.g.
     * {@code Decisions.withinPeriodReports}): such a step needs no probe to know the rule would only reach a SATISFIED
     * finding, which supervision does not report ({@link DeadlineCheck} reports SATISFIED for such a date even when
     * the calendar does not cover the period); a later step in time only through a holiday needs the probe. False
     * when either date is missing.
     */
    public boolean surelyInTime(String key, String periodName, LocalDate start, LocalDate done) {
        return start != null && done != null && period(key, periodName).surelyWithin(start, done);
    }

    /** Rule version {@code key}'s statutory period parameter {@code name} (parsed once per text). */
    public Period period(String key, String name) {
        return Period.parse(ruleVersion(key).param(name));
    }

    public RuleVersion ruleVersion(String key) {
        return catalog.rules().version(key);
    }

    /** A jurisdiction-scoped parameter for this case on {@code date}. */
    public Optional<ParameterValue> parameter(String name, LocalDate date) {
        return catalog.parameters().lookup(name, new ParameterQuery(caseFile.jurisdiction(),
                caseFile.agencySystem(), caseFile.party().kind(), date));
    }

    /**
     * Computes a derived value once per case (e.g. the hearing scope, which several rules read). {@code key} is any
     * value with equals/hashCode (a record is best: no string building on the hot path).
     */
    @SuppressWarnings("unchecked")
    public <T> T memo(Object key, Function<Assessment, T> compute) {
        if (memo == null) {
            memo = new HashMap<>(4);
        }
        Object v = memo.get(key);
        if (v == null) {
            v = compute.apply(this);
            memo.put(key, v);
        }
        return (T) v;
    }

    /** Starts a finding for rule version {@code key}. */
    public FindingBuilder report(String key) {
        return new FindingBuilder(this, catalog.rules().version(key));
    }

    /**
     * A finding builder for rule version {@code key} that adds no finding: it records no facts and notes only whether
     * the check run on it reaches an outcome shown in this mode ({@link FindingBuilder#wouldReport}). A rule whose
     * outcome has several branches runs its own consequence code on it in its condition ({@code precheck ||
     * ...Reports(...)}), so a file in order does not activate the rule in supervision and the condition cannot drift
     * from the consequence.
     */
    public FindingBuilder probe(String key) {
        return new FindingBuilder(this, catalog.rules().version(key), true);
    }

    /**
     * Whether {@code consequence}, run on a {@link #probe} for {@code key}, reaches an outcome shown in this mode: the
     * {@code ...Reports(...)} helpers of rule conditions are this call with the consequence's own code.
     */
    public boolean wouldReport(String key, java.util.function.Consumer<FindingBuilder> consequence) {
        FindingBuilder probe = probe(key);
        consequence.accept(probe);
        return probe.wouldReport();
    }

    /** Starts a deadline check for rule version {@code key}. */
    public DeadlineCheck deadline(String key) {
        return report(key).deadline();
    }

    /**
     * Rule version {@code ruleKey} ({@code ID@VERSION}, or a DRL rule name the metadata may not know) failed at run
     * time: reports an ENGINE_ERROR finding naming it, so the gap is never silent.
     */
    void engineError(String ruleKey, Throwable error) {
        String ruleId = ruleKey.contains("@") ? ruleKey.substring(0, ruleKey.indexOf('@')) : ruleKey;
        String version = ruleKey.contains("@") ? ruleKey.substring(ruleKey.indexOf('@') + 1) : "";
        RuleDefinition rule = catalog.rules().find(ruleId).orElse(null);
        List<io.lawcheck.core.catalog.Citation> citations = List.of();
        try {
            citations = catalog.rules().version(ruleKey).citations();
        } catch (java.util.NoSuchElementException unknownVersion) {
            // the DRL rule has no metadata: still report it by name
        }
        Map<String, Object> facts = new java.util.LinkedHashMap<>();
        facts.put("rule", ruleKey);
        facts.put("error", error.getClass().getSimpleName());
        findings.add(new Finding(ruleId, version, rule == null ? "" : rule.family(),
                rule == null ? Severity.MAJOR : rule.severity(), FindingStatus.ENGINE_ERROR, null,
                rule == null ? new LocalizedText(ruleKey, ruleKey) : rule.title(),
                new LocalizedText("规则 " + ruleKey + " 运行出错，本项未能检查，须人工核查；其他检查结果不受影响。",
                        "Rule " + ruleKey + " failed at run time: this item was NOT checked and must be checked by hand;"
                                + " the other findings stand."),
                citations, facts, Map.of(), io.lawcheck.core.catalog.Verification.UNVERIFIED));
    }

    void add(Finding finding) {
        findings.add(finding);
    }

    public List<Finding> findings() {
        return findings;
    }

    public CheckResult result() {
        DecisionWindow window = decided() == TriState.YES ? null : DecisionWindow.of(findings, asOf);
        return new CheckResult(caseFile.caseId(), asOf, mode, catalog.version(), catalog.calendar().version(),
                findings, window);
    }
}
