package io.lawcheck.service.web.dto;

import io.lawcheck.core.check.CheckMode;

import java.time.LocalDate;
import java.util.List;

/**
 * The result of checking one case: which catalog and calendar judged it, as of when, and the findings; for a draft
 * (no decision on file) also the window in which the decision may lawfully be made.
 */
public record CheckResponse(String caseId, LocalDate asOf, CheckMode mode, String catalogVersion,
                            String calendarVersion, Summary summary, List<FindingDto> findings,
                            DecisionWindowDto decisionWindow) {
    /** Findings quote case facts: never in a log line, even when a framework logs response bodies at DEBUG. */
    @Override
    public String toString() {
        return "CheckResponse[content withheld]";
    }

    /** Counts by status; engineErrors &gt; 0 means some rules could not be checked (see ENGINE_ERROR findings). */
    public record Summary(int violations, int needsReview, int pending, int satisfied, int engineErrors) {
    }
}
