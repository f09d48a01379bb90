package io.lawcheck.catalog;

import io.lawcheck.core.catalog.Catalog;
import io.lawcheck.core.check.Assessment;
import org.drools.core.common.BaseNode;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.reteoo.AlphaNode;
import org.drools.core.reteoo.ObjectSink;
import org.drools.core.reteoo.ObjectTypeNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kie.api.definition.rule.Rule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 行政强制法 and 行政许可法 families each sit behind one shared alpha node (`coercion`, `licensing`: the first
 * constraint of each of their rules, written identically), so a case of another kind leaves a whole family at its
 * first node instead of evaluating every rule's conditions. A structural check of the compiled network, not a timing:
 * it fails when a rule of the family starts with a different constraint (and so gets an alpha node of its own).
 */
class RuleFamilyGateTest {
    private static final Catalog CATALOG = StandardCatalog.load();

    @ParameterizedTest
    @CsvSource({"C-, 21", "L-, 15"})
    void oneSharedAlphaNodeGatesTheFamily(String prefix, int rules) {
        List<BaseNode> gates = new ArrayList<>();
        for (ObjectSink sink : assessmentNode().getObjectSinkPropagator().getSinks()) {
            BaseNode node = (BaseNode) sink;
            if (Arrays.stream(node.getAssociatedRules()).anyMatch(r -> r.getName().startsWith(prefix))) {
                gates.add(node);
            }
        }
        assertThat(gates).as("first nodes under Assessment leading to %s rules", prefix).hasSize(1);
        assertThat(gates.get(0)).isInstanceOf(AlphaNode.class);
        Set<String> gated = names(gates.get(0).getAssociatedRules());
        assertThat(gated).as("rules behind the %s gate", prefix).hasSize(rules).allMatch(n -> n.startsWith(prefix))
                .isEqualTo(familyRules(prefix));
    }

    private static ObjectTypeNode assessmentNode() {
        InternalRuleBase ruleBase = (InternalRuleBase) CATALOG.kieBase();
        return ruleBase.getRete().getObjectTypeNodes().stream()
                .filter(n -> n.getObjectType().getClassName().equals(Assessment.class.getName()))
                .findFirst().orElseThrow();
    }

    private static Set<String> familyRules(String prefix) {
        Set<String> names = new TreeSet<>();
        CATALOG.kieBase().getKiePackages().forEach(p -> p.getRules().stream().map(Rule::getName)
                .filter(n -> n.startsWith(prefix)).forEach(names::add));
        return names;
    }

    private static Set<String> names(Rule[] rules) {
        Set<String> names = new TreeSet<>();
        for (Rule r : rules) {
            names.add(r.getName());
        }
        return names;
    }
}
