package io.lawcheck.catalog.law;

import io.lawcheck.core.calendar.OutsideCalendarException;
import io.lawcheck.core.calendar.Period;
import io.lawcheck.core.check.Assessment;
import io.lawcheck.core.check.FindingBuilder;
import io.lawcheck.core.model.StepKind;
import io.lawcheck.core.model.TriState;

import java.time.LocalDate;

/** Consequences of the hearing rules (hearing.drl); the conditions that select them are in the DRL. */
public final class Hearings {
    private Hearings() {
    }

    /**
     * The date that selects the law for the hearing offer: when the right was notified, else when the statement
     * notice was served (the two usually share one document), else the decision (or, for a draft, the as-of date).
     */
    public static LocalDate noticeAnchor(Assessment a) {
        LocalDate d = a.dateOf(StepKind.HEARING_RIGHT_NOTIFIED);
        if (d == null) {
            d = a.dateOf(StepKind.STATEMENT_NOTICE_SERVED);
        }
        return d != null ? d : a.decisionAnchor();
    }

    /**
     * The right was notified as far as the file says; a request or a held hearing on file proves the notice (their
     * absence from the file proves nothing, so it does not turn a recorded "not notified" into "unknown").
     */
    public static TriState rightNotified(Assessment a) {
        if (a.happened(StepKind.HEARING_REQUESTED) == TriState.YES || a.happened(StepKind.HEARING_HELD) == TriState.YES) {
            return TriState.YES;
        }
        return a.happened(StepKind.HEARING_RIGHT_NOTIFIED);
    }

    /**
     * The last day the party may ask for a hearing (the rule version's {@code requestWindow} after the notice),
     * recorded on the finding; null when the calendar does not cover it (the finding then says so).
     */
    private static LocalDate requestWindowEnd(Assessment a, FindingBuilder f, LocalDate notice) {
        f.fact("hearingRightNotified", notice);
        Period window = f.period("requestWindow");
        try {
            LocalDate end = a.calendar().endOf(notice, window);
            f.fact("requestWindowEnd", end);
            return end;
        } catch (OutsideCalendarException e) {
            f.outsideCalendar(e.date());
            return null;
        }
    }

    /** P-HEAR-3: a request inside the window obliges the agency to hold the hearing before deciding. */
    public static void heldAfterTimelyRequest(Assessment a, String key, LocalDate notice) {
        FindingBuilder f = a.report(key);
        LocalDate windowEnd = requestWindowEnd(a, f, notice);
        if (windowEnd == null) {
            return;
        }
        LocalDate requested = a.dateOf(StepKind.HEARING_REQUESTED);
        f.fact("hearingRequested", requested);
        TriState inTime = requested == null ? TriState.UNKNOWN : TriState.of(!requested.isAfter(windowEnd));
        if (inTime == TriState.NO) {
            return; // a late request does not oblige a hearing
        }
        f.beforeDecision(inTime, a.happened(StepKind.HEARING_HELD));
    }

    /**
     * P-HEAR-4: the notice of time and place must reach the party at least the period before the hearing. Read as:
     * hearing date on or after the notice date plus the period (working days under 2021 Art 85; natural days before).
     * Whether the hearing day itself may be the last day of the period is not settled by the text; this reading is
     * the one more favourable to the agency, so a VIOLATION here is a violation under either reading.
     */
    public static void scheduleNoticeInTime(Assessment a, String key, LocalDate held) {
        scheduleNoticeInTime(a, a.report(key), held);
    }

    /**
     * Whether {@link #scheduleNoticeInTime} would report anything (not only SATISFIED), by running the same code on a
     * probe ({@link Assessment#probe}): P-HEAR-4 ends its condition with {@code precheck || ...Reports(...)}, so a
     * file in order does not activate it in supervision.
     */
    public static boolean scheduleNoticeInTimeReports(Assessment a, String key, LocalDate held) {
        return a.wouldReport(key, probe -> scheduleNoticeInTime(a, probe, held));
    }

    private static void scheduleNoticeInTime(Assessment a, FindingBuilder f, LocalDate held) {
        f.fact("hearingHeld", held);
        Period notice = f.period("noticeBefore");
        LocalDate served = a.dateOf(StepKind.HEARING_SCHEDULE_SERVED);
        if (served == null) {
            f.needsReview("unknown");
            return;
        }
        f.fact("scheduleServed", served);
        LocalDate earliest;
        try {
            earliest = earliestHearingDay(a, notice, served);
        } catch (OutsideCalendarException e) {
            f.outsideCalendar(e.date());
            return;
        }
        f.fact("earliestHearingDate", earliest);
        if (held.isBefore(earliest)) {
            f.violation();
        } else {
            f.satisfied();
        }
    }

    private static LocalDate earliestHearingDay(Assessment a, Period notice, LocalDate served) {
        return switch (notice.unit()) {
            case WORKING_DAYS -> a.calendar().plusWorkingDays(served, notice.amount());
            case DAYS -> served.plusDays(notice.amount());
            case MONTHS -> served.plusMonths(notice.amount());
        };
    }

    /**
     * P-HEAR-10: while the party may still ask for a hearing, no decision may be made. The window ends on the last
     * day of the request period (2021: 5 working days; before: 3 days, extended past a rest day by 民法典 Art 203).
     */
    public static void noDecisionInsideRequestWindow(Assessment a, String key, LocalDate notice) {
        noDecisionInsideRequestWindow(a, a.report(key), notice);
    }

    /**
     * Whether {@link #noDecisionInsideRequestWindow} would report anything (not only SATISFIED), by running the same
     * code on a probe ({@link Assessment#probe}): P-HEAR-10 ends its condition with {@code precheck || ...Reports(...)},
     * so a file in order (a decision after the window, or none yet and the window run out) does not activate it in
     * supervision.
     */
    public static boolean noDecisionInsideRequestWindowReports(Assessment a, String key, LocalDate notice) {
        return a.wouldReport(key, probe -> noDecisionInsideRequestWindow(a, probe, notice));
    }

    private static void noDecisionInsideRequestWindow(Assessment a, FindingBuilder f, LocalDate notice) {
        LocalDate windowEnd = requestWindowEnd(a, f, notice);
        if (windowEnd == null) {
            return;
        }
        f.fact("earliestDecisionDate", windowEnd.plusDays(1));
        LocalDate decision = a.dateOf(StepKind.DECISION);
        if (decision != null) {
            f.fact("decisionDate", decision);
            if (decision.isAfter(windowEnd)) {
                f.satisfied();
            } else {
                f.violation(windowEnd);
            }
        } else if (a.decided() == TriState.YES) {
            f.needsReview("undated");
        } else if (!a.getAsOf().isAfter(windowEnd)) {
            f.pending(windowEnd);
        } else {
            f.satisfied();
        }
    }
}
