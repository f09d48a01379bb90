package io.lawcheck.catalog.law;

import io.lawcheck.core.calendar.OutsideCalendarException;
import io.lawcheck.core.calendar.Period;
import io.lawcheck.core.catalog.ParameterValue;
import io.lawcheck.core.check.Assessment;
import io.lawcheck.core.check.FindingBuilder;
import io.lawcheck.core.model.StepKind;
import io.lawcheck.core.model.TriState;

import java.time.LocalDate;
import java.util.Optional;

/**
 * P-FILE-1, timely filing (及时立案, 行政处罚法 2021 Arts 54(2), 76(2)). The law fixes no period; the agency system's
 * rule may (parameters {@code filing.period} and {@code filing.extension}, counted from the discovery). Without a
 * period the rule says nothing. The periods are UNVERIFIED data, so a late filing is NEEDS_REVIEW, never a
 * VIOLATION.
 */
public final class Filing {
    static final String PERIOD = "filing.period";
    static final String EXTENSION = "filing.extension";

    private Filing() {
    }

    /**
     * Whether the rule reports anything outside a pre-check: a period applies and the file does not show the filing
     * within it. Cheap for most files: N working (or natural) days never end before N natural days.
     */
    public static boolean mayBeLate(Assessment a) {
        LocalDate found = a.dateOf(StepKind.DISCOVERY);
        if (found == null) {
            return false;
        }
        Optional<ParameterValue> p = a.parameter(PERIOD, found);
        if (p.isEmpty()) {
            return false;
        }
        LocalDate filed = a.dateOf(StepKind.FILING);
        if (filed == null) {
            return true;
        }
        Period period = p.get().period();
        if (period.surelyWithin(found, filed)) {
            return false; // in time under any calendar (timely reports it SATISFIED even beyond the calendar)
        }
        try {
            return filed.isAfter(a.calendar().endOf(found, period));
        } catch (OutsideCalendarException e) {
            return true;
        }
    }

    /** P-FILE-1: the filing within the period from the discovery; beyond it (or its extension) NEEDS_REVIEW. */
    public static void timely(Assessment a, String key, LocalDate found) {
        Optional<ParameterValue> p = a.parameter(PERIOD, found);
        if (p.isEmpty()) {
            return;
        }
        FindingBuilder f = a.report(key).fact("discoveryDate", found).param("filingPeriod", p.get());
        Period period = p.get().period();
        LocalDate filed = a.dateOf(StepKind.FILING);
        try {
            LocalDate due = a.calendar().endOf(found, period);
            f.fact("dueDate", due);
            LocalDate extendedDue = null;
            Optional<ParameterValue> extension = a.parameter(EXTENSION, found);
            if (extension.isPresent()) {
                // the extension runs on from the last day of the period (a working day for working-day periods)
                extendedDue = a.calendar().endOf(due, extension.get().period());
                f.param("filingExtension", extension.get()).fact("extendedDueDate", extendedDue);
            }
            if (filed != null) {
                f.fact("filingDate", filed);
                if (!filed.isAfter(due)) {
                    f.satisfied();
                } else if (extendedDue != null && !filed.isAfter(extendedDue)) {
                    f.needsReview("extendable");
                } else {
                    f.needsReview(extendedDue != null ? "late" : "lateNoExtension");
                }
            } else if (a.happened(StepKind.FILING) == TriState.YES) {
                f.needsReview("undated");
            } else if (!a.getAsOf().isAfter(due)) {
                f.pending(due);
            } else {
                f.needsReview("overdue");
            }
        } catch (OutsideCalendarException e) {
            if (!f.inTimeUnderAnyCalendar(period, found, filed)) { // as mayBeLate judges it
                f.outsideCalendar(e.date());
            }
        }
    }
}
