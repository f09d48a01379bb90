package io.lawcheck.catalog.law;

import io.lawcheck.core.check.FindingBuilder;
import io.lawcheck.core.model.TriState;

import java.time.LocalDate;

/**
 * A deadline on a date field of a sub-record (not a procedure step): like {@code DeadlineCheck}, but the date is
 * given directly. A null date means the file does not say, so an overdue one is NEEDS_REVIEW, never VIOLATION.
 */
final class DueBy {
    private DueBy() {
    }

    /**
     * @param excused YES when the file records an extension or excluded time the checker cannot verify: a late date
     *                is then NEEDS_REVIEW (variant {@code extended})
     */
    static void check(FindingBuilder f, LocalDate due, LocalDate actual, TriState excused) {
        f.fact("dueDate", due);
        LocalDate asOf = f.assessment().getAsOf();
        if (actual != null) {
            f.fact("actualDate", actual);
            if (met(due, actual)) {
                f.satisfied();
            } else if (excused == TriState.YES) {
                f.needsReview("extended");
            } else {
                f.violation(due);
            }
        } else if (!asOf.isAfter(due)) {
            f.pending(due);
        } else {
            f.needsReview("overdue");
        }
    }

    /**
     * Done on or before the due date: the only outcome of {@link #check} that is SATISFIED, i.e. reports nothing
     * outside a pre-check. A rule's condition ending in {@code precheck || !met(...)} (through its helper computing the
     * same due date) keeps a file in order from activating it in supervision.
     */
    static boolean met(LocalDate due, LocalDate actual) {
        return actual != null && !actual.isAfter(due);
    }
}
