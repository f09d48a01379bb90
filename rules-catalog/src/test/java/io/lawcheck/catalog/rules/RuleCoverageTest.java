package io.lawcheck.catalog.rules;

import io.lawcheck.catalog.Checks;
import io.lawcheck.core.catalog.RuleDefinition;
import io.lawcheck.fixtures.Coverage;
import io.lawcheck.fixtures.RuleTest;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** Every rule of the catalog has tests of all four {@link Coverage} kinds, and every tagged rule exists. */
class RuleCoverageTest {
    private static final List<Class<?>> RULE_TESTS = List.of(HearingRulesTest.class, LegalReviewRulesTest.class,
            NoticeRulesTest.class, OfficerRulesTest.class, DecisionRulesTest.class);

    private static Map<String, Set<Coverage>> covered() {
        Map<String, Set<Coverage>> covered = new TreeMap<>();
        List<Class<?>> classes = new ArrayList<>(RULE_TESTS);
        for (int i = 0; i < classes.size(); i++) {
            classes.addAll(List.of(classes.get(i).getDeclaredClasses()));
            for (Method m : classes.get(i).getDeclaredMethods()) {
                RuleTest[] tags = m.getAnnotationsByType(RuleTest.class);
                if (tags.length > 0) {
                    assertThat(m.isAnnotationPresent(Test.class)).as("%s is tagged but not a @Test", m).isTrue();
                }
                for (RuleTest t : tags) {
                    covered.computeIfAbsent(t.rule(), k -> EnumSet.noneOf(Coverage.class)).addAll(List.of(t.value()));
                }
            }
        }
        return covered;
    }

    @Test
    void everyRuleHasAllFourKindsOfTest() {
        Map<String, Set<Coverage>> covered = covered();
        List<String> missing = new ArrayList<>();
        for (RuleDefinition d : Checks.CHECKER.catalog().rules().all()) {
            Set<Coverage> kinds = covered.getOrDefault(d.id(), Set.of());
            EnumSet<Coverage> lacking = EnumSet.allOf(Coverage.class);
            lacking.removeAll(kinds);
            if (!lacking.isEmpty()) {
                missing.add(d.id() + " lacks " + lacking);
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyTaggedRuleIsInTheCatalog() {
        assertThat(covered().keySet()).allSatisfy(id ->
                assertThat(Checks.CHECKER.catalog().rules().find(id)).as(id).isPresent());
        assertThat(covered().keySet()).containsExactlyInAnyOrder("P-HEAR-1", "P-HEAR-3", "P-HEAR-4", "P-HEAR-10",
                "P-REV-1", "P-REV-2", "P-NOT-2", "P-OFF-1", "P-OFF-2", "P-OFF-3", "P-DEC-3", "P-DEC-4", "P-SERV-1",
                "P-SERV-2", "P-SERV-3");
    }
}
