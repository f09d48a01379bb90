package io.lawcheck.core.check;

import io.lawcheck.core.catalog.LocalizedText;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * For a draft (no decision on file): the first and last day on which the decision may lawfully be made, and why.
 * Built from the findings alone, so every bound traces back to a rule and its citations:
 * <ul>
 * <li>{@link Bound#EARLIEST}: a finding's fact {@value #EARLIEST_FACT} (e.g. P-HEAR-10: the day after the hearing
 * request window); the earliest date is never before the as-of date;</li>
 * <li>{@link Bound#LATEST}: a finding's fact {@value #LATEST_FACT} (any deadline whose step is the decision, e.g.
 * P-DEC-3's 90 days from filing);</li>
 * <li>{@link Bound#CONDITION}: a PENDING finding with no date, i.e. a step that must happen first (notice, hearing,
 * legal review) and whose day the law does not fix. While one is open, {@code earliest} is a lower bound only.</li>
 * </ul>
 *
 * @param earliest first lawful day as far as the dated bounds go (never before the as-of date)
 * @param latest   last lawful day, or null when no rule sets one (e.g. no filing date on file) or it falls outside
 *                 the holiday calendar (then a LATEST reason without a date says so)
 */
public record DecisionWindow(LocalDate earliest, LocalDate latest, List<Reason> reasons) {
    /** Fact name by which a finding says "no decision before this day". */
    public static final String EARLIEST_FACT = "earliestDecisionDate";
    /** Fact name by which a finding says "the decision is due by this day". */
    public static final String LATEST_FACT = "latestDecisionDate";
    /**
     * Fact name by which a finding says "the decision is due by a day I cannot compute" (the date outside the holiday
     * calendar): a LATEST reason without a date, so the reader sees why {@code latest} is missing.
     */
    public static final String LATEST_UNKNOWN_FACT = "latestDecisionDateOutsideCalendar";

    public enum Bound { EARLIEST, LATEST, CONDITION }

    /** One bound and the finding it comes from; {@code text} is that finding's message. */
    public record Reason(Bound bound, String ruleId, LocalDate date, LocalizedText text) {
    }

    public DecisionWindow {
        reasons = List.copyOf(reasons);
    }

    /** Whether some step without a fixed date must still happen before the decision. */
    public boolean conditional() {
        return reasons.stream().anyMatch(r -> r.bound() == Bound.CONDITION);
    }

    /** Whether no lawful day is left (the latest day has passed, or comes before the earliest). */
    public boolean closed() {
        return latest != null && earliest.isAfter(latest);
    }

    /** The window for a draft as of {@code asOf}, from its findings. */
    public static DecisionWindow of(List<Finding> findings, LocalDate asOf) {
        LocalDate earliest = asOf;
        LocalDate latest = null;
        List<Reason> reasons = new ArrayList<>();
        for (Finding f : findings) {
            LocalDate from = date(f, EARLIEST_FACT);
            LocalDate until = date(f, LATEST_FACT);
            if (from != null) {
                if (from.isAfter(earliest)) {
                    earliest = from;
                }
                reasons.add(new Reason(Bound.EARLIEST, f.ruleId(), from, f.message()));
            }
            if (until != null) {
                if (latest == null || until.isBefore(latest)) {
                    latest = until;
                }
                reasons.add(new Reason(Bound.LATEST, f.ruleId(), until, f.message()));
            }
            boolean latestUnknown = f.facts().containsKey(LATEST_UNKNOWN_FACT);
            if (latestUnknown) {
                reasons.add(new Reason(Bound.LATEST, f.ruleId(), null, f.message()));
            }
            if (from == null && until == null && !latestUnknown && f.status() == FindingStatus.PENDING
                    && f.dueDate() == null) {
                reasons.add(new Reason(Bound.CONDITION, f.ruleId(), null, f.message()));
            }
        }
        reasons.sort(Comparator.comparing(Reason::bound).thenComparing(Reason::date,
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Reason::ruleId));
        return new DecisionWindow(earliest, latest, reasons);
    }

    private static LocalDate date(Finding f, String fact) {
        return f.facts().get(fact) instanceof LocalDate d ? d : null;
    }
}
