package io.lawcheck.catalog.load;

import io.lawcheck.core.catalog.RuleBook;
import io.lawcheck.core.catalog.RuleDefinition;
import io.lawcheck.core.catalog.RuleVersion;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
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
        for (String name : drlRuleNames) {
            if (rules.versions().stream().noneMatch(v -> v.key().equals(name))) {
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
}
