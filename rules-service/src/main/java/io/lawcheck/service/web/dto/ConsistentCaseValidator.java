package io.lawcheck.service.web.dto;

import io.lawcheck.core.model.StepKind;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.lawcheck.core.model.StepKind.ACT_END;
import static io.lawcheck.core.model.StepKind.ACT_START;
import static io.lawcheck.core.model.StepKind.DECISION;
import static io.lawcheck.core.model.StepKind.DISCOVERY;
import static io.lawcheck.core.model.StepKind.FILING;
import static io.lawcheck.core.model.StepKind.HEARING_HELD;
import static io.lawcheck.core.model.StepKind.HEARING_REQUESTED;
import static io.lawcheck.core.model.StepKind.HEARING_RIGHT_NOTIFIED;
import static io.lawcheck.core.model.StepKind.HEARING_SCHEDULE_SERVED;
import static io.lawcheck.core.model.StepKind.PUBLICATION;
import static io.lawcheck.core.model.StepKind.SERVICE;

/**
 * Rejects (400) a case whose data cannot all be true, so the checker never answers on it. The line between a
 * contradiction (rejected here) and a violation (found by the rules) is: a contradiction is physically impossible
 * (a decision served before it was made), a violation is possible but unlawful (a decision made before the notice).
 * <ul>
 * <li>Dates must lie in {@link #EARLIEST}..{@link #LATEST}: earlier or later dates are typing errors. Dates inside
 * that range but outside the holiday calendar's years are accepted; rules that need working days there answer
 * NEEDS_REVIEW (see FindingBuilder#outsideCalendar).</li>
 * <li>Steps in an impossible order ({@link #ORDER}): the later step of each pair is named.</li>
 * <li>A decision said not to have happened, yet decided penalties, service or publication on file.</li>
 * <li>A non-monetary penalty (warning, licence suspension ...) with an amount: the amount belongs to no penalty.</li>
 * <li>{@code penaltyFormalities}: its dates in the same range; a withdrawal decided before it was applied for, or a
 * date given for an application or decision said not to have happened.</li>
 * <li>Every other date of the case in the same range, wherever it is nested ({@code penaltyProcedure.surchargeFrom},
 * {@code coercion.*}, {@code licensing.*}, {@code platform.basicInfoChanges[i].*}): checked here rather than with a
 * constraint on each field, as this costs no cascade into uncascaded types and no per-property bookkeeping
 * (docs/performance.md). {@code DateRangeGuardTest} walks the DTOs and fails if a date field is not checked.</li>
 * </ul>
 */
public final class ConsistentCaseValidator implements ConstraintValidator<ConsistentCase, CaseDto> {
    /** Founding of the PRC: no administrative decision under current law is older. */
    static final LocalDate EARLIEST = LocalDate.of(1949, 10, 1);
    static final LocalDate LATEST = LocalDate.of(2099, 12, 31);
    /** Why a date outside the range is refused; the {@code asOf} query parameter gives the same reason. */
    public static final String RANGE_REASON = "must be between " + EARLIEST + " and " + LATEST;

    /** Pairs (later, earlier): the later step cannot be dated before the earlier one. */
    static final List<StepKind[]> ORDER = List.of(
            new StepKind[]{ACT_END, ACT_START},
            new StepKind[]{FILING, DISCOVERY},
            new StepKind[]{DECISION, FILING},
            new StepKind[]{SERVICE, DECISION},
            new StepKind[]{PUBLICATION, DECISION},
            new StepKind[]{HEARING_SCHEDULE_SERVED, HEARING_REQUESTED},
            new StepKind[]{HEARING_HELD, HEARING_RIGHT_NOTIFIED},
            new StepKind[]{HEARING_HELD, HEARING_REQUESTED},
            new StepKind[]{HEARING_HELD, HEARING_SCHEDULE_SERVED});

    @Override
    public boolean isValid(CaseDto c, ConstraintValidatorContext context) {
        if (c == null) {
            return true;
        }
        Problems problems = new Problems(context);
        Map<StepKind, StepDto> steps = c.steps() == null ? Map.of() : c.steps();
        steps.forEach((kind, step) -> {
            if (kind != null && step != null) {
                inRange(problems, Field.step(kind, "date"), step.date());
                inRange(problems, Field.step(kind, "platformReceived"), step.platformReceived());
            }
        });
        if (c.officers() != null) {
            for (int i = 0; i < c.officers().size(); i++) {
                OfficerDto o = c.officers().get(i);
                if (o != null) {
                    inRange(problems, Field.element("officers", i, "certificateValidFrom"), o.certificateValidFrom());
                    inRange(problems, Field.element("officers", i, "certificateValidUntil"), o.certificateValidUntil());
                }
            }
        }
        for (StepKind[] pair : ORDER) {
            LocalDate later = dateOf(steps, pair[0]);
            LocalDate earlier = dateOf(steps, pair[1]);
            if (later != null && earlier != null && later.isBefore(earlier)) {
                problems.add(Field.step(pair[0], "date"), "cannot be before steps." + pair[1] + ".date");
            }
        }
        StepDto decision = steps.get(DECISION);
        if (decision != null && Boolean.FALSE.equals(decision.happened())) {
            if (c.decidedPenalties() != null && !c.decidedPenalties().isEmpty()) {
                problems.add(new Field("decidedPenalties", null, null), "cannot be given when steps.DECISION.happened is false");
            }
            for (StepKind after : List.of(SERVICE, PUBLICATION)) {
                StepDto s = steps.get(after);
                if (s != null && (s.date() != null || Boolean.TRUE.equals(s.happened()))) {
                    problems.add(Field.step(after, null), "cannot have happened when steps.DECISION.happened is false");
                }
            }
        }
        formalities(problems, c.penaltyFormalities());
        if (c.penaltyProcedure() != null) {
            inRange(problems, Field.nested("penaltyProcedure", "surchargeFrom"), c.penaltyProcedure().surchargeFrom());
        }
        coercion(problems, c.coercion());
        licensing(problems, c.licensing());
        if (c.platform() != null && c.platform().basicInfoChanges() != null) {
            List<BasicInfoChangeDto> changes = c.platform().basicInfoChanges();
            for (int i = 0; i < changes.size(); i++) {
                BasicInfoChangeDto change = changes.get(i);
                if (change != null) {
                    inRange(problems, Field.element("platform", "basicInfoChanges", i, "changedOn"), change.changedOn());
                    inRange(problems, Field.element("platform", "basicInfoChanges", i, "changeRequestedOn"),
                            change.changeRequestedOn());
                }
            }
        }
        amountsOnlyForMoney(problems, "proposedPenalties", c.proposedPenalties());
        amountsOnlyForMoney(problems, "decidedPenalties", c.decidedPenalties());
        return problems.none();
    }

    private static void amountsOnlyForMoney(Problems problems, String field, List<PenaltyDto> penalties) {
        if (penalties == null) {
            return;
        }
        for (int i = 0; i < penalties.size(); i++) {
            PenaltyDto p = penalties.get(i);
            if (p != null && p.kind() != null && p.amountYuan() != null && !p.kind().isMonetary()
                    && p.kind() != io.lawcheck.core.model.PenaltyKind.OTHER) {
                problems.add(Field.element(field, i, "amountYuan"), "must be absent for a " + p.kind() + " penalty");
            }
        }
    }

    private static final String FORMALITIES = "penaltyFormalities";
    private static final String WITHDRAWAL = "officerWithdrawal";

    /** Dates of the penalty formalities in range; the withdrawal application's dates in an order that can be true. */
    private static void formalities(Problems problems, PenaltyFormalitiesDto f) {
        if (f == null) {
            return;
        }
        inRange(problems, Field.nested(FORMALITIES, "courtApplicationDate"), f.courtApplicationDate());
        PaymentDeferralDto d = f.paymentDeferral();
        if (d != null) {
            inRange(problems, Field.nested(FORMALITIES, "paymentDeferral", "approvedOn"), d.approvedOn());
            inRange(problems, Field.nested(FORMALITIES, "paymentDeferral", "periodEnd"), d.periodEnd());
        }
        OfficerWithdrawalDto w = f.officerWithdrawal();
        if (w == null) {
            return;
        }
        Field appliedOn = Field.nested(FORMALITIES, WITHDRAWAL, "appliedOn");
        Field decidedOn = Field.nested(FORMALITIES, WITHDRAWAL, "decidedOn");
        inRange(problems, appliedOn, w.appliedOn());
        inRange(problems, decidedOn, w.decidedOn());
        if (w.appliedOn() != null && w.decidedOn() != null && w.decidedOn().isBefore(w.appliedOn())) {
            problems.add(decidedOn, "cannot be before " + FORMALITIES + "." + WITHDRAWAL + ".appliedOn");
        }
        if (w.appliedOn() != null && Boolean.FALSE.equals(w.partyApplied())) {
            problems.add(appliedOn, "cannot be given when " + FORMALITIES + "." + WITHDRAWAL + ".partyApplied is false");
        }
        if (w.decidedOn() != null && Boolean.FALSE.equals(w.decided())) {
            problems.add(decidedOn, "cannot be given when " + FORMALITIES + "." + WITHDRAWAL + ".decided is false");
        }
    }

    private static final String COERCION = "coercion";

    private static void coercion(Problems problems, CoercionDto k) {
        if (k == null) {
            return;
        }
        inRange(problems, Field.nested(COERCION, "measureDate"), k.measureDate());
        inRange(problems, Field.nested(COERCION, "approvalDate"), k.approvalDate());
        inRange(problems, Field.nested(COERCION, "extensionDate"), k.extensionDate());
        inRange(problems, Field.nested(COERCION, "dispositionDate"), k.dispositionDate());
        inRange(problems, Field.nested(COERCION, "freezeDecisionServed"), k.freezeDecisionServed());
        inRange(problems, Field.nested(COERCION, "underlyingDecisionServed"), k.underlyingDecisionServed());
        inRange(problems, Field.nested(COERCION, "remedyPeriodEnd"), k.remedyPeriodEnd());
        inRange(problems, Field.nested(COERCION, "reminderServed"), k.reminderServed());
        inRange(problems, Field.nested(COERCION, "reminderDeadline"), k.reminderDeadline());
        inRange(problems, Field.nested(COERCION, "enforcementDecisionDate"), k.enforcementDecisionDate());
        inRange(problems, Field.nested(COERCION, "enforcementDate"), k.enforcementDate());
        inRange(problems, Field.nested(COERCION, "surchargeStart"), k.surchargeStart());
        inRange(problems, Field.nested(COERCION, "courtApplicationDate"), k.courtApplicationDate());
    }

    private static final String LICENSING = "licensing";

    private static void licensing(Problems problems, LicensingDto l) {
        if (l == null) {
            return;
        }
        inRange(problems, Field.nested(LICENSING, "receivedDate"), l.receivedDate());
        inRange(problems, Field.nested(LICENSING, "missingItemsNoticeDate"), l.missingItemsNoticeDate());
        inRange(problems, Field.nested(LICENSING, "acceptanceDate"), l.acceptanceDate());
        inRange(problems, Field.nested(LICENSING, "referralDate"), l.referralDate());
        inRange(problems, Field.nested(LICENSING, "decisionDate"), l.decisionDate());
        inRange(problems, Field.nested(LICENSING, "certificateIssuedDate"), l.certificateIssuedDate());
        inRange(problems, Field.nested(LICENSING, "hearingRightNotifiedDate"), l.hearingRightNotifiedDate());
        inRange(problems, Field.nested(LICENSING, "hearingRequestDate"), l.hearingRequestDate());
        inRange(problems, Field.nested(LICENSING, "hearingNoticeDate"), l.hearingNoticeDate());
        inRange(problems, Field.nested(LICENSING, "hearingDate"), l.hearingDate());
        inRange(problems, Field.nested(LICENSING, "licenceExpiry"), l.licenceExpiry());
        inRange(problems, Field.nested(LICENSING, "renewalApplicationDate"), l.renewalApplicationDate());
        inRange(problems, Field.nested(LICENSING, "renewalDecisionDate"), l.renewalDecisionDate());
    }

    private static LocalDate dateOf(Map<StepKind, StepDto> steps, StepKind kind) {
        StepDto s = steps.get(kind);
        return s == null ? null : s.date();
    }

    public static boolean inRange(LocalDate date) {
        return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
    }

    private static void inRange(Problems problems, Field field, LocalDate date) {
        if (date != null && !inRange(date)) {
            problems.add(field, RANGE_REASON);
        }
    }

    /**
     * A field as Bean Validation nodes: {@code property[key].leaf}, shown as {@code steps.DECISION.date}; or, without
     * a key, nested properties {@code property.path[0].path[1]...}, shown as {@code penaltyFormalities.paymentDeferral.periodEnd}.
     */
    private record Field(String parent, String property, Object key, String leaf, String... path) {
        Field(String property, Object key, String leaf) {
            this(null, property, key, leaf);
        }

        static Field nested(String property, String... path) {
            return new Field(null, property, null, null, path);
        }

        static Field step(StepKind kind, String leaf) {
            return new Field("steps", kind, leaf);
        }

        static Field element(String list, int index, String leaf) {
            return new Field(list, index, leaf);
        }

        /** An element's property in a list nested one level down: {@code parent.list[index].leaf}. */
        static Field element(String parent, String list, int index, String leaf) {
            return new Field(parent, list, index, leaf);
        }
    }

    /** Collects violations with the JSON path of the field as the property node (e.g. steps.DECISION.date). */
    private static final class Problems {
        private final ConstraintValidatorContext context;
        private boolean any;

        Problems(ConstraintValidatorContext context) {
            this.context = context;
        }

        void add(Field field, String reason) {
            if (!any) {
                context.disableDefaultConstraintViolation();
                any = true;
            }
            var builder = context.buildConstraintViolationWithTemplate(escape(reason));
            var property = field.parent() == null ? builder.addPropertyNode(field.property())
                    : builder.addPropertyNode(field.parent()).addPropertyNode(field.property());
            if (field.path().length > 0) {
                var node = property;
                for (String name : field.path()) {
                    node = node.addPropertyNode(name);
                }
                node.addConstraintViolation();
            } else if (field.key() == null) {
                property.addConstraintViolation();
            } else if (field.leaf() == null) {
                var node = property.addBeanNode().inIterable();
                (field.key() instanceof Integer i ? node.atIndex(i) : node.atKey(field.key())).addConstraintViolation();
            } else {
                var node = property.addPropertyNode(field.leaf()).inIterable();
                (field.key() instanceof Integer i ? node.atIndex(i) : node.atKey(field.key())).addConstraintViolation();
            }
        }

        boolean none() {
            return !any;
        }

        /** Reasons are plain text: keep message interpolation from reading {..} or ${..} in them. */
        private static String escape(String s) {
            return s.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
        }
    }
}
