package io.lawcheck.catalog.load;

import io.lawcheck.core.calendar.Period;
import io.lawcheck.core.catalog.ParameterRow;
import io.lawcheck.core.catalog.ParameterTable;
import io.lawcheck.core.catalog.RuleBook;
import io.lawcheck.core.catalog.RuleDefinition;
import io.lawcheck.core.catalog.RuleVersion;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Static checks on a catalog: each names the rule it is about. */
public final class CatalogChecks {
    private static final Pattern RULE_ID = Pattern.compile("[A-Z]+(-[A-Z0-9]+)+");

    private CatalogChecks() {
    }

    /** Every DRL rule is a documented rule version ({@code ID@VERSION}) and every version has its DRL rule. */
    public static List<String> drlMatchesMetadata(Collection<String> drlRuleNames, RuleBook rules) {
        List<String> problems = new ArrayList<>();
        Set<String> drl = new HashSet<>(drlRuleNames);
        Set<String> documented = new HashSet<>();
        rules.versions().forEach(v -> documented.add(v.key()));
        for (String name : drlRuleNames) {
            if (!documented.contains(name)) {
                problems.add("DRL rule '" + name + "' has no metadata (expected a rule version " + name
                        + " in metadata/*.yaml)");
            }
        }
        for (RuleVersion v : rules.versions()) {
            if (!drl.contains(v.key())) {
                problems.add("rule version " + v.key() + " has metadata but no DRL rule named '" + v.key() + "'");
            }
        }
        for (RuleDefinition d : rules.all()) {
            if (!RULE_ID.matcher(d.id()).matches()) {
                problems.add("rule id '" + d.id() + "' is not of the form FAMILY-NAME-N (capitals, digits, dashes)");
            }
        }
        return problems;
    }

    /**
     * A rule's versions neither overlap nor leave a gap between the first version's start and the last one's end:
     * for any date after the first version starts, exactly one version applies.
     */
    public static List<String> versionPeriods(RuleBook rules) {
        List<String> problems = new ArrayList<>();
        for (RuleDefinition d : rules.all()) {
            List<RuleVersion> sorted = d.versions().stream().sorted(Comparator.comparing(RuleVersion::from)).toList();
            for (int i = 0; i + 1 < sorted.size(); i++) {
                RuleVersion a = sorted.get(i);
                RuleVersion b = sorted.get(i + 1);
                if (a.until() == null || !a.until().isBefore(b.from())) {
                    problems.add("rule " + d.id() + ": versions " + a.version() + " and " + b.version() + " overlap ("
                            + a.version() + " runs until " + (a.until() == null ? "open end" : a.until()) + ", "
                            + b.version() + " starts " + b.from() + ")");
                } else if (!a.until().plusDays(1).equals(b.from())) {
                    problems.add("rule " + d.id() + ": gap between versions " + a.version() + " (until " + a.until()
                            + ") and " + b.version() + " (from " + b.from() + ")");
                }
            }
        }
        return problems;
    }

    /** A parameter row as loaded, with its justification for loosening a wider row (null if none) and its file. */
    public record Overlay(ParameterRow row, String loosens, String file) {
    }

    /**
     * Every parameter a rule version declares under {@code reads} exists with at least one row of national
     * division scope (for every or for one agency system) in force at some time during the version's period,
     * unless the version lists it under {@code mayBeMissing} (the rule then answers NEEDS_REVIEW without it).
     */
    public static List<String> declaredParameters(RuleBook rules, ParameterTable parameters,
                                                  Map<String, List<String>> mayBeMissing) {
        List<String> problems = new ArrayList<>();
        for (RuleVersion v : rules.versions()) {
            List<String> optional = mayBeMissing.getOrDefault(v.key(), List.of());
            for (String name : v.reads()) {
                boolean known = parameters.names().contains(name);
                boolean covered = parameters.rows().stream().anyMatch(r -> r.name().equals(name)
                        && r.scope().isNational() && overlaps(r.from(), r.until(), v.from(), v.until()));
                if (!known) {
                    problems.add("rule version " + v.key() + " reads parameter " + name
                            + ", which no parameters/*.yaml file defines");
                } else if (!covered && !optional.contains(name)) {
                    problems.add("rule version " + v.key() + " reads parameter " + name + ", which has no national"
                            + " or agency-system row in force between " + v.from() + " and "
                            + (v.until() == null ? "open end" : v.until())
                            + " (add one, or list it under mayBeMissing if the rule answers NEEDS_REVIEW without it)");
                }
            }
        }
        return problems;
    }

    /**
     * A narrower row (more specific: deeper division, then a named agency system, then a named party kind) that
     * would win over a wider row for some case on some date may only tighten it, in the direction the parameter
     * declares, unless it states why it may loosen ({@code loosens}: a special law or an instrument of higher rank).
     * The message names the rules that read the parameter.
     */
    public static List<String> overlaysOnlyTighten(List<Overlay> overlays, Map<String, Tightening> tightening,
                                                   RuleBook rules) {
        List<String> problems = new ArrayList<>();
        for (Overlay narrow : overlays) {
            Tightening t = tightening.getOrDefault(narrow.row().name(), Tightening.NONE);
            if (t == Tightening.NONE) {
                continue;
            }
            for (Overlay wide : overlays) {
                ParameterRow n = narrow.row();
                ParameterRow w = wide.row();
                if (n == w || !n.name().equals(w.name()) || specificity(n) <= specificity(w)
                        || !w.scope().contains(n.scope())
                        || (w.agencySystem() != null && w.agencySystem() != n.agencySystem())
                        || (w.partyKind() != null && n.partyKind() != null && w.partyKind() != n.partyKind())
                        || !overlaps(n.from(), n.until(), w.from(), w.until())) {
                    continue;
                }
                Integer cmp = compare(n.value(), w.value());
                if (cmp == null) {
                    problems.add("parameter " + n.name() + " (" + narrow.file() + "): row for " + describe(n)
                            + " (" + n.value() + ") cannot be compared with the wider row for " + describe(w) + " ("
                            + w.value() + "); use the same unit" + readers(n.name(), rules));
                    continue;
                }
                boolean looser = t == Tightening.LOWER ? cmp > 0 : cmp < 0;
                if (looser && (narrow.loosens() == null || narrow.loosens().isBlank())) {
                    problems.add("parameter " + n.name() + " (" + narrow.file() + "): the row for " + describe(n)
                            + " loosens the wider row for " + describe(w) + " (" + n.value() + " vs " + w.value()
                            + "; a narrower scope may only make it " + (t == Tightening.LOWER ? "lower/shorter"
                            : "higher/longer") + ", or must say under 'loosens' which law allows it)"
                            + readers(n.name(), rules));
                }
            }
        }
        return problems;
    }

    private static String readers(String parameter, RuleBook rules) {
        Set<String> ids = new java.util.TreeSet<>();
        for (RuleVersion v : rules.versions()) {
            if (v.reads().contains(parameter)) {
                ids.add(v.key());
            }
        }
        return ids.isEmpty() ? "" : "; read by rule versions " + ids;
    }

    private static String describe(ParameterRow r) {
        return "scope " + r.scope() + ", agency " + (r.agencySystem() == null ? "any" : r.agencySystem())
                + ", party " + (r.partyKind() == null ? "any" : r.partyKind()) + ", from " + r.from();
    }

    /** Same order as ParameterTable: division depth, then agency system, then party kind. */
    static int specificity(ParameterRow r) {
        return r.scope().depth() * 4 + (r.agencySystem() != null ? 2 : 0) + (r.partyKind() != null ? 1 : 0);
    }

    /** Compares two values as amounts or as periods of the same unit; null if not comparable. */
    static Integer compare(String a, String b) {
        try {
            return new BigDecimal(a.trim()).compareTo(new BigDecimal(b.trim()));
        } catch (NumberFormatException notAmounts) {
            try {
                Period pa = Period.parse(a);
                Period pb = Period.parse(b);
                return pa.unit() == pb.unit() ? Integer.compare(pa.amount(), pb.amount()) : null;
            } catch (IllegalArgumentException notPeriods) {
                return null;
            }
        }
    }

    private static boolean overlaps(LocalDate aFrom, LocalDate aUntil, LocalDate bFrom, LocalDate bUntil) {
        return (aUntil == null || !aUntil.isBefore(bFrom)) && (bUntil == null || !bUntil.isBefore(aFrom));
    }
}
