package io.lawcheck.core.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Effective-dated, jurisdiction-scoped parameters. The most specific row in force on the query's date wins
 * (division depth, then agency system, then party kind). Two equally specific rows in force together are a
 * catalog error reported at load time by {@link #ambiguities()}.
 */
public final class ParameterTable {
    private final List<ParameterRow> rows;
    /** Values by parameter name: a lookup runs for many rules of every case and scans only its own name's rows. */
    private final Map<String, ParameterValue[]> byName;

    public ParameterTable(Collection<ParameterRow> rows) {
        this.rows = List.copyOf(rows);
        Map<String, List<ParameterRow>> grouped = new HashMap<>();
        for (ParameterRow r : this.rows) {
            grouped.computeIfAbsent(r.name(), n -> new ArrayList<>()).add(r);
        }
        Map<String, ParameterValue[]> index = new HashMap<>();
        grouped.forEach((name, list) -> index.put(name, list.stream().map(ParameterValue::new)
                .toArray(ParameterValue[]::new)));
        this.byName = index;
    }

    private static final ParameterValue[] NONE = new ParameterValue[0];

    public static ParameterTable empty() {
        return new ParameterTable(List.of());
    }

    public List<ParameterRow> rows() {
        return rows;
    }

    public Set<String> names() {
        Set<String> names = new TreeSet<>();
        rows.forEach(r -> names.add(r.name()));
        return names;
    }

    public Optional<ParameterValue> lookup(String name, ParameterQuery query) {
        ParameterValue best = null;
        for (ParameterValue v : byName.getOrDefault(name, NONE)) {
            if (v.row().appliesTo(query)
                    && (best == null || v.row().specificity() > best.row().specificity())) {
                best = v;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Pairs of rows for the same name, scope, agency and party whose periods overlap. */
    public List<String> ambiguities() {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            for (int j = i + 1; j < rows.size(); j++) {
                ParameterRow a = rows.get(i);
                ParameterRow b = rows.get(j);
                if (a.name().equals(b.name()) && a.scope().equals(b.scope()) && a.agencySystem() == b.agencySystem()
                        && a.partyKind() == b.partyKind() && overlaps(a, b)) {
                    problems.add("parameter " + a.name() + " has two rows in force together for scope " + a.scope()
                            + ", agency " + a.agencySystem() + ", party " + a.partyKind() + ": from " + a.from()
                            + " and from " + b.from());
                }
            }
        }
        return problems;
    }

    private static boolean overlaps(ParameterRow a, ParameterRow b) {
        boolean aEndsBeforeB = a.until() != null && a.until().isBefore(b.from());
        boolean bEndsBeforeA = b.until() != null && b.until().isBefore(a.from());
        return !aEndsBeforeB && !bEndsBeforeA;
    }
}
