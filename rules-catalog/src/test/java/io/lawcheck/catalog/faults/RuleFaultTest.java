package io.lawcheck.catalog.faults;

import io.lawcheck.catalog.StandardCatalog;
import io.lawcheck.core.catalog.Catalog;
import io.lawcheck.core.check.CheckMode;
import io.lawcheck.core.check.CheckResult;
import io.lawcheck.core.check.Checker;
import io.lawcheck.core.check.EngineErrors;
import io.lawcheck.core.check.Finding;
import io.lawcheck.core.check.FindingStatus;
import io.lawcheck.core.model.EnforcementCase;
import io.lawcheck.fixtures.CaseBuilder;
import org.drools.model.codegen.ExecutableModelProject;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.io.ResourceType;
import org.kie.internal.conf.ConsequenceExceptionHandlerOption;
import org.kie.internal.utils.KieHelper;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rule that throws at run time is isolated: the case's other findings come back, with an ENGINE_ERROR finding
 * naming the failing rule. Test-only rules are compiled here from DRL to the executable model and run against the
 * shipped catalog's metadata, parameters and calendar.
 */
class RuleFaultTest {
    private static final Catalog STANDARD = StandardCatalog.load();

    /** P-OFF-1@2021 is the real rule's consequence (one officer is not enough); the others are broken on purpose. */
    private static final String DRL = """
            package io.lawcheck.catalog.faults;
            import io.lawcheck.core.check.Assessment;
            import io.lawcheck.catalog.law.OfficerCheck;
            import io.lawcheck.catalog.faults.Broken;

            rule "P-OFF-1@2021"
            when
              $a : Assessment( penalty )
            then
              OfficerCheck.atLeastTwo($a, "P-OFF-1@2021");
            end

            rule "TEST-THEN-THROWS@1"
            when
              $a : Assessment( penalty )
            then
              Broken.fail($a);
            end

            rule "TEST-WHEN-THROWS@1"
            when
              $a : Assessment( Broken.test(this) )
            then
              OfficerCheck.atLeastTwo($a, "P-OFF-1@2021");
            end
            """;

    private static Checker checkerWith(String drl) {
        KieBase kieBase = new KieHelper().addContent(drl, ResourceType.DRL)
                .build(ExecutableModelProject.class, ConsequenceExceptionHandlerOption.get(EngineErrors.class));
        return Checker.of(new Catalog(STANDARD.version(), kieBase, STANDARD.rules(), STANDARD.parameters(),
                STANDARD.calendar()));
    }

    private static EnforcementCase oneOfficer(String id) {
        return CaseBuilder.penalty(id).general().fine("5000").filed("2024-09-03").decidedOn("2024-09-27")
                .officers(CaseBuilder.certified("OFFICER-A")).build();
    }

    private static String withoutRule(String name) {
        int start = DRL.indexOf("rule \"" + name + "\"");
        int end = DRL.indexOf("end\n", start) + 4;
        return DRL.substring(0, start) + DRL.substring(end);
    }

    @Test
    void ruleThatThrowsInItsConsequenceIsReportedAndTheOthersStillRun() {
        CheckResult r = checkerWith(withoutRule("TEST-WHEN-THROWS@1")).check(oneOfficer("C-1"),
                LocalDate.parse("2024-11-01"));

        assertThat(r.findings()).extracting(Finding::ruleId, Finding::status).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("P-OFF-1", FindingStatus.VIOLATION),
                org.assertj.core.groups.Tuple.tuple("TEST-THEN-THROWS", FindingStatus.ENGINE_ERROR));
        Finding error = r.withStatus(FindingStatus.ENGINE_ERROR).get(0);
        assertThat(error.facts()).containsEntry("rule", "TEST-THEN-THROWS@1")
                .containsEntry("error", "IllegalStateException");
        assertThat(error.message().en()).contains("TEST-THEN-THROWS@1").contains("NOT checked");
        assertThat(error.message().zh()).contains("TEST-THEN-THROWS@1");
    }

    @Test
    void ruleWhoseConstraintThrowsIsReportedByName() {
        CheckResult r = checkerWith(withoutRule("TEST-THEN-THROWS@1")).check(oneOfficer("C-2"),
                LocalDate.parse("2024-11-01"));

        assertThat(r.withStatus(FindingStatus.ENGINE_ERROR)).extracting(Finding::ruleId)
                .containsExactly("TEST-WHEN-THROWS");
        assertThat(r.withStatus(FindingStatus.ENGINE_ERROR).get(0).facts()).containsEntry("rule", "TEST-WHEN-THROWS@1");
    }

    @Test
    void inABatchOnlyTheCaseThatTriggersTheFailingConstraintCarriesTheError() {
        Checker checker = checkerWith(withoutRule("TEST-THEN-THROWS@1"));
        List<CheckResult> results = checker.checkAll(List.of(oneOfficer("C-OK"), oneOfficer(Broken.TRIGGER)),
                LocalDate.parse("2024-11-01"), CheckMode.SUPERVISION);

        assertThat(results.get(0).caseId()).isEqualTo("C-OK");
        assertThat(results.get(0).withStatus(FindingStatus.ENGINE_ERROR)).isEmpty();
        assertThat(results.get(0).hasViolation("P-OFF-1")).isTrue();
        assertThat(results.get(1).withStatus(FindingStatus.ENGINE_ERROR)).extracting(Finding::ruleId)
                .containsExactly("TEST-WHEN-THROWS");
    }

    @Test
    void shippedCatalogInstallsTheHandler() {
        CheckResult r = Checker.of(STANDARD).check(oneOfficer("C-3"), LocalDate.parse("2024-11-01"));
        assertThat(r.withStatus(FindingStatus.ENGINE_ERROR)).isEmpty();
        assertThat(r.hasViolation("P-OFF-1")).isTrue();
        assertThat(((org.drools.kiesession.rulebase.InternalKnowledgeBase) STANDARD.kieBase())
                .getRuleBaseConfiguration().getConsequenceExceptionHandler()).isEqualTo(EngineErrors.class.getName());
    }
}
