package io.lawcheck.core.warning;

import io.lawcheck.core.calendar.WorkingCalendar;
import io.lawcheck.core.catalog.ParameterQuery;
import io.lawcheck.core.catalog.ParameterTable;
import io.lawcheck.core.catalog.ParameterValue;
import io.lawcheck.core.catalog.Verification;
import io.lawcheck.core.check.CheckResult;
import io.lawcheck.core.check.Finding;
import io.lawcheck.core.check.FindingStatus;
import io.lawcheck.core.model.EnforcementCase;
import io.lawcheck.core.model.TriState;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Tiered warnings of a supervision platform (Tianjin 2015 measures Arts 26-28), decided from a case's findings and the
 * warnings already raised for it. Pure and thread-safe; reads no clock.
 *
 * <ul>
 * <li>Only VIOLATION findings raise a warning: Art 27 warns when the collected information "不符合要求", which a
 * finding establishes only when it is a VIOLATION. NEEDS_REVIEW does not: it rests on a fact the file lacks, a
 * judgement nobody has made, or unverified law (e.g. the 2021 measures), and a warning starts a chain of
 * accountability (Art 34) that should not rest on an open question. Such findings are returned as
 * {@code attention}. PENDING is not yet due; SATISFIED is compliance.</li>
 * <li>Level 1 runs from the open level-1 record in the history (or from the as-of day when there is none) and is
 * handled by the deciding agency's legal office; unhandled after its limit it becomes level 2 the next day, handled
 * by the government legal office at the agency's level; a district (or township) agency's level 2 unhandled after its
 * limit becomes level 3 for the city legal office. A city-level agency stops at level 2, since Art 27(3) escalates
 * only a district office's inaction; so does an agency whose level is not on file.</li>
 * <li>Limits are the scoped parameters {@code warning.level{1,2,3}HandlingLimit} on the day each level is raised;
 * no level-1 limit for the case's division means no platform covers it (level NONE).</li>
 * <li>A handled record closes the warning for the findings it covered (all of them, in this model): the level is
 * NONE and {@code handledOn} says when. Records raised after the as-of day are ignored.</li>
 * <li>Major cases (重大案件预警, Art 28): the P-REV-1 finding of a PRECHECK result says whether legal review is
 * required; pass a PRECHECK result so that a satisfied review still shows the case as major.</li>
 * </ul>
 * Monotone in the findings: adding a finding never lowers the level (the level depends only on whether a VIOLATION
 * exists, the history and the date).
 */
public final class WarningPolicy {
    public static final String LEVEL_1_LIMIT = "warning.level1HandlingLimit";
    public static final String LEVEL_2_LIMIT = "warning.level2HandlingLimit";
    public static final String LEVEL_3_LIMIT = "warning.level3HandlingLimit";
    /** The rule whose finding says whether the case needs legal review (its fact {@code required}). */
    public static final String REVIEW_RULE = "P-REV-1";

    private final WorkingCalendar calendar;
    private final ParameterTable parameters;

    public WarningPolicy(WorkingCalendar calendar, ParameterTable parameters) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.parameters = Objects.requireNonNull(parameters, "parameters");
    }

    public WarningDecision decide(EnforcementCase c, CheckResult result, List<WarningRecord> history, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        List<Finding> triggers = result.findings().stream().filter(f -> f.status() == FindingStatus.VIOLATION)
                .toList();
        List<Finding> attention = result.findings().stream()
                .filter(f -> f.status() == FindingStatus.NEEDS_REVIEW).toList();
        TriState major = majorCase(result);
        ResponsibleBody supervisor = major == TriState.NO ? null : ResponsibleBody.governmentOfficeFor(c.agencyLevel());
        List<WarningRecord> known = history == null ? List.of()
                : history.stream().filter(r -> !r.raised().isAfter(asOf)).toList();

        Decision d = new Decision(c, asOf, triggers, attention, major, supervisor);
        Optional<ParameterValue> limit1 = limit(c, LEVEL_1_LIMIT, asOf);
        if (limit1.isEmpty()) {
            return d.outOfScope();
        }
        if (triggers.isEmpty()) {
            return d.none(null, limit1.get());
        }
        Optional<LocalDate> handled = known.stream().filter(r -> r.handledBy(asOf)).map(WarningRecord::handled)
                .max(Comparator.naturalOrder());
        List<WarningRecord> open = known.stream().filter(r -> !r.handledBy(asOf)).toList();
        if (handled.isPresent() && open.isEmpty()) {
            return d.none(handled.get(), limit1.get());
        }

        LocalDate start1 = firstRaised(open, WarningLevel.LEVEL_1)
                .or(() -> open.stream().map(WarningRecord::raised).min(Comparator.naturalOrder())).orElse(asOf);
        ParameterValue lim1 = limit(c, LEVEL_1_LIMIT, start1).orElse(limit1.get());
        LocalDate due1 = calendar.endOf(start1, lim1.period());
        if (!asOf.isAfter(due1)) {
            return d.at(WarningLevel.LEVEL_1, ResponsibleBody.AGENCY_LEGAL_OFFICE, start1, due1, due1.plusDays(1),
                    lim1);
        }
        LocalDate start2 = firstRaised(open, WarningLevel.LEVEL_2).orElse(due1.plusDays(1));
        ParameterValue lim2 = limit(c, LEVEL_2_LIMIT, start2).orElse(lim1);
        LocalDate due2 = calendar.endOf(start2, lim2.period());
        ResponsibleBody office2 = ResponsibleBody.governmentOfficeFor(c.agencyLevel());
        boolean districtOffice = office2 == ResponsibleBody.DISTRICT_LEGAL_OFFICE;
        if (!districtOffice || !asOf.isAfter(due2)) {
            return d.at(WarningLevel.LEVEL_2, office2, start2, due2, districtOffice ? due2.plusDays(1) : null, lim2);
        }
        LocalDate start3 = firstRaised(open, WarningLevel.LEVEL_3).orElse(due2.plusDays(1));
        ParameterValue lim3 = limit(c, LEVEL_3_LIMIT, start3).orElse(lim2);
        LocalDate due3 = calendar.endOf(start3, lim3.period());
        return d.at(WarningLevel.LEVEL_3, ResponsibleBody.CITY_LEGAL_OFFICE, start3, due3, null, lim3);
    }

    /** YES / UNKNOWN / NO from the P-REV-1 finding's {@code required} fact. */
    public static TriState majorCase(CheckResult result) {
        for (Finding f : result.findings()) {
            if (f.ruleId().equals(REVIEW_RULE)) {
                Object required = f.facts().get("required");
                if (required == TriState.YES) {
                    return TriState.YES;
                }
                if (required == TriState.UNKNOWN) {
                    return TriState.UNKNOWN;
                }
            }
        }
        return TriState.NO;
    }

    private static Optional<LocalDate> firstRaised(List<WarningRecord> records, WarningLevel level) {
        return records.stream().filter(r -> r.level() == level).map(WarningRecord::raised)
                .min(Comparator.naturalOrder());
    }

    private Optional<ParameterValue> limit(EnforcementCase c, String name, LocalDate date) {
        return parameters.lookup(name, new ParameterQuery(c.jurisdiction(), c.agencySystem(), c.party().kind(), date));
    }

    /** Collects the parts common to every outcome. */
    private record Decision(EnforcementCase c, LocalDate asOf, List<Finding> triggers, List<Finding> attention,
                            TriState major, ResponsibleBody supervisor) {
        WarningDecision outOfScope() {
            return new WarningDecision(c.caseId(), asOf, false, WarningLevel.NONE, null, null, null, null, null,
                    triggers, attention, major, supervisor, null, null);
        }

        WarningDecision none(LocalDate handledOn, ParameterValue limit) {
            return new WarningDecision(c.caseId(), asOf, true, WarningLevel.NONE, null, null, null, null, handledOn,
                    triggers, attention, major, supervisor, limit.source(), limit.verification());
        }

        WarningDecision at(WarningLevel level, ResponsibleBody body, LocalDate raised, LocalDate due,
                           LocalDate escalates, ParameterValue limit) {
            Verification basis = limit.verification();
            return new WarningDecision(c.caseId(), asOf, true, level, body, raised, due, escalates, null, triggers,
                    attention, major, supervisor, limit.source(), basis);
        }
    }
}
