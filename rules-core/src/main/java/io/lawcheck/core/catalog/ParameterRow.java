package io.lawcheck.core.catalog;

import io.lawcheck.core.model.AgencySystem;
import io.lawcheck.core.model.DivisionCode;
import io.lawcheck.core.model.PartyKind;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One effective-dated, scoped value of a named parameter (e.g. {@code hearing.fineThreshold}).
 *
 * @param scope        the division it applies in ({@link DivisionCode#NATIONAL} for the whole country)
 * @param agencySystem null for every agency system
 * @param partyKind    null for every kind of party
 * @param until        inclusive last day, or null while in force
 * @param source       the instrument the value comes from (title, number, article)
 */
public record ParameterRow(String name, DivisionCode scope, AgencySystem agencySystem, PartyKind partyKind,
                           LocalDate from, LocalDate until, String value, Verification verification, String source) {
    public ParameterRow {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(verification, "verification");
        if (until != null && until.isBefore(from)) {
            throw new IllegalArgumentException("parameter " + name + ": until " + until + " is before from " + from);
        }
    }

    boolean appliesTo(ParameterQuery q) {
        return scope.contains(q.jurisdiction())
                && (agencySystem == null || agencySystem == q.agencySystem())
                && (partyKind == null || partyKind == q.partyKind())
                && q.date() != null && !q.date().isBefore(from) && (until == null || !q.date().isAfter(until));
    }

    /** Higher is more specific: deeper division first, then a named agency system, then a named party kind. */
    int specificity() {
        return scope.depth() * 4 + (agencySystem != null ? 2 : 0) + (partyKind != null ? 1 : 0);
    }
}
