package io.lawcheck.bench;

import io.lawcheck.catalog.StandardCatalog;
import io.lawcheck.core.check.CheckMode;
import io.lawcheck.core.check.CheckResult;
import io.lawcheck.core.check.Checker;
import io.lawcheck.core.check.Finding;
import io.lawcheck.core.check.FindingStatus;
import io.lawcheck.core.model.ActKind;
import io.lawcheck.core.model.EnforcementCase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark mix is what benchmarks/README.md and docs/performance.md say: reproducible, about 10% 行政强制 and
 * 10% 行政许可 files beside the penalty files, each share with clean files and files that break their own law's
 * rules, checked with the whole catalog (a correctness test: nothing here is timed).
 */
class CaseGeneratorTest {
    static final int CASES = 4_000;
    static List<EnforcementCase> cases;
    static List<CheckResult> results;

    @BeforeAll
    static void checkWithTheWholeCatalog() {
        cases = CaseGenerator.generate(CASES);
        results = Checker.of(StandardCatalog.load()).checkAll(cases, CaseGenerator.AS_OF, CheckMode.SUPERVISION);
    }

    @Test
    void theSameSeedGivesTheSameFiles() {
        assertThat(CaseGenerator.generate(CASES)).isEqualTo(cases);
        assertThat(CaseGenerator.generate(200, 7L)).isNotEqualTo(cases.subList(0, 200));
    }

    @Test
    void aboutATenthEachAreCoercionAndLicensingFiles() {
        Map<ActKind, Integer> count = new EnumMap<>(ActKind.class);
        cases.forEach(c -> count.merge(c.actKind(), 1, Integer::sum));
        assertThat(count.get(ActKind.COERCION)).isBetween(CASES * 8 / 100, CASES * 12 / 100);
        assertThat(count.get(ActKind.LICENSING)).isBetween(CASES * 8 / 100, CASES * 12 / 100);
        assertThat(count.get(ActKind.PENALTY)).isBetween(CASES * 76 / 100, CASES * 84 / 100);
    }

    /** Rule ids whose VIOLATION the generated defects are meant to produce, per act kind. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "COERCION; C-; C-PROC-1 C-REC-1 C-SEIZ-1 C-SEIZ-4 C-FRZ-1 C-FRZ-2 C-EXEC-1 C-EXEC-2 C-EXEC-3 C-MON-2 C-COURT-2",
        "LICENSING; L-; L-ACC-1 L-ACC-2 L-EXAM-1 L-DEC-1 L-DEC-5 L-DEC-6 L-PUB-1 L-HEAR-2"})
    void cleanAndDefectiveFilesOfEachLaw(ActKind kind, String family, String expectedViolations) {
        int files = 0;
        int clean = 0;
        int violating = 0;
        Set<String> violated = new TreeSet<>();
        List<String> foreign = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            if (cases.get(i).actKind() != kind) {
                continue;
            }
            files++;
            List<Finding> findings = results.get(i).findings();
            clean += findings.isEmpty() ? 1 : 0;
            violating += findings.stream().anyMatch(f -> f.status() == FindingStatus.VIOLATION) ? 1 : 0;
            for (Finding f : findings) {
                if (!f.ruleId().startsWith(family)) {
                    foreign.add(cases.get(i).caseId() + " " + f.ruleId());
                }
                if (f.status() == FindingStatus.VIOLATION) {
                    violated.add(f.ruleId());
                }
            }
        }
        assertThat(foreign).as("findings of other families on %s files", kind).isEmpty();
        assertThat(clean).as("clean %s files", kind).isGreaterThan(files / 4);
        assertThat(violating).as("%s files with a violation", kind).isGreaterThan(files / 4);
        assertThat(violated).containsAll(Arrays.asList(expectedViolations.split(" ")));
    }
}
