package io.lawcheck.core.warning;

import io.lawcheck.core.catalog.Verification;
import io.lawcheck.core.check.Finding;
import io.lawcheck.core.model.TriState;

import java.time.LocalDate;
import java.util.List;

/**
 * The platform's answer for one case on one day.
 *
 * @param inScope          whether a supervision platform with warning limits covers the case's division; if not, the
 *                         level is NONE whatever the findings
 * @param level            the warning level now
 * @param responsible      who must handle it (null for NONE)
 * @param raisedOn         when the current level was (or is deemed) raised
 * @param handlingDeadline last day to handle the current level (its handling limit, counted from {@code raisedOn})
 * @param escalatesOn      the day the next level is raised if the warning is still unhandled; null at the top level
 * @param handledOn        the warning was handled on this day (level NONE although violations remain on file)
 * @param triggers         the findings behind the warning (VIOLATION)
 * @param attention        findings a person should look at that raise no warning (NEEDS_REVIEW)
 * @param majorCase        重大案件: YES when the rules in force require legal review (P-REV-1 required), UNKNOWN when
 *                         that needs a judgement, NO otherwise
 * @param majorCaseSupervisor the government legal office that supervises the major case's review (Art 28(2))
 * @param limitsSource     where the handling limits come from
 * @param limitsBasis      their verification (UNVERIFIED: placeholders the platform must configure)
 */
public record WarningDecision(String caseId, LocalDate asOf, boolean inScope, WarningLevel level,
                              ResponsibleBody responsible, LocalDate raisedOn, LocalDate handlingDeadline,
                              LocalDate escalatesOn, LocalDate handledOn, List<Finding> triggers,
                              List<Finding> attention, TriState majorCase, ResponsibleBody majorCaseSupervisor,
                              String limitsSource, Verification limitsBasis) {
    public WarningDecision {
        triggers = List.copyOf(triggers);
        attention = List.copyOf(attention);
    }
}
