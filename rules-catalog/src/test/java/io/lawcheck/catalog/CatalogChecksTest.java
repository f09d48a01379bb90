package io.lawcheck.catalog;

import io.lawcheck.catalog.load.CatalogException;
import io.lawcheck.catalog.load.CatalogLoader;
import io.lawcheck.core.catalog.Catalog;
import io.lawcheck.core.catalog.RuleVersion;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Static checks of the catalog. The shipped catalog must load (a broken one fails the build here with every problem
 * named); deliberately broken copies under src/test/resources/broken/ must be refused with a message naming the
 * rule. The broken copies define only P-SIMP-1, so the compiled DRL's other rules are reported as lacking metadata;
 * those problems are filtered out.
 */
class CatalogChecksTest {

    static List<String> problemsOf(String name) {
        try {
            new CatalogLoader(CatalogChecksTest.class.getClassLoader(), "broken/" + name).load();
        } catch (CatalogException e) {
            return e.problems().stream().filter(p -> !p.startsWith("DRL rule '")).toList();
        }
        throw new AssertionError("the catalog " + name + " loaded although its DRL and metadata disagree");
    }

    @Test
    void shippedCatalogLoadsAndIsLargeEnough() {
        Catalog catalog = StandardCatalog.load();
        assertThat(catalog.rules().all()).hasSizeGreaterThanOrEqualTo(50);
        for (RuleVersion v : catalog.rules().versions()) {
            assertThat(v.citations()).as("citations of %s", v.key()).isNotEmpty();
            for (String name : v.reads()) {
                assertThat(catalog.parameters().names()).as("parameter read by %s", v.key()).contains(name);
            }
        }
    }

    @Test
    void badCitationNamesTheRuleVersion() {
        assertThat(problemsOf("bad-citation")).containsExactly(
                "rule version P-SIMP-1@2021 cites APL-2099-51, which is not in the citations data");
    }

    @Test
    void overlappingVersionsNameTheRule() {
        assertThat(problemsOf("overlapping-versions")).singleElement().asString()
                .startsWith("rule P-SIMP-1: versions 1996 and 2021 overlap");
    }

    @Test
    void gapBetweenVersionsNamesTheRule() {
        assertThat(problemsOf("gap-between-versions")).singleElement().asString()
                .startsWith("rule P-SIMP-1: gap between versions 1996");
    }

    @Test
    void duplicateIdIsRefused() {
        assertThat(problemsOf("duplicate-id")).singleElement().asString().contains("rule P-SIMP-1 is defined twice");
    }

    @Test
    void loosenedOverlayIsRefusedNamingTheParameterAndItsRules() {
        assertThat(problemsOf("loosening-overlay")).singleElement().asString()
                .contains("parameter summary.fineLimit")
                .contains("scope 120000")
                .contains("loosens the wider row")
                .contains("read by rule versions [P-SIMP-1@1996, P-SIMP-1@2021]");
    }

    @Test
    void loosenedOverlayWithAStatedLegalGroundIsAccepted() {
        assertThat(problemsOf("justified-loosening")).isEmpty();
    }

    @Test
    void tighterOverlayIsAccepted() {
        assertThat(problemsOf("tightening-overlay")).isEmpty();
    }

    @Test
    void undefinedParameterNamesTheRuleVersion() {
        assertThat(problemsOf("missing-parameter")).containsExactlyInAnyOrder(
                "rule version P-SIMP-1@2021 reads parameter summary.fineLimit, which no parameters/*.yaml file defines",
                "rule version P-SIMP-1@1996 reads parameter summary.fineLimit, which no parameters/*.yaml file defines");
    }

    @Test
    void shippedCatalogErrorsAreNamedByTheLoader() {
        assertThatThrownBy(() -> new CatalogLoader(getClass().getClassLoader(), "broken/bad-citation").load())
                .isInstanceOf(CatalogException.class).hasMessageContaining("P-SIMP-1@2021");
    }
}
