package io.lawcheck.catalog.law;

import io.lawcheck.core.calendar.OutsideCalendarException;
import io.lawcheck.core.calendar.Period;
import io.lawcheck.core.catalog.ParameterValue;
import io.lawcheck.core.check.Assessment;
import io.lawcheck.core.check.DeadlineCheck;
import io.lawcheck.core.check.FindingBuilder;
import io.lawcheck.core.model.AgeBand;
import io.lawcheck.core.model.EnforcementCase;
import io.lawcheck.core.model.EvidenceItem;
import io.lawcheck.core.model.EvidenceStatus;
import io.lawcheck.core.model.OnSiteActivity;
import io.lawcheck.core.model.Penalty;
import io.lawcheck.core.model.PenaltyKind;
import io.lawcheck.core.model.PenaltyProcedure;
import io.lawcheck.core.model.StepKind;
import io.lawcheck.core.model.TriState;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Consequences of the evidence, recording, summary-procedure, payment, limitation, hearing-conduct, defence,
 * collective-discussion, decision-document and publication rules (evidence.drl, conduct.drl, summary.drl,
 * payment.drl, publication.drl, substance.drl). The DRL selects the rule version and the cases it applies to.
 */
public final class PenaltyChecks {
    /** Kinds a decision may add without being "heavier" than notified: 警告, 通报批评. */
    private static final Set<PenaltyKind> LIGHT = EnumSet.of(PenaltyKind.WARNING, PenaltyKind.CIRCULATED_CRITICISM);

    private PenaltyChecks() {
    }

    public static PenaltyProcedure facts(Assessment a) {
        return a.getCaseFile().penaltyProcedure();
    }

    /** A requirement the file answers with {@code met}: YES satisfied, NO violation, UNKNOWN needs review. */
    public static void must(FindingBuilder f, TriState met) {
        f.fact("met", met);
        switch (met) {
            case YES -> f.satisfied();
            case NO -> f.violation();
            default -> f.needsReview("unknown");
        }
    }

    /** A prohibition the file answers with {@code happened}: NO satisfied, YES violation, UNKNOWN needs review. */
    public static void mustNot(FindingBuilder f, TriState happened) {
        must(f, happened.not());
    }

    // ---- evidence and records ----

    /** The on-site activities that need a record of kind (code) for P-EVID-2 (Art 55(2)). */
    private static final Map<OnSiteActivity, String> RECORD_FOR = Map.of(
            OnSiteActivity.INQUIRY, "INQUIRY_RECORD",
            OnSiteActivity.ON_SITE_INSPECTION, "INSPECTION_RECORD");

    /** Whether the case involved an inquiry or an inspection (P-EVID-2 applies). */
    public static boolean questioned(Assessment a) {
        Set<OnSiteActivity> acts = facts(a).onSiteActivities();
        return acts.contains(OnSiteActivity.INQUIRY) || acts.contains(OnSiteActivity.ON_SITE_INSPECTION);
    }

    /** P-EVID-2: each inquiry and inspection on file has its 笔录 among the evidence items. */
    public static void recordsOfInquiry(Assessment a, String key) {
        FindingBuilder f = a.report(key);
        List<String> missing = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (OnSiteActivity act : facts(a).onSiteActivities()) {
            String code = RECORD_FOR.get(act);
            if (code != null) {
                switch (evidenceStatus(a.getCaseFile(), code)) {
                    case ABSENT -> missing.add(code);
                    case UNKNOWN -> unknown.add(code);
                    default -> {
                    }
                }
            }
        }
        reportItems(f, missing, unknown);
    }

    /** Items the file shows missing make a VIOLATION; items it does not settle, NEEDS_REVIEW; none, SATISFIED. */
    private static void reportItems(FindingBuilder f, List<String> missing, List<String> unknown) {
        f.fact("missing", String.join(", ", missing)).fact("unknownItems", String.join(", ", unknown));
        if (!missing.isEmpty()) {
            f.violation();
        } else if (!unknown.isEmpty()) {
            f.needsReview("unknown");
        } else {
            f.satisfied();
        }
    }

    private static EvidenceStatus evidenceStatus(EnforcementCase c, String code) {
        EvidenceStatus status = EvidenceStatus.UNKNOWN;
        for (EvidenceItem e : c.evidence()) {
            if (e.kind().equals(code)) {
                if (e.status() == EvidenceStatus.PRESENT) {
                    return EvidenceStatus.PRESENT;
                }
                if (e.status() == EvidenceStatus.ABSENT) {
                    status = EvidenceStatus.ABSENT;
                }
            }
        }
        return status;
    }

    /**
     * P-EVID-6: every item the catalog requires for this act kind, agency system and jurisdiction (parameter
     * {@code evidence.required.PENALTY}, a comma list) is PRESENT. ABSENT: VIOLATION after the decision (PENDING
     * before it); not on file or UNKNOWN: NEEDS_REVIEW. The list's verification caps the finding.
     */
    public static void evidenceComplete(Assessment a, String key, LocalDate date) {
        FindingBuilder f = a.report(key);
        Optional<ParameterValue> required = a.parameter("evidence.required.PENALTY", date);
        if (required.isEmpty()) {
            f.needsReview("notConfigured");
            return;
        }
        f.param("requiredEvidence", required.get());
        List<String> missing = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String code : required.get().items()) {
            switch (evidenceStatus(a.getCaseFile(), code)) {
                case ABSENT -> missing.add(code);
                case UNKNOWN -> unknown.add(code);
                default -> {
                }
            }
        }
        f.fact("missing", String.join(", ", missing)).fact("unknownItems", String.join(", ", unknown));
        if (!missing.isEmpty()) {
            if (a.decided() == TriState.YES) {
                f.violation();
            } else {
                f.pending(null);
            }
        } else if (!unknown.isEmpty()) {
            f.needsReview("unknown");
        } else {
            f.satisfied();
        }
    }

    /** P-EVID-3: the disposal decision on preserved evidence within the period after preservation. */
    public static void preservationDecided(Assessment a, String key, LocalDate preserved) {
        a.deadline(key).from("preservedOn", preserved).within("period").step(StepKind.PRESERVATION_DECIDED).check();
    }

    /** G-REC-2 / G-REC-3: the audio-video record of the on-site activities. */
    public static void audioVideo(Assessment a, String key, boolean required) {
        PenaltyProcedure p = facts(a);
        List<String> acts = p.onSiteActivities().stream().filter(x -> x.videoRequired() == required)
                .map(Enum::name).toList();
        FindingBuilder f = a.report(key).fact("activities", String.join(", ", acts));
        must(f, p.audioVideoRecorded());
    }

    // ---- summary procedure ----

    /**
     * P-SIMP-1: a summary (on-the-spot) decision only for a warning or a fine within the limit for the party kind
     * (parameter {@code summary.fineLimit}, by date, agency system and party kind: special laws such as 道路交通安全法
     * Art 107 and 治安管理处罚法 Art 100 set their own), "以下" including the limit. Other penalty kinds are never
     * summary penalties.
     */
    public static void summaryLimit(Assessment a, String key, LocalDate date) {
        summaryLimit(a.report(key), date);
    }

    /**
     * Whether {@link #summaryLimit} would report anything (not only SATISFIED): P-SIMP-1's condition runs the same
     * code on a probe ({@link Assessment#probe}), so a summary decision in order does not activate it in supervision.
     */
    public static boolean summaryLimitReports(Assessment a, String key, LocalDate date) {
        return a.wouldReport(key, probe -> summaryLimit(probe, date));
    }

    private static void summaryLimit(FindingBuilder f, LocalDate date) {
        Assessment a = f.assessment();
        EnforcementCase c = a.getCaseFile();
        // the kinds other than warning and fine, distinct, in order (a loop: a rule's condition runs this)
        List<PenaltyKind> other = List.of();
        for (Penalty p : c.effectivePenalties()) {
            PenaltyKind k = p.kind();
            if (k != PenaltyKind.WARNING && k != PenaltyKind.FINE && !other.contains(k)) {
                if (other.isEmpty()) {
                    other = new ArrayList<>(2);
                }
                other.add(k);
            }
        }
        if (!other.isEmpty()) {
            f.fact("otherPenalties", other.toString()).variant("kind").violation();
            return;
        }
        if (!c.hasPenalty(PenaltyKind.FINE)) {
            if (c.hasPenalty(PenaltyKind.WARNING)) {
                f.satisfied();
            } else {
                f.needsReview("unknown");
            }
            return;
        }
        BigDecimal fine = c.totalOf(PenaltyKind.FINE);
        Optional<ParameterValue> limit = a.parameter("summary.fineLimit", date);
        if (fine == null || limit.isEmpty()) {
            f.fact("fine", fine).needsReview(limit.isEmpty() ? "notConfigured" : "unknown");
            return;
        }
        f.fact("fine", fine).fact("partyKind", c.party().kind()).param("fineLimit", limit.get());
        if (fine.compareTo(limit.get().decimal()) > 0) {
            f.violation();
        } else {
            f.satisfied();
        }
    }

    /**
     * P-SIMP-4: the on-the-spot decision is filed with the agency (备案). The law fixes no period; where the agency
     * system's rule does (parameter {@code summary.filingDeadline}) it is checked, otherwise only whether it was filed.
     */
    public static void summaryFiled(Assessment a, String key, LocalDate decided) {
        Optional<ParameterValue> deadline = a.parameter("summary.filingDeadline", decided);
        if (deadline.isPresent()) {
            DeadlineCheck check = a.deadline(key).from("decisionDate", decided)
                    .within(deadline.get().period(), "filingDeadline").step(StepKind.SUMMARY_DECISION_FILED);
            check.finding().param("filingDeadline", deadline.get());
            check.check();
            return;
        }
        FindingBuilder f = a.report(key).fact("decisionDate", decided).variant("noPeriod");
        must(f, a.happened(StepKind.SUMMARY_DECISION_FILED));
    }

    // ---- payment ----

    /**
     * P-PAY-3: on-the-spot collection only in a summary-procedure case and only when the fine is within the limit
     * (parameter {@code collection.onTheSpotLimit}), or later enforcement would be hard, or (remote areas, Art 69 /
     * 1996 Art 48) the party asked.
     */
    public static void onTheSpotCollection(Assessment a, String key, LocalDate collected) {
        EnforcementCase c = a.getCaseFile();
        PenaltyProcedure p = facts(a);
        FindingBuilder f = a.report(key).fact("collectedOn", collected);
        TriState exception = TriState.anyOf(p.hardToEnforceLater(), p.remoteArea());
        if (c.procedure() == io.lawcheck.core.model.ProcedureKind.GENERAL && exception != TriState.YES) {
            f.fact("procedure", c.procedure()).variant("procedure").violation();
            return;
        }
        BigDecimal amount = p.collectedOnTheSpotYuan() != null ? p.collectedOnTheSpotYuan()
                : c.totalOf(PenaltyKind.FINE);
        Optional<ParameterValue> limit = a.parameter("collection.onTheSpotLimit", collected);
        if (amount == null || limit.isEmpty()) {
            f.needsReview("unknown");
            return;
        }
        f.fact("amount", amount).param("collectionLimit", limit.get()).fact("exception", exception);
        if (amount.compareTo(limit.get().decimal()) <= 0 || exception == TriState.YES) {
            f.satisfied();
        } else if (exception == TriState.NO) {
            f.violation();
        } else {
            f.needsReview("exception");
        }
    }

    /**
     * P-PAY-1: a late-payment surcharge may only run after the payment period (15 days from receipt of the
     * decision, i.e. its service) has ended.
     */
    public static void surchargeAfterPaymentPeriod(Assessment a, String key, LocalDate served) {
        FindingBuilder f = a.report(key).fact("servedOn", served);
        Period period = f.period("paymentPeriod");
        LocalDate due;
        try {
            due = a.calendar().endOf(served, period);
        } catch (OutsideCalendarException e) {
            f.outsideCalendar(e.date());
            return;
        }
        LocalDate from = facts(a).surchargeFrom();
        f.fact("paymentDue", due).fact("surchargeFrom", from);
        if (from.isAfter(due)) {
            f.satisfied();
        } else {
            f.violation(due);
        }
    }

    /**
     * The date that selects the surcharge rule: the surcharge's first day, else (a surcharge on file without a start)
     * the decision anchor; null when no surcharge is on file.
     */
    public static LocalDate surchargeAnchor(Assessment a) {
        PenaltyProcedure p = facts(a);
        if (p.surchargeFrom() != null) {
            return p.surchargeFrom();
        }
        return p.surchargeRatePercentPerDay() != null || p.surchargeTotalYuan() != null ? a.decisionAnchor() : null;
    }

    /**
     * P-PAY-7: the surcharge rate is at most the statutory rate per day and (from 2012-01-01, 行政强制法 Art 45;
     * 2021 Art 72) the total at most the fine. {@code capped}: whether the version caps the total.
     */
    public static void surchargeLimits(Assessment a, String key, boolean capped) {
        EnforcementCase c = a.getCaseFile();
        PenaltyProcedure p = facts(a);
        FindingBuilder f = a.report(key);
        BigDecimal maxRate = f.amount("maxRatePercentPerDay");
        BigDecimal rate = p.surchargeRatePercentPerDay();
        BigDecimal total = p.surchargeTotalYuan();
        BigDecimal fine = c.totalOf(PenaltyKind.FINE);
        f.fact("rate", rate).fact("surchargeTotal", total).fact("fine", fine);
        if (rate != null && rate.compareTo(maxRate) > 0) {
            f.variant("rate").violation();
            return;
        }
        if (capped && total != null && fine != null && total.compareTo(fine) > 0) {
            f.variant("cap").violation();
            return;
        }
        if (rate == null || (capped && (total == null || fine == null))) {
            f.needsReview("unknown");
        } else {
            f.satisfied();
        }
    }

    // ---- limitation and substance ----

    /**
     * P-LIM-1: discovered within the limitation period from the end of the act (2 years; 5 years under the 2021 law
     * when the act concerns life, health or financial safety and had harmful consequences). Read with 民法典
     * Arts 201, 203. Outside the holiday calendar the rest-day shift is unknown: a gap of more than the period plus
     * 10 days is still certain.
     */
    public static void limitation(Assessment a, String key, LocalDate actEnd, LocalDate discovered) {
        FindingBuilder f = a.report(key).fact("actEnd", actEnd).fact("discovered", discovered);
        TriState harm = facts(a).harmToLifeHealthOrFinance();
        boolean extendedExists = f.version().params().containsKey("extendedPeriod");
        Period base = Period.parse(f.version().param("period"));
        Period extended = extendedExists ? Period.parse(f.version().param("extendedPeriod")) : null;
        Period applied = extendedExists && harm == TriState.YES ? extended : base;
        f.param("period", applied.toString());
        if (extendedExists) {
            f.fact("harmToLifeHealthOrFinance", harm);
        }
        TriState late = lateAfter(a, actEnd, applied, discovered);
        if (late == null) {
            f.outsideCalendar(actEnd);
            return;
        }
        if (late == TriState.NO) {
            f.satisfied();
            return;
        }
        if (extendedExists && harm == TriState.UNKNOWN) {
            TriState lateEvenExtended = lateAfter(a, actEnd, extended, discovered);
            if (lateEvenExtended != TriState.YES) {
                f.param("extendedPeriod", extended.toString()).needsReview("harm");
                return;
            }
        }
        f.violation();
    }

    /** Whether {@code date} is after the end of {@code period} from {@code start}; null if the calendar cannot tell. */
    private static TriState lateAfter(Assessment a, LocalDate start, Period period, LocalDate date) {
        try {
            return TriState.of(date.isAfter(a.calendar().endOf(start, period)));
        } catch (OutsideCalendarException e) {
            LocalDate plain = switch (period.unit()) {
                case MONTHS -> start.plusMonths(period.amount());
                default -> start.plusDays(period.amount());
            };
            if (!date.isAfter(plain)) {
                return TriState.NO;
            }
            return date.isAfter(plain.plusDays(10)) ? TriState.YES : null;
        }
    }

    /** The date of the act for substance: its end, else its start, else the decision anchor. */
    public static LocalDate actDate(Assessment a) {
        LocalDate d = a.dateOf(StepKind.ACT_END);
        if (d == null) {
            d = a.dateOf(StepKind.ACT_START);
        }
        return d != null ? d : a.decisionAnchor();
    }

    /** P-LIM-3: under 14 no penalty; 14 to 17 a lighter or mitigated penalty (a person must check). */
    public static void minor(Assessment a, String key) {
        AgeBand band = a.getCaseFile().party().ageBand();
        FindingBuilder f = a.report(key).fact("ageBand", band);
        switch (band) {
            case UNDER_14 -> f.violation();
            case FROM_14_TO_17 -> f.needsReview("mitigate");
            default -> f.satisfied();
        }
    }

    /** P-LIM-11: a change of the substantive law after the act needs a person to compare old and new. */
    public static void lawChanged(Assessment a, String key) {
        FindingBuilder f = a.report(key).fact("actDate", actDate(a));
        if (facts(a).substantiveLawChanged() == TriState.YES) {
            f.needsReview("changed");
        } else {
            f.satisfied();
        }
    }

    // ---- defence ----

    /**
     * Whether the decided penalties are heavier than the notified (proposed) ones: a higher fine or confiscation
     * total, or a kind that was not notified (other than a warning or circulated criticism). UNKNOWN when an amount
     * needed for the comparison is missing; NO when nothing was proposed on file (nothing to compare).
     */
    public static TriState heavierThanNotified(Assessment a) {
        EnforcementCase c = a.getCaseFile();
        if (c.proposedPenalties().isEmpty() || c.decidedPenalties().isEmpty()) {
            return TriState.NO;
        }
        Set<PenaltyKind> proposedKinds = EnumSet.noneOf(PenaltyKind.class);
        c.proposedPenalties().forEach(p -> proposedKinds.add(p.kind()));
        boolean unknown = false;
        for (Penalty d : c.decidedPenalties()) {
            if (!proposedKinds.contains(d.kind()) && !LIGHT.contains(d.kind())) {
                return TriState.YES;
            }
        }
        for (PenaltyKind k : proposedKinds) {
            if (!k.isMonetary()) {
                continue;
            }
            BigDecimal proposed = sum(c.proposedPenalties(), k);
            BigDecimal decided = sum(c.decidedPenalties(), k);
            if (proposed == null || decided == null) {
                unknown = true;
            } else if (decided.compareTo(proposed) > 0) {
                return TriState.YES;
            }
        }
        return unknown ? TriState.UNKNOWN : TriState.NO;
    }

    private static BigDecimal sum(List<Penalty> penalties, PenaltyKind kind) {
        BigDecimal total = BigDecimal.ZERO;
        for (Penalty p : penalties) {
            if (p.kind() == kind) {
                if (p.amountYuan() == null) {
                    return null;
                }
                total = total.add(p.amountYuan());
            }
        }
        return total;
    }

    /** P-DEF-2: a heavier decision than notified needs a new prior notice. */
    public static void notHeavierThanNotified(Assessment a, String key, TriState heavier) {
        EnforcementCase c = a.getCaseFile();
        FindingBuilder f = a.report(key).fact("notified", c.proposedPenalties().toString())
                .fact("decided", c.decidedPenalties().toString()).fact("heavier", heavier)
                .fact("defenceReceived", a.happened(StepKind.DEFENCE_RECEIVED));
        if (heavier == TriState.UNKNOWN) {
            f.needsReview("amounts");
            return;
        }
        must(f, facts(a).renotifiedBeforeHeavier());
    }

    /** P-COLL-1: collective discussion by the agency heads on file, dated no later than the decision. */
    public static TriState discussedBeforeDecision(Assessment a) {
        TriState happened = a.happened(StepKind.COLLECTIVE_DISCUSSION);
        LocalDate d = a.dateOf(StepKind.COLLECTIVE_DISCUSSION);
        LocalDate decision = a.dateOf(StepKind.DECISION);
        if (happened == TriState.YES && d != null && decision != null) {
            return TriState.of(!d.isAfter(decision));
        }
        return happened;
    }

    // ---- decision document ----

    /** P-DEC-2: every item of Art 59 (1996 Art 39) and the seal; NO on any item is a defect, UNKNOWN a question. */
    public static void documentComplete(Assessment a, String key) {
        FindingBuilder f = a.report(key);
        Map<String, TriState> items = facts(a).decisionDocument().items();
        List<String> missing = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        items.forEach((k, v) -> {
            if (v == TriState.NO) {
                missing.add(k);
            } else if (v == TriState.UNKNOWN) {
                unknown.add(k);
            }
        });
        if (a.dateOf(StepKind.DECISION) == null && missing.isEmpty()) {
            // A decision on file without its date: every date-dependent check of the case is silent, so say so.
            f.fact("decisionDate", TriState.UNKNOWN).needsReview("undated");
            return;
        }
        reportItems(f, missing, unknown);
    }

    // ---- publication ----

    /** P-PUB-1: a decision with social impact must be published. */
    public static void published(Assessment a, String key) {
        TriState impact = facts(a).socialImpact();
        TriState published = a.happened(StepKind.PUBLICATION);
        FindingBuilder f = a.report(key).fact("socialImpact", impact).fact("published", published);
        if (published == TriState.YES) {
            if (impact == TriState.YES) {
                f.satisfied();
            }
            return;
        }
        if (impact == TriState.YES) {
            must(f, published);
        } else if (impact == TriState.UNKNOWN) {
            f.needsReview("scope");
        }
    }

    /** G-PUB-3: published within the deadline for the agency system and jurisdiction (parameter). */
    public static void publishedInTime(Assessment a, String key, LocalDate decided) {
        Optional<ParameterValue> deadline = a.parameter("publication.deadline", decided);
        if (deadline.isEmpty()) {
            a.report(key).fact("decisionDate", decided).needsReview("notConfigured");
            return;
        }
        DeadlineCheck check = a.deadline(key).from("decisionDate", decided).within(deadline.get().period(), "deadline")
                .step(StepKind.PUBLICATION);
        check.finding().param("deadline", deadline.get());
        check.check();
    }
}
