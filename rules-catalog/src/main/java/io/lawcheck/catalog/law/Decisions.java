package io.lawcheck.catalog.law;

import io.lawcheck.core.check.Assessment;
import io.lawcheck.core.check.DeadlineCheck;
import io.lawcheck.core.check.FindingBuilder;
import io.lawcheck.core.model.ServiceDetails;
import io.lawcheck.core.model.StepKind;
import io.lawcheck.core.model.TriState;

import java.time.LocalDate;

/** Consequences of the decision-deadline and service rules (decision.drl). */
public final class Decisions {
    private Decisions() {
    }

    /**
     * The decision date; for a decision on file without a date, the latest day it can have been made: the service
     * date if on file, else the as-of date. Selects the version of a rule about the decision document, whose text on
     * the date item is the same in both laws (2021 Art 59(6), 1996 Art 39(6)); never used to compute a period.
     */
    public static LocalDate latestDecisionDay(Assessment a) {
        LocalDate decided = a.dateOf(StepKind.DECISION);
        if (decided != null) {
            return decided;
        }
        LocalDate served = a.dateOf(StepKind.SERVICE);
        return served != null ? served : a.getAsOf();
    }

    /**
     * P-DEC-3 / P-DEC-4: the decision within the period from filing (立案; for 治安 cases 受案). A rule version with an
     * {@code extendedPeriod} (治安 30 + 30 days) uses it when the extension is on file; otherwise an extension or
     * excluded time on file turns a late decision into NEEDS_REVIEW, since the sectoral rule that allows it is not
     * in the catalog.
     */
    public static void withinPeriod(Assessment a, String key, LocalDate filed) {
        withinPeriod(a.report(key), filed);
    }

    /**
     * Whether {@link #withinPeriod} would show anything in this mode (the condition of P-DEC-3 and P-DEC-4, after
     * {@code precheck ||}): false at once for a decision on or before the earliest day the period can end
     * ({@link Assessment#surelyInTime}, no calendar needed), else the consequence's own code on a probe, which also
     * knows a period ending on a holiday moves to the next working day.
     */
    public static boolean withinPeriodReports(Assessment a, String key, LocalDate filed) {
        return !a.surelyInTime(key, "period", filed, a.dateOf(StepKind.DECISION))
                && a.wouldReport(key, f -> withinPeriod(f, filed));
    }

    private static void withinPeriod(FindingBuilder finding, LocalDate filed) {
        TriState extended = finding.assessment().getCaseFile().judgements().decisionPeriodExtended();
        DeadlineCheck check = finding.deadline().from("filingDate", filed).step(StepKind.DECISION);
        boolean statutoryExtension = finding.version().params().containsKey("extendedPeriod");
        if (statutoryExtension && extended == TriState.YES) {
            check.within("extendedPeriod").fact("decisionPeriodExtended", extended);
        } else {
            check.within("period").excusedBy("decisionPeriodExtended", extended);
        }
        check.check();
    }

    /**
     * Whether {@link #served} would show anything in this mode (the condition of P-SERV-1 and P-SERV-3, after
     * {@code precheck ||}): false at once when the decision was handed over on the day of the decision to a party
     * present, or served on or before the earliest day the period can end ({@link Assessment#surelyInTime}); else
     * the consequence's own code on a probe (a period ending on a holiday moves to the next working day).
     */
    public static boolean servedReports(Assessment a, String key, LocalDate decided) {
        LocalDate served = a.dateOf(StepKind.SERVICE);
        boolean inOrder = a.getCaseFile().service().partyPresent() == TriState.YES ? decided.equals(served)
                : a.surelyInTime(key, "period", decided, served);
        return !inOrder && a.wouldReport(key, f -> served(f, decided));
    }

    /**
     * P-SERV-1 / P-SERV-3: a party present at the announcement gets the decision on the spot (same day); otherwise
     * it is served within the period. When presence is unknown the period applies (the laxer reading), and the facts
     * say so.
     */
    public static void served(Assessment a, String key, LocalDate decided) {
        served(a.report(key), decided);
    }

    private static void served(FindingBuilder finding, LocalDate decided) {
        ServiceDetails service = finding.assessment().getCaseFile().service();
        if (service.partyPresent() == TriState.YES) {
            FindingBuilder f = finding.fact("decisionDate", decided).fact("partyPresent", TriState.YES)
                    .variant("present");
            LocalDate served = finding.assessment().dateOf(StepKind.SERVICE);
            if (served == null) {
                f.needsReview("unknown");
            } else if (served.equals(decided)) {
                f.fact("serviceDate", served).satisfied();
            } else {
                f.fact("serviceDate", served).violation(decided);
            }
            return;
        }
        finding.deadline().from("decisionDate", decided).within("period").fact("partyPresent", service.partyPresent())
                .step(StepKind.SERVICE).check();
    }
}
