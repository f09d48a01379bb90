package io.lawcheck.bench;

import io.lawcheck.catalog.StandardCatalog;
import io.lawcheck.core.catalog.Catalog;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The shipped catalog with its KieBase cut down to the rules of a subset (by rule id), so the Drools checker and
 * the plain-Java baseline evaluate the same rules: no other rule's conditions are matched, unlike an agenda filter.
 */
public final class SubsetCatalog {
    private SubsetCatalog() {
    }

    public static Catalog load(Set<String> ruleIds) {
        Catalog full = StandardCatalog.load(); // a fresh KieBase of its own: removing rules touches no other catalog
        KieBase kieBase = full.kieBase();
        List<String[]> drop = new ArrayList<>();
        for (KiePackage p : kieBase.getKiePackages()) {
            for (Rule r : p.getRules()) {
                String id = r.getName().substring(0, r.getName().indexOf('@'));
                if (!ruleIds.contains(id)) {
                    drop.add(new String[] {p.getName(), r.getName()});
                }
            }
        }
        for (String[] rule : drop) {
            kieBase.removeRule(rule[0], rule[1]);
        }
        return full;
    }

    /** Names of the rules (ID@VERSION) left in {@code catalog}'s KieBase. */
    public static List<String> ruleNames(Catalog catalog) {
        List<String> names = new ArrayList<>();
        for (KiePackage p : catalog.kieBase().getKiePackages()) {
            for (Rule r : p.getRules()) {
                names.add(r.getName());
            }
        }
        return names;
    }
}
