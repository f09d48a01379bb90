package io.lawcheck.catalog.law;

import io.lawcheck.core.catalog.LocalizedText;
import io.lawcheck.core.catalog.ParameterValue;
import io.lawcheck.core.catalog.Verification;
import io.lawcheck.core.check.Assessment;
import io.lawcheck.core.check.FindingBuilder;
import io.lawcheck.core.model.AgencySystem;
import io.lawcheck.core.model.EnforcementCase;
import io.lawcheck.core.model.PenaltyKind;
import io.lawcheck.core.model.TriState;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Whether the party must be told of the right to a hearing (听证范围), by the law in force on the date of the step.
 * <ul>
 * <li>2021 Art 63(1): 较大数额罚款, 没收较大数额违法所得/较大价值非法财物, 降低资质等级, 吊销许可证件, 责令停产停业,
 * 责令关闭, 限制从业, 其他较重的行政处罚.</li>
 * <li>1996 Art 42 (unchanged in 2009/2017): 责令停产停业, 吊销许可证或者执照, 较大数额罚款"等"; 指导案例6号 holds that
 * 没收较大数额财产 falls within "等".</li>
 * <li>治安管理处罚法 cases ({@link AgencySystem#PUBLIC_ORDER}): 吊销许可证 (+ 责令停业整顿 from 2026-01-01).</li>
 * </ul>
 * Amounts ("较大数额") are data: {@code hearing.fineThreshold} and {@code hearing.confiscationThreshold}, compared with
 * {@code >=} ("以上" includes the number). Confiscated gains and property are summed. No threshold for the case
 * gives UNKNOWN, never NO.
 */
public final class HearingScope {
    private static final Set<PenaltyKind> LISTED_2021 = EnumSet.of(PenaltyKind.LOWER_QUALIFICATION,
            PenaltyKind.REVOKE_LICENCE, PenaltyKind.SUSPEND_PRODUCTION_OR_BUSINESS, PenaltyKind.CLOSURE,
            PenaltyKind.RESTRICT_PRACTICE);
    private static final Set<PenaltyKind> LISTED_1996 = EnumSet.of(PenaltyKind.SUSPEND_PRODUCTION_OR_BUSINESS,
            PenaltyKind.REVOKE_LICENCE);
    /** Kinds that may be "其他较重" (2021) or fall under "等" (1996): a person must judge. */
    private static final Set<PenaltyKind> JUDGEMENT = EnumSet.of(PenaltyKind.SUSPEND_LICENCE,
            PenaltyKind.RESTRICT_BUSINESS, PenaltyKind.OTHER);
    private static final LocalDate PUBLIC_ORDER_2026 = LocalDate.of(2026, 1, 1);

    /** The answer, with what it rested on. */
    public record Requirement(TriState required, String reason, ParameterValue fineThreshold,
                              ParameterValue confiscationThreshold, Verification basis) {
        /**
         * Records the thresholds looked up and lowers the finding's basis to {@link #basis()}: the verification of
         * what the answer actually rests on (a threshold that was met, a listed kind, a judgement). A threshold that
         * was looked up but not met is shown, but does not weaken the basis.
         */
        public FindingBuilder describe(FindingBuilder f) {
            f.fact("hearingScope", REASONS.getOrDefault(reason.startsWith("kind:") ? "kind" : reason,
                    new LocalizedText(reason, reason)));
            if (reason.startsWith("kind:")) {
                f.fact("listedPenalty", reason.substring(5));
            }
            if (fineThreshold != null) {
                f.param("fineThreshold", fineThreshold.text()).param("fineThresholdSource", fineThreshold.source());
            }
            if (confiscationThreshold != null) {
                f.param("confiscationThreshold", confiscationThreshold.text())
                        .param("confiscationThresholdSource", confiscationThreshold.source());
            }
            return f.basedOn(basis);
        }
    }

    private static final Map<String, LocalizedText> REASONS = Map.of(
            "kind", new LocalizedText("处罚种类属于法定听证范围", "the kind of penalty is listed for hearings"),
            "fine>=threshold", new LocalizedText("罚款数额达到听证标准", "the fine reaches the hearing threshold"),
            "confiscation>=threshold", new LocalizedText("没收数额达到听证标准",
                    "the confiscation reaches the hearing threshold"),
            "judgedHeavy", new LocalizedText("经认定属于较大数额或其他较重的处罚", "judged a large amount or heavier penalty"),
            "fineAmountUnknown", new LocalizedText("罚款数额不明", "the fine amount is unknown"),
            "confiscationValueUnknown", new LocalizedText("没收数额或价值不明", "the confiscated amount or value is unknown"),
            "thresholdNotConfigured", new LocalizedText("本地区、本系统的听证标准未配置",
                    "no hearing threshold is configured for this jurisdiction and agency system"),
            "heavierPenaltyJudgement", new LocalizedText("需判断是否属于其他较重的行政处罚",
                    "whether this is an 'other heavier penalty' needs judgement"),
            "penaltyUnknown", new LocalizedText("拟处罚内容不明", "the proposed penalty is unknown"),
            "belowThresholds", new LocalizedText("低于听证标准", "below the hearing thresholds"));

    private HearingScope() {
    }

    /** Hearing scope under the 2021 law ({@code revised2021}) or the 1996-2017 law, on {@code date}. */
    public static Requirement of(Assessment a, boolean revised2021, LocalDate date) {
        return a.memo(new ScopeKey(revised2021, date), x -> compute(x, revised2021, date));
    }

    /** Hearing scope on the date that selects the law for the hearing notice ({@link Hearings#noticeAnchor}). */
    public static Requirement atNotice(Assessment a, boolean revised2021) {
        // Memoized under a constant key per law version (the function itself): the notice date is the same for every
        // rule of one case, and a key built from it (record + LocalDate hash) cost more than the scope in the
        // conditions of the hearing rules, which ask on every evaluation.
        Function<Assessment, Requirement> scope = revised2021 ? AT_NOTICE_2021 : AT_NOTICE_1996;
        return a.memo(scope, scope);
    }

    // compute, not of: this memo is the only one the scope at notice needs (of would store it a second time).
    private static final Function<Assessment, Requirement> AT_NOTICE_2021 =
            a -> compute(a, true, Hearings.noticeAnchor(a));
    private static final Function<Assessment, Requirement> AT_NOTICE_1996 =
            a -> compute(a, false, Hearings.noticeAnchor(a));

    private record ScopeKey(boolean revised2021, LocalDate date) {
    }

    private static Requirement compute(Assessment a, boolean revised2021, LocalDate date) {
        EnforcementCase c = a.getCaseFile();
        boolean publicOrder = c.agencySystem() == AgencySystem.PUBLIC_ORDER;
        Set<PenaltyKind> listed = publicOrder ? publicOrderKinds(date) : revised2021 ? LISTED_2021 : LISTED_1996;
        for (PenaltyKind k : listed) {
            if (c.hasPenalty(k)) {
                return new Requirement(TriState.YES, "kind:" + k, null, null, Verification.VERIFIED);
            }
        }
        ParameterValue fineT = a.parameter("hearing.fineThreshold", date).orElse(null);
        ParameterValue confT = a.parameter("hearing.confiscationThreshold", date).orElse(null);
        Verification yesBasis = null;
        String yesReason = null;
        boolean unknown = false;
        String unknownReason = null;

        if (c.hasPenalty(PenaltyKind.FINE)) {
            BigDecimal fine = c.totalOf(PenaltyKind.FINE);
            if (fine == null) {
                unknown = true;
                unknownReason = "fineAmountUnknown";
            } else if (fineT == null) {
                unknown = true;
                unknownReason = "thresholdNotConfigured";
            } else if (fine.compareTo(fineT.decimal()) >= 0) {
                yesBasis = fineT.verification();
                yesReason = "fine>=threshold";
            }
        }
        boolean confiscates = c.hasPenalty(PenaltyKind.CONFISCATE_ILLEGAL_GAINS)
                || c.hasPenalty(PenaltyKind.CONFISCATE_PROPERTY);
        if (confiscates && !publicOrder) {
            BigDecimal total = confiscationTotal(c);
            if (total == null) {
                unknown = true;
                unknownReason = unknownReason == null ? "confiscationValueUnknown" : unknownReason;
            } else if (confT == null) {
                unknown = true;
                unknownReason = unknownReason == null ? "thresholdNotConfigured" : unknownReason;
            } else if (total.compareTo(confT.decimal()) >= 0) {
                Verification v = revised2021 ? confT.verification()
                        : confT.verification().weakest(Verification.SECONDARY);
                yesBasis = yesBasis == null ? v : strongest(yesBasis, v);
                yesReason = yesReason == null ? "confiscation>=threshold" : yesReason;
            }
        }
        if (c.judgements().heavyPenalty() == TriState.YES && !publicOrder) {
            yesBasis = yesBasis == null ? Verification.SECONDARY : strongest(yesBasis, Verification.SECONDARY);
            yesReason = yesReason == null ? "judgedHeavy" : yesReason;
        }
        if (yesReason != null) {
            return new Requirement(TriState.YES, yesReason, fineT, confT, yesBasis);
        }
        for (PenaltyKind k : JUDGEMENT) {
            if (c.hasPenalty(k) && !publicOrder && c.judgements().heavyPenalty() != TriState.NO) {
                unknown = true;
                unknownReason = unknownReason == null ? "heavierPenaltyJudgement" : unknownReason;
            }
        }
        if (c.effectivePenalties().isEmpty()) {
            return new Requirement(TriState.UNKNOWN, "penaltyUnknown", fineT, confT, Verification.VERIFIED);
        }
        return unknown ? new Requirement(TriState.UNKNOWN, unknownReason, fineT, confT, Verification.VERIFIED)
                : new Requirement(TriState.NO, "belowThresholds", fineT, confT, Verification.VERIFIED);
    }

    private static Set<PenaltyKind> publicOrderKinds(LocalDate date) {
        return date != null && !date.isBefore(PUBLIC_ORDER_2026)
                ? EnumSet.of(PenaltyKind.REVOKE_LICENCE, PenaltyKind.SUSPEND_PRODUCTION_OR_BUSINESS)
                : EnumSet.of(PenaltyKind.REVOKE_LICENCE);
    }

    private static BigDecimal confiscationTotal(EnforcementCase c) {
        BigDecimal total = BigDecimal.ZERO;
        for (PenaltyKind k : new PenaltyKind[] {PenaltyKind.CONFISCATE_ILLEGAL_GAINS, PenaltyKind.CONFISCATE_PROPERTY}) {
            if (c.hasPenalty(k)) {
                BigDecimal v = c.totalOf(k);
                if (v == null) {
                    return null;
                }
                total = total.add(v);
            }
        }
        return total;
    }

    private static Verification strongest(Verification a, Verification b) {
        return a.ordinal() <= b.ordinal() ? a : b;
    }
}
