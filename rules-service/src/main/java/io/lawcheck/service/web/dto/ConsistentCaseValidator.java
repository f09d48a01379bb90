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
 * </ul>
 */
public final class ConsistentCaseValidator implements ConstraintValidator<ConsistentCase, CaseDto> {
    /** Founding of the PRC: no administrative decision under current law is older. */
    static final LocalDate EARLIEST = LocalDate.of(1949, 10, 1);
    static final LocalDate LATEST = LocalDate.of(2099, 12, 31);

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

    private static LocalDate dateOf(Map<StepKind, StepDto> steps, StepKind kind) {
        StepDto s = steps.get(kind);
        return s == null ? null : s.date();
    }

    private static void inRange(Problems problems, Field field, LocalDate date) {
        if (date != null && (date.isBefore(EARLIEST) || date.isAfter(LATEST))) {
            problems.add(field, "must be between " + EARLIEST + " and " + LATEST);
        }
    }

    /**
     * A field as Bean Validation nodes: {@code property[key].leaf}, shown as {@code steps.DECISION.date}; or, without
     * a key, nested properties {@code property.path[0].path[1]...}, shown as {@code penaltyFormalities.paymentDeferral.periodEnd}.
     */
    private record Field(String property, Object key, String leaf, String... path) {
        Field(String property, Object key, String leaf) {
            this(property, key, leaf, new String[0]);
        }

        static Field nested(String property, String... path) {
            return new Field(property, null, null, path);
        }

        static Field step(StepKind kind, String leaf) {
            return new Field("steps", kind, leaf);
        }

        static Field element(String list, int index, String leaf) {
            return new Field(list, index, leaf);
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
            if (field.path().length > 0) {
                var node = builder.addPropertyNode(field.property());
                for (String name : field.path()) {
                    node = node.addPropertyNode(name);
                }
                node.addConstraintViolation();
            } else if (field.key() == null) {
                builder.addPropertyNode(field.property()).addConstraintViolation();
            } else if (field.leaf() == null) {
                var node = builder.addPropertyNode(field.property()).addBeanNode().inIterable();
                (field.key() instanceof Integer i ? node.atIndex(i) : node.atKey(field.key())).addConstraintViolation();
            } else {
                var node = builder.addPropertyNode(field.property()).addPropertyNode(field.leaf()).inIterable();
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
