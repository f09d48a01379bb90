package io.lawcheck.core.warning;

import io.lawcheck.core.check.CheckResult;
import io.lawcheck.core.check.Finding;
import io.lawcheck.core.check.FindingStatus;
import io.lawcheck.core.model.AgencySystem;
import io.lawcheck.core.model.EnforcementCase;
import io.lawcheck.core.model.StepKind;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Counts for the platform's statistical analysis (Tianjin 2015 measures Art 23) over a batch: by rule and finding
 * status, by agency system, by warning level and by month. A case's month is that of its decision, else of its
 * filing, else of its inspection ({@code unknown} if none is dated). Not thread-safe: one per batch.
 */
public final class BatchStatistics {
    /** Cases with and without a violation in one agency system or month. */
    public record Count(int cases, int withViolation, int warned) {
    }

    /** The JSON-ready summary. */
    public record Summary(int cases, int invalidLines, Map<String, Map<FindingStatus, Integer>> byRule,
                          Map<AgencySystem, Count> byAgencySystem, Map<WarningLevel, Integer> byWarningLevel,
                          Map<String, Count> byMonth) {
    }

    private int cases;
    private int invalid;
    private final Map<String, Map<FindingStatus, Integer>> byRule = new TreeMap<>();
    private final Map<AgencySystem, int[]> bySystem = new EnumMap<>(AgencySystem.class);
    private final Map<WarningLevel, Integer> byLevel = new EnumMap<>(WarningLevel.class);
    private final Map<String, int[]> byMonth = new TreeMap<>();

    public BatchStatistics() {
        for (WarningLevel l : WarningLevel.values()) {
            byLevel.put(l, 0);
        }
    }

    public void add(EnforcementCase c, CheckResult result, WarningDecision decision) {
        cases++;
        Set<FindingStatus> seen = EnumSet.noneOf(FindingStatus.class);
        for (Finding f : result.findings()) {
            byRule.computeIfAbsent(f.ruleId(), k -> new EnumMap<>(FindingStatus.class)).merge(f.status(), 1,
                    Integer::sum);
            seen.add(f.status());
        }
        boolean violation = seen.contains(FindingStatus.VIOLATION);
        boolean warned = decision != null && decision.level() != WarningLevel.NONE;
        count(bySystem.computeIfAbsent(c.agencySystem(), k -> new int[3]), violation, warned);
        count(byMonth.computeIfAbsent(month(c), k -> new int[3]), violation, warned);
        if (decision != null) {
            byLevel.merge(decision.level(), 1, Integer::sum);
        }
    }

    public void addInvalid() {
        invalid++;
    }

    public Summary summary() {
        Map<String, Map<FindingStatus, Integer>> rules = new TreeMap<>();
        byRule.forEach((k, v) -> rules.put(k, new EnumMap<>(v)));
        Map<AgencySystem, Count> systems = new EnumMap<>(AgencySystem.class);
        bySystem.forEach((k, v) -> systems.put(k, new Count(v[0], v[1], v[2])));
        Map<String, Count> months = new TreeMap<>();
        byMonth.forEach((k, v) -> months.put(k, new Count(v[0], v[1], v[2])));
        return new Summary(cases, invalid, rules, systems, new EnumMap<>(byLevel), months);
    }

    private static void count(int[] slot, boolean violation, boolean warned) {
        slot[0]++;
        slot[1] += violation ? 1 : 0;
        slot[2] += warned ? 1 : 0;
    }

    static String month(EnforcementCase c) {
        for (StepKind k : new StepKind[] {StepKind.DECISION, StepKind.FILING, StepKind.INSPECTION_COMPLETED}) {
            LocalDate d = c.dateOf(k);
            if (d != null) {
                return d.toString().substring(0, 7);
            }
        }
        return "unknown";
    }
}
