package io.lawcheck.bench.service;

import io.lawcheck.bench.BaselineChecker;
import io.lawcheck.bench.CaseGenerator;
import io.lawcheck.bench.SubsetCatalog;
import io.lawcheck.catalog.StandardCatalog;
import io.lawcheck.core.catalog.Catalog;
import io.lawcheck.core.check.CaseChecker;
import io.lawcheck.core.check.CheckMode;
import io.lawcheck.core.check.CheckResult;
import io.lawcheck.core.check.Checker;
import io.lawcheck.core.model.EnforcementCase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine switch works without build-time conditions (so also in the service's AOT mode): the initializer is
 * registered in spring.factories and, only with lawcheck.engine=baseline, subset or none, puts the baseline, Drools on
 * the subset or no rules at all ahead of the service's Checker.
 */
class BenchmarkEngineInitializerTest {
    static Catalog catalog;

    @BeforeAll
    static void load() {
        catalog = StandardCatalog.load();
    }

    @Test
    void registeredInSpringFactories() {
        assertThat(SpringFactoriesLoader.forDefaultResourceLocation().load(ApplicationContextInitializer.class))
                .anyMatch(BenchmarkEngineInitializer.class::isInstance);
    }

    @Test
    void baselineAnswersWithTheProperty() {
        assertThat(checkerWith("baseline")).isInstanceOf(BaselineChecker.class);
    }

    @Test
    void droolsOnTheSubsetAnswersWithSubset() {
        CaseChecker checker = checkerWith("subset");
        assertThat(checker).isInstanceOf(Checker.class);
        Catalog subset = ((Checker) checker).catalog();
        assertThat(subset).isNotSameAs(catalog);
        assertThat(SubsetCatalog.ruleNames(subset)).isNotEmpty()
                .allSatisfy(name -> assertThat(BaselineChecker.RULE_IDS).contains(name.substring(0, name.indexOf('@'))))
                .extracting(name -> name.substring(0, name.indexOf('@'))).containsAll(BaselineChecker.RULE_IDS);
    }

    @Test
    void noRulesAnswerWithNone() {
        CaseChecker checker = checkerWith("none");
        assertThat(checker).isNotInstanceOf(Checker.class).isNotInstanceOf(BaselineChecker.class);
        // a case the full catalog finds violations in: no findings, but the answer's other fields as a check's
        Checker full = Checker.of(catalog);
        EnforcementCase file = CaseGenerator.generate(64).stream()
                .filter(c -> !full.check(c, CaseGenerator.AS_OF, CheckMode.SUPERVISION).violations().isEmpty())
                .findFirst().orElseThrow();
        CheckResult result = checker.check(file, CaseGenerator.AS_OF, CheckMode.SUPERVISION);
        assertThat(result.findings()).isEmpty();
        assertThat(result.caseId()).isEqualTo(file.caseId());
        assertThat(result.asOf()).isEqualTo(CaseGenerator.AS_OF);
        assertThat(result.mode()).isEqualTo(CheckMode.SUPERVISION);
        assertThat(result.catalogVersion()).isEqualTo(catalog.version());
        assertThat(result.calendarVersion()).isEqualTo(catalog.calendar().version());
    }

    @Test
    void droolsAnswersWithoutIt() {
        assertThat(checkerWith(null)).isInstanceOf(Checker.class);
        assertThat(checkerWith("drools")).isInstanceOf(Checker.class);
        assertThat(((Checker) checkerWith("drools")).catalog()).isSameAs(catalog);
    }

    /** A context like the service's: a Catalog and a Checker bean; the caller asks for a CaseChecker. */
    private static CaseChecker checkerWith(String engine) {
        try (GenericApplicationContext context = new GenericApplicationContext()) {
            StandardEnvironment env = new StandardEnvironment();
            if (engine != null) {
                env.getPropertySources().addFirst(new MapPropertySource("test", Map.of("lawcheck.engine", engine)));
            }
            context.setEnvironment(env);
            context.registerBean("catalog", Catalog.class, () -> catalog);
            context.registerBean("checker", Checker.class, () -> Checker.of(catalog));
            new BenchmarkEngineInitializer().initialize(context);
            context.refresh();
            return context.getBean(CaseChecker.class);
        }
    }
}
