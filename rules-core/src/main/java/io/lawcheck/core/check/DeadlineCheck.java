package io.lawcheck.core.check;

import io.lawcheck.core.calendar.OutsideCalendarException;
import io.lawcheck.core.calendar.Period;
import io.lawcheck.core.model.Step;
import io.lawcheck.core.model.StepKind;
import io.lawcheck.core.model.TriState;

import java.time.LocalDate;

/**
 * A step that must happen within a period after another: computes the due date with the official calendar and
 * reports VIOLATION (done late, or not done and overdue), PENDING (not yet due), SATISFIED, or NEEDS_REVIEW (the
 * file does not say whether or when the step happened, or the calendar does not cover the dates).
 */
public final class DeadlineCheck {
    private final FindingBuilder finding;
    private LocalDate start;
    private Period period;
    private StepKind target;
    private TriState excused = TriState.NO;

    DeadlineCheck(FindingBuilder finding) {
        this.finding = finding;
    }

    public FindingBuilder finding() {
        return finding;
    }

    /** The day the period runs from (not counted), recorded as fact {@code name}. */
    public DeadlineCheck from(String name, LocalDate date) {
        this.start = date;
        finding.fact(name, date);
        return this;
    }

    /** The rule version's period parameter {@code name}. */
    public DeadlineCheck within(String name) {
        this.period = finding.period(name);
        return this;
    }

    public DeadlineCheck within(Period explicit, String name) {
        this.period = explicit;
        finding.param(name, explicit.toString());
        return this;
    }

    public DeadlineCheck fact(String name, Object value) {
        finding.fact(name, value);
        return this;
    }

    /**
     * Whether the file records an approved extension or excluded time the checker cannot verify (a sectoral rule
     * "另有规定"): a late step is then NEEDS_REVIEW (variant {@code extended}), not VIOLATION.
     */
    public DeadlineCheck excusedBy(String name, TriState extension) {
        this.excused = extension;
        finding.fact(name, extension);
        return this;
    }

    /** The step that must happen by the due date. */
    public DeadlineCheck step(StepKind kind) {
        this.target = kind;
        return this;
    }

    private void late(LocalDate due) {
        if (excused == TriState.YES) {
            finding.needsReview("extended");
        } else {
            finding.violation(due);
        }
    }

    public void check() {
        Assessment a = finding.assessment();
        Step step = a.getCaseFile().step(target);
        LocalDate due;
        try {
            due = a.calendar().endOf(start, period);
        } catch (OutsideCalendarException e) {
            // In time under any calendar (Assessment.surelyInTime): the years it lacks do not matter.
            if (!finding.inTimeUnderAnyCalendar(period, start, step.date())) {
                if (target == StepKind.DECISION) {
                    finding.fact(DecisionWindow.LATEST_UNKNOWN_FACT, e.date());
                }
                finding.outsideCalendar(e.date());
            }
            return;
        }
        finding.fact("dueDate", due);
        if (target == StepKind.DECISION) {
            finding.fact(DecisionWindow.LATEST_FACT, due);
        }
        if (step.date() != null) {
            finding.fact("actualDate", step.date());
            if (step.date().isAfter(due)) {
                late(due);
            } else {
                finding.satisfied();
            }
        } else if (step.happened() == TriState.YES) {
            finding.needsReview("undated");
        } else if (!a.getAsOf().isAfter(due)) {
            finding.pending(due);
        } else if (step.happened() == TriState.NO) {
            finding.variant("overdue");
            late(due);
        } else {
            finding.needsReview("overdue");
        }
    }
}
