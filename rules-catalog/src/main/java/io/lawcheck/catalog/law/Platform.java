package io.lawcheck.catalog.law;

import io.lawcheck.core.calendar.OutsideCalendarException;
import io.lawcheck.core.catalog.LocalizedText;
import io.lawcheck.core.catalog.ParameterValue;
import io.lawcheck.core.catalog.RuleVersion;
import io.lawcheck.core.check.Assessment;
import io.lawcheck.core.check.FindingBuilder;
import io.lawcheck.core.model.BasicInfoChange;
import io.lawcheck.core.model.Step;
import io.lawcheck.core.model.StepKind;
import io.lawcheck.core.model.TriState;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Collection deadlines of a supervision platform (platform.drl): a record is due on the platform within a period
 * after the step (or inspection, or change of basic information). The period is a jurisdiction-scoped parameter:
 * where no row covers the case's division on the item's date there is no platform duty and the rule says nothing,
 * so adding a city's platform is a matter of adding rows (see docs/platform.md).
 */
public final class Platform {
    /** The agency's own procedure steps whose documents go to the platform (Art 16: 立案、调查、审核、决定、执行). */
    public static final Set<StepKind> RECORDED_STEPS = EnumSet.of(StepKind.FILING, StepKind.STATEMENT_NOTICE_SERVED,
            StepKind.HEARING_RIGHT_NOTIFIED, StepKind.HEARING_SCHEDULE_SERVED, StepKind.HEARING_HELD,
            StepKind.LEGAL_REVIEW, StepKind.COLLECTIVE_DISCUSSION, StepKind.DECISION, StepKind.SERVICE,
            StepKind.PUBLICATION);

    public static final String STEP_PERIOD = "platform.stepRecordPeriod";
    public static final String INSPECTION_PERIOD = "platform.inspectionRecordPeriod";
    public static final String BASIC_INFO_PERIOD = "platform.basicInfoChangePeriod";

    /** One thing due on the platform: what, from when, received when, under which scoped period. */
    public record Item(String what, LocalDate start, LocalDate received, ParameterValue period) {
    }

    /** The items one rule version judges; a holder, since DRL {@code from} would iterate a bare list. */
    public record Items(List<Item> list) {
        public boolean nonEmpty() {
            return !list.isEmpty();
        }
    }

    private Platform() {
    }

    /** PLAT-REC-1: the dated procedure steps the rule version governs, in a jurisdiction with a platform. */
    public static Items stepRecords(Assessment a, String key) {
        return steps(a, key, RECORDED_STEPS, STEP_PERIOD);
    }

    /** PLAT-REC-2: the completed inspection. */
    public static Items inspectionRecords(Assessment a, String key) {
        return steps(a, key, EnumSet.of(StepKind.INSPECTION_COMPLETED), INSPECTION_PERIOD);
    }

    /** PLAT-REC-3: changes of basic information and their change applications. */
    public static Items basicInfoChanges(Assessment a, String key) {
        RuleVersion version = a.ruleVersion(key);
        List<Item> items = new ArrayList<>();
        for (BasicInfoChange c : a.getCaseFile().platform().basicInfoChanges()) {
            if (version.appliesOn(c.changedOn())) {
                Optional<ParameterValue> p = a.parameter(BASIC_INFO_PERIOD, c.changedOn());
                p.ifPresent(v -> items.add(new Item(c.kind().name(), c.changedOn(), c.changeRequestedOn(), v)));
            }
        }
        return new Items(items);
    }

    private static Items steps(Assessment a, String key, Set<StepKind> kinds, String parameter) {
        RuleVersion version = a.ruleVersion(key);
        List<Item> items = new ArrayList<>();
        if (!a.getCaseFile().platformReceiptsOnFile()) {
            return new Items(items);
        }
        for (Map.Entry<StepKind, Step> e : a.getCaseFile().steps().entrySet()) {
            LocalDate date = e.getValue().date();
            if (kinds.contains(e.getKey()) && version.appliesOn(date)) {
                Optional<ParameterValue> p = a.parameter(parameter, date);
                p.ifPresent(v -> items.add(new Item(e.getKey().name(), date, e.getValue().platformReceived(), v)));
            }
        }
        return new Items(items);
    }

    /**
     * One finding for all items: VIOLATION if a record came late (or, when the platform attests its receipts are
     * complete, never came and is overdue); else NEEDS_REVIEW if an overdue record has no receipt date on file; else
     * PENDING with the earliest due date; else SATISFIED.
     */
    public static void check(Assessment a, String key, Items found) {
        List<Item> items = found.list();
        FindingBuilder f = a.report(key);
        boolean complete = a.getCaseFile().platform().receiptsComplete() == TriState.YES;
        List<String> lateZh = new ArrayList<>();
        List<String> lateEn = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        LocalDate firstLateDue = null;
        LocalDate firstPendingDue = null;
        for (Item item : items) {
            f.param("period", item.period());
            LocalDate due;
            try {
                due = a.calendar().endOf(item.start(), item.period().period());
            } catch (OutsideCalendarException e) {
                f.outsideCalendar(e.date());
                return;
            }
            if (item.received() != null) {
                if (item.received().isAfter(due)) {
                    lateZh.add(item.what() + "（" + item.start() + "，应于" + due + "前，实际" + item.received() + "）");
                    lateEn.add(item.what() + " (" + item.start() + ", due " + due + ", received " + item.received()
                            + ")");
                    firstLateDue = min(firstLateDue, due);
                }
            } else if (!a.getAsOf().isAfter(due)) {
                pending.add(item.what() + " " + due);
                firstPendingDue = min(firstPendingDue, due);
            } else if (complete) {
                lateZh.add(item.what() + "（" + item.start() + "，应于" + due + "前，未归集）");
                lateEn.add(item.what() + " (" + item.start() + ", due " + due + ", not received)");
                firstLateDue = min(firstLateDue, due);
            } else {
                unknown.add(item.what() + " " + due);
            }
        }
        f.fact("receiptsComplete", a.getCaseFile().platform().receiptsComplete());
        if (!lateZh.isEmpty()) {
            f.fact("late", new LocalizedText(String.join("；", lateZh), String.join("; ", lateEn)))
                    .violation(firstLateDue);
        } else if (!unknown.isEmpty()) {
            f.fact("overdue", String.join(", ", unknown)).needsReview("missing");
        } else if (!pending.isEmpty()) {
            f.fact("pending", String.join(", ", pending)).pending(firstPendingDue);
        } else {
            f.fact("items", items.size()).satisfied();
        }
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a == null || b.isBefore(a) ? b : a;
    }
}
