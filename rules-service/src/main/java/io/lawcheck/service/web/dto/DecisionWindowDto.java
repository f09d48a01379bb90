package io.lawcheck.service.web.dto;

import io.lawcheck.core.check.DecisionWindow;

import java.time.LocalDate;
import java.util.List;

/**
 * For a draft: the first and last day the decision may lawfully be made. {@code conditional}: steps without a fixed
 * date (notice, hearing, legal review) are still open, so {@code earliest} is a lower bound only. {@code closed}: no
 * lawful day is left.
 */
public record DecisionWindowDto(LocalDate earliest, LocalDate latest, boolean conditional, boolean closed,
                                List<Reason> reasons) {
    /** One bound and the rule it comes from, with that finding's message. */
    public record Reason(DecisionWindow.Bound bound, String ruleId, LocalDate date, TextDto text) {
    }
}
