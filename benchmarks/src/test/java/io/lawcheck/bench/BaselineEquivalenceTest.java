package io.lawcheck.bench;

import io.lawcheck.core.catalog.Catalog;
import io.lawcheck.core.check.CheckMode;
import io.lawcheck.core.check.CheckResult;
import io.lawcheck.core.check.Checker;
import io.lawcheck.core.check.Finding;
import io.lawcheck.core.check.FindingStatus;
import io.lawcheck.core.model.EnforcementCase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark's comparison is only meaningful if the hand-written baseline finds what Drools finds: same rule
 * ids, versions and statuses on every generated case (a correctness test: nothing here is timed).
 */
class BaselineEquivalenceTest {
    static final int CASES = 4_000;
    static List<EnforcementCase> cases;
    static Catalog subsetCatalog;
    static Checker drools;
    static BaselineChecker baseline;

    @BeforeAll
    static void setUp() {
        cases = CaseGenerator.generate(CASES);
        subsetCatalog = SubsetCatalog.load(BaselineChecker.RULE_IDS);
        drools = Checker.of(subsetCatalog);
        baseline = new BaselineChecker(subsetCatalog);
    }

    @Test
    void subsetKieBaseHoldsExactlyTheSubsetRules() {
        Set<String> ids = new HashSet<>();
        for (String name : SubsetCatalog.ruleNames(subsetCatalog)) {
            ids.add(name.substring(0, name.indexOf('@')));
        }
        assertThat(ids).isEqualTo(BaselineChecker.RULE_IDS);
    }

    @ParameterizedTest
    @EnumSource(CheckMode.class)
    void baselineGivesTheSameFindingsAsDrools(CheckMode mode) {
        for (LocalDate asOf : List.of(CaseGenerator.AS_OF, LocalDate.of(2022, 12, 1))) {
            List<CheckResult> byDrools = drools.checkAll(cases, asOf, mode);
            for (int i = 0; i < cases.size(); i++) {
                CheckResult expected = byDrools.get(i);
                CheckResult actual = baseline.check(cases.get(i), asOf, mode);
                assertThat(keys(actual)).as("case %s as of %s", cases.get(i).caseId(), asOf)
                        .isEqualTo(keys(expected));
                assertThat(actual.findings()).as("full findings of %s", cases.get(i).caseId())
                        .isEqualTo(expected.findings());
            }
        }
    }

    @Test
    void perCaseAndBatchApisAgree() {
        List<CheckResult> batch = drools.checkAll(cases.subList(0, 500), CaseGenerator.AS_OF, CheckMode.SUPERVISION);
        for (int i = 0; i < 500; i++) {
            assertThat(drools.check(cases.get(i), CaseGenerator.AS_OF, CheckMode.SUPERVISION)).isEqualTo(batch.get(i));
        }
    }

    /** Reused sessions carry nothing from one case to the next: same results as a checker used only once. */
    @Test
    void reusedSessionsGiveWhatFreshOnesGive() {
        Checker reused = Checker.of(subsetCatalog);
        for (int i = 0; i < 60; i++) {
            CheckResult fresh = Checker.of(subsetCatalog).check(cases.get(i), CaseGenerator.AS_OF, CheckMode.PRECHECK);
            assertThat(reused.check(cases.get(i), CaseGenerator.AS_OF, CheckMode.PRECHECK)).isEqualTo(fresh);
        }
    }

    /** The mix is what the benchmark claims: every subset rule reports, with violations and clean files. */
    @Test
    void generatedMixCoversEveryRuleAndStatus() {
        List<CheckResult> results = drools.checkAll(cases, CaseGenerator.AS_OF, CheckMode.SUPERVISION);
        Map<String, EnumMap<FindingStatus, Integer>> seen = new HashMap<>();
        int clean = 0;
        int severalViolations = 0;
        Set<String> versions = new HashSet<>();
        for (CheckResult r : results) {
            long v = r.findings().stream().filter(f -> f.status() == FindingStatus.VIOLATION).count();
            clean += r.findings().isEmpty() ? 1 : 0;
            severalViolations += v >= 2 ? 1 : 0;
            for (Finding f : r.findings()) {
                seen.computeIfAbsent(f.ruleId(), k -> new EnumMap<>(FindingStatus.class)).merge(f.status(), 1,
                        Integer::sum);
                versions.add(f.ruleId() + "@" + f.ruleVersion());
            }
        }
        assertThat(seen.keySet()).isEqualTo(BaselineChecker.RULE_IDS);
        for (String id : BaselineChecker.RULE_IDS) {
            assertThat(seen.get(id)).as("statuses of %s", id).containsKey(FindingStatus.VIOLATION);
        }
        assertThat(versions).contains("P-HEAR-1@1996", "P-HEAR-1@2021", "P-REV-1@2018", "P-REV-1@2021",
                "P-SERV-1@1996", "P-SERV-1@2021", "P-OFF-1@1996", "P-OFF-1@2021");
        assertThat(clean).as("clean files").isGreaterThan(CASES / 10);
        assertThat(severalViolations).as("files with several violations").isGreaterThan(CASES / 20);
    }

    private static List<String> keys(CheckResult r) {
        List<String> keys = new ArrayList<>();
        for (Finding f : r.findings()) {
            keys.add(f.ruleId() + "@" + f.ruleVersion() + ":" + f.status());
        }
        keys.sort(null);
        return keys;
    }
}
