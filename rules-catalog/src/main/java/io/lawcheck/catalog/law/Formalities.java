package io.lawcheck.catalog.law;

import io.lawcheck.core.calendar.OutsideCalendarException;
import io.lawcheck.core.calendar.Period;
import io.lawcheck.core.check.Assessment;
import io.lawcheck.core.check.FindingBuilder;
import io.lawcheck.core.model.OnTheSpotForm;
import io.lawcheck.core.model.PaymentDeferral;
import io.lawcheck.core.model.PenaltyFormalities;
import io.lawcheck.core.model.PenaltyKind;
import io.lawcheck.core.model.StepKind;
import io.lawcheck.core.model.TriState;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Consequences (and the cheap condition values) of the rules on the on-the-spot decision form (P-SIMP-3), deferred
 * or instalment payment (P-PAY-6) and the court application after a deferral (P-PAY-8). Facts:
 * {@link PenaltyFormalities}. The DRL selects the version and the cases; nothing here branches on a rule id.
 */
public final class Formalities {
    private Formalities() {
    }

    public static PenaltyFormalities facts(Assessment a) {
        return a.getCaseFile().penaltyFormalities();
    }

    // ---- P-SIMP-3: the on-the-spot decision form ----

    /** Whether the on-the-spot form states every item the version requires (a condition value: no allocation). */
    public static TriState formComplete(Assessment a, boolean since2021) {
        return facts(a).onTheSpotForm().complete(since2021, a.getCaseFile().hasPenalty(PenaltyKind.FINE));
    }

    /** P-SIMP-3: lists the items the form lacks (VIOLATION) or does not settle (NEEDS_REVIEW). */
    public static void formItems(Assessment a, String key, boolean since2021) {
        OnTheSpotForm form = facts(a).onTheSpotForm();
        Items items = new Items()
                .require(form.violation(), "当事人的违法行为", "the party's violation")
                .require(form.legalBasis(), "行政处罚依据", "the legal basis of the penalty");
        if (since2021) {
            items.require(form.penaltyKind(), "行政处罚的种类", "the kind of penalty");
        }
        if (a.getCaseFile().hasPenalty(PenaltyKind.FINE)) {
            items.require(form.fineAmount(), "罚款数额", "the amount of the fine");
        }
        items.require(form.time(), "时间", "the time")
                .require(form.place(), "地点", "the place");
        if (since2021) {
            items.require(form.remedyRouteAndDeadline(), "申请行政复议、提起行政诉讼的途径和期限",
                    "how and by when to seek administrative review or sue");
        }
        items.require(form.agencyName(), "行政机关名称", "the agency's name")
                .require(form.officerSignature(), "执法人员签名或者盖章", "the officer's signature or seal")
                .report(a.report(key).fact("decisionDate", a.dateOf(StepKind.DECISION)));
    }

    // ---- P-PAY-6: deferred or instalment payment ----

    /**
     * The day that selects the law for a deferral: its approval, else the decision anchor (the decision date; it
     * can only follow the decision).
     */
    public static LocalDate deferralAnchor(Assessment a) {
        LocalDate approved = facts(a).paymentDeferral().approvedOn();
        return approved != null ? approved : a.decisionAnchor();
    }

    /** Whether the deferral rests on the party's application and the agency's approval (three-valued AND). */
    public static TriState deferralAuthorised(Assessment a) {
        PaymentDeferral d = facts(a).paymentDeferral();
        if (d.partyApplied() == TriState.NO || d.agencyApproved() == TriState.NO) {
            return TriState.NO;
        }
        return d.partyApplied() == TriState.YES && d.agencyApproved() == TriState.YES ? TriState.YES
                : TriState.UNKNOWN;
    }

    /** P-PAY-6: the party applied and the agency approved. */
    public static void deferralAuthorisedReport(Assessment a, String key) {
        PaymentDeferral d = facts(a).paymentDeferral();
        new Items()
                .require(d.partyApplied(), "当事人提出申请", "an application by the party")
                .require(d.agencyApproved(), "行政机关批准", "the agency's approval")
                .report(a.report(key).fact("approvedOn", d.approvedOn()).fact("periodEnd", d.periodEnd()));
    }

    // ---- P-PAY-8: the court application runs from the end of the deferral ----

    /** Whether a deferral in effect and a court application are on file (the rule applies). */
    public static boolean deferredThenApplied(Assessment a) {
        return facts(a).courtApplicationDate() != null && deferralEnd(a) != null;
    }

    /**
     * The end of a payment deferral or instalment period in effect on file (granted, not refused by the agency, its
     * end known), else null. Art 72(2) counts the court application period from it (P-PAY-8, and C-COURT-1 leaves
     * such a file's timing to a person).
     */
    public static LocalDate deferralEnd(Assessment a) {
        PaymentDeferral d = facts(a).paymentDeferral();
        return d.granted() == TriState.YES && d.agencyApproved() != TriState.NO ? d.periodEnd() : null;
    }

    /**
     * P-PAY-8: the application comes after the deferral ended (the party is not in default before) and within the
     * application period counted from that end. Where the lawsuit period against the decision ends later than the
     * deferral, the application can come only after it (行政强制法 Art 53) and its 3 months run from the later day.
     */
    public static void courtApplicationAfterDeferral(Assessment a, String key) {
        PenaltyFormalities facts = facts(a);
        LocalDate applied = facts.courtApplicationDate();
        LocalDate deferralEnd = facts.paymentDeferral().periodEnd();
        FindingBuilder f = a.report(key).fact("courtApplicationDate", applied).fact("deferralEnd", deferralEnd);
        try {
            if (facts.remedySought() == TriState.YES) {
                f.needsReview("sought");
                return;
            }
            if (!applied.isAfter(deferralEnd)) {
                f.variant("early").violation();
                return;
            }
            LocalDate start = deferralEnd;
            LocalDate remedyEnd = remedyEnd(a, f);
            if (remedyEnd != null && remedyEnd.isAfter(deferralEnd)) {
                start = remedyEnd;
                f.fact("remedyPeriodEnd", remedyEnd);
                if (!applied.isAfter(remedyEnd)) {
                    f.variant("beforeRemedyEnd").violation();
                    return;
                }
            }
            LocalDate due = a.calendar().endOf(start, f.period("applyWithin"));
            f.fact("dueDate", due);
            if (!applied.isAfter(due)) {
                f.satisfied();
            } else if (remedyEnd == null) {
                // late counted from the deferral, but a lawsuit period still running then would move the start
                f.needsReview("remedyUnknown");
            } else {
                f.violation(due);
            }
        } catch (OutsideCalendarException e) {
            f.outsideCalendar(e.date());
        }
    }

    /** End of the lawsuit period against the decision, from its service (parameter coercion.lawsuitPeriod). */
    private static LocalDate remedyEnd(Assessment a, FindingBuilder f) {
        LocalDate served = a.dateOf(StepKind.SERVICE);
        if (served == null) {
            return null;
        }
        Optional<Period> period = CoercionChecks.lawsuitPeriod(a, f, served);
        if (period.isEmpty()) {
            return null;
        }
        f.fact("decisionServed", served);
        return a.calendar().endOf(served, period.get());
    }
}
