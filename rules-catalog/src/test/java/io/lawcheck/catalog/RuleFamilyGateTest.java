package io.lawcheck.catalog;

import io.lawcheck.core.catalog.Catalog;
import io.lawcheck.core.check.Assessment;
import io.lawcheck.core.check.CheckResult;
import io.lawcheck.core.check.Finding;
import io.lawcheck.core.model.CoercionKind;
import io.lawcheck.fixtures.CaseBuilder;
import io.lawcheck.fixtures.CoercionBuilder;
import io.lawcheck.fixtures.LicensingBuilder;
import org.drools.core.common.BaseNode;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.reteoo.AlphaNode;
import org.drools.core.reteoo.ObjectSink;
import org.drools.core.reteoo.ObjectTypeNode;
import org.junit.jupiter.api.Test;
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

    /** The gate is the act kind: the other kind's section on the same file (both defective) is not checked. */
    @Test
    void aFileIsCheckedOnlyUnderTheLawOfItsKind() {
        CoercionBuilder seizure = new CoercionBuilder().kind(CoercionKind.SEIZURE).measureDate("2023-09-04")
                .onSiteRecord(false).videoRecorded(false).dailyNecessities(true);
        LicensingBuilder application = new LicensingBuilder().receivedDate("2023-09-15").materialsComplete(true)
                .acceptanceDate("2023-09-15").receiptIssued(false).decisionDate("2023-11-30").granted(true)
                .published(false);
        CheckResult coercion = Checks.precheck(CaseBuilder.coercion("C").twoCertifiedOfficers().coercion(seizure)
                .licensing(application).build(), "2024-06-01");
        CheckResult licensing = Checks.precheck(CaseBuilder.licensing("L").twoCertifiedOfficers().coercion(seizure)
                .licensing(application).build(), "2024-06-01");
        CheckResult penalty = Checks.precheck(CaseBuilder.penalty("P").twoCertifiedOfficers().coercion(seizure)
                .licensing(application).build(), "2024-06-01");
        assertThat(ids(coercion)).contains("C-PROC-1", "C-REC-1", "C-SEIZ-1").noneMatch(id -> id.startsWith("L-"));
        assertThat(ids(licensing)).contains("L-ACC-2", "L-DEC-1", "L-PUB-1").noneMatch(id -> id.startsWith("C-"));
        assertThat(ids(penalty)).noneMatch(id -> id.startsWith("C-") || id.startsWith("L-"));
    }

    private static List<String> ids(CheckResult r) {
        return r.findings().stream().map(Finding::ruleId).toList();
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
