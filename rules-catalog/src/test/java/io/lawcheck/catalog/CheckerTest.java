package io.lawcheck.catalog;

import io.lawcheck.core.check.CheckMode;
import io.lawcheck.core.check.CheckResult;
import io.lawcheck.core.check.Finding;
import io.lawcheck.core.check.FindingStatus;
import io.lawcheck.core.model.AgencySystem;
import io.lawcheck.core.model.EnforcementCase;
import io.lawcheck.core.model.PenaltyKind;
import io.lawcheck.core.model.StepKind;
import io.lawcheck.core.model.TriState;
import io.lawcheck.fixtures.CaseBuilder;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.lawcheck.catalog.Checks.CHECKER;
import static io.lawcheck.catalog.Checks.check;
import static io.lawcheck.catalog.Checks.checkAll;
import static io.lawcheck.catalog.Checks.precheck;
import static org.assertj.core.api.Assertions.assertThat;

/** The checker as a whole: modes, batches, sharing across threads. */
class CheckerTest {
    /** A varied mix of cases: clean, late, unverified, police, drafts; deterministic by index. */
    static EnforcementCase sample(int i) {
        LocalDate notice = LocalDate.of(2022, 9, 1).plusDays(i % 40);
        CaseBuilder b = CaseBuilder.penalty("c" + i)
                .agency(AgencySystem.values()[i % AgencySystem.values().length])
                .fine(String.valueOf(1000 + (i % 7) * 500)).filed(notice.minusDays(20).toString())
                .noticeServed(notice.toString());
        if (i % 3 == 0) {
            b.twoCertifiedOfficers().notMajor();
        } else if (i % 3 == 1) {
            b.officers(CaseBuilder.certified("O-1")).majorPublicInterest(TriState.YES);
        }
        if (i % 5 != 4) {
            b.decidedOn(notice.plusDays(3 + i % 9).toString()).partyPresent(TriState.NO)
                    .servedOn(notice.plusDays(12 + i % 5).toString());
        }
        if (i % 4 == 0) {
            b.organisation();
        }
        return b.build();
    }

    @Test
    void satisfiedFindingsAppearOnlyInPrecheck() {
        EnforcementCase c = CaseBuilder.penalty("ok").agency(AgencySystem.PUBLIC_SECURITY).individual().fine("2000")
                .twoCertifiedOfficers().notMajor().filed("2022-09-01").noticeServed("2022-09-29")
                .step(StepKind.HEARING_WAIVED, "2022-09-30").decidedOn("2022-10-12").partyPresent(TriState.NO)
                .servedOn("2022-10-14").documentedFile().build();
        CheckResult supervision = check(c, "2023-01-01");
        CheckResult pre = precheck(c, "2023-01-01");
        assertThat(supervision.withStatus(FindingStatus.SATISFIED)).isEmpty();
        assertThat(supervision.findings()).as(Checks.summary(supervision)).isEmpty();
        assertThat(pre.withStatus(FindingStatus.SATISFIED)).extracting(Finding::ruleId)
                .contains("P-HEAR-1", "P-NOT-2", "P-OFF-1", "P-OFF-2", "P-DEC-3", "P-SERV-1");
        assertThat(pre.findings()).allMatch(f -> f.status() == FindingStatus.SATISFIED, Checks.summary(pre));
        assertThat(pre.mode()).isEqualTo(CheckMode.PRECHECK);
        assertThat(supervision.mode()).isEqualTo(CheckMode.SUPERVISION);
        pre.findings().forEach(Checks::assertRendered);
    }

    @Test
    void precheckAddsSatisfiedFindingsAndChangesNothingElse() {
        for (int i = 0; i < 60; i++) {
            EnforcementCase c = sample(i);
            CheckResult supervision = check(c, "2023-03-01");
            CheckResult pre = precheck(c, "2023-03-01");
            List<Finding> notSatisfied = pre.findings().stream()
                    .filter(f -> f.status() != FindingStatus.SATISFIED).toList();
            assertThat(notSatisfied).as("case %d", i).isEqualTo(supervision.findings());
            supervision.findings().forEach(Checks::assertRendered);
            pre.findings().forEach(Checks::assertRendered);
        }
    }

    @Test
    void findingsAreOrderedWorstFirst() {
        CheckResult r = check(CaseBuilder.penalty("mix").agency(AgencySystem.MARKET_REGULATION).fine("500")
                .officers(CaseBuilder.certified("O-1")).filed("2022-07-04")
                .notHappened(StepKind.STATEMENT_NOTICE_SERVED).decidedOn("2022-10-09").build(), "2023-01-01");
        assertThat(r.findings()).extracting(Finding::status).isSortedAccordingTo(Enum::compareTo);
        assertThat(r.violations()).extracting(Finding::ruleId).startsWith("P-NOT-2"); // CRITICAL first
        assertThat(r.hasViolation("P-DEC-3")).isTrue();
    }

    @Test
    void checkAllReturnsOneResultPerCaseInInputOrder() {
        List<EnforcementCase> cases = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            cases.add(sample(49 - i)); // ids in descending order, so sorting would show
        }
        List<CheckResult> results = checkAll(cases, "2023-03-01", CheckMode.SUPERVISION);
        assertThat(results).hasSameSizeAs(cases);
        for (int i = 0; i < cases.size(); i++) {
            assertThat(results.get(i).caseId()).isEqualTo(cases.get(i).caseId());
            // One session for many cases must give what one session per case gives: rules never join cases.
            assertThat(results.get(i)).isEqualTo(check(cases.get(i), "2023-03-01"));
        }
        assertThat(checkAll(List.of(), "2023-03-01", CheckMode.PRECHECK)).isEmpty();
    }

    @Test
    void resultsNameTheCatalogAndCalendar() {
        CheckResult r = check(sample(3), "2023-03-01");
        assertThat(r.asOf()).isEqualTo(LocalDate.parse("2023-03-01"));
        assertThat(r.catalogVersion()).isEqualTo(CHECKER.catalog().version());
        assertThat(r.calendarVersion()).matches("2014-2026\\+[0-9a-f]{12}");
    }

    @Test
    void oneCheckerSharedByTwoThreadsGivesIdenticalResults() throws Exception {
        int n = 200;
        List<CheckResult> expected = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            expected.add(check(sample(i), "2023-03-01"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<CheckResult>>> futures = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                boolean reverse = t == 1;
                futures.add(pool.submit(() -> {
                    start.await();
                    CheckResult[] out = new CheckResult[n];
                    for (int k = 0; k < n; k++) {
                        int i = reverse ? n - 1 - k : k;
                        out[i] = CHECKER.check(sample(i), LocalDate.parse("2023-03-01"));
                    }
                    return List.of(out);
                }));
            }
            start.countDown();
            for (Future<List<CheckResult>> f : futures) {
                // The bound only keeps a deadlock from hanging the build; nothing here measures time.
                assertThat(f.get(10, TimeUnit.MINUTES)).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(expected.stream().mapToInt(r -> r.findings().size()).sum()).as("the sample exercises rules")
                .isGreaterThan(n);
    }

    @Test
    void aDraftIsJudgedOnTheAsOfDate() {
        EnforcementCase draft = CaseBuilder.penalty("draft").agency(AgencySystem.PUBLIC_SECURITY).individual()
                .proposed(PenaltyKind.FINE, "2000").twoCertifiedOfficers().notMajor().filed("2022-09-01")
                .noticeServed("2022-09-28").build();
        CheckResult r = precheck(draft, "2022-09-30");
        assertThat(r.violations()).as(Checks.summary(r)).isEmpty();
        Finding window = Checks.expect(r, "P-HEAR-10", FindingStatus.PENDING, "2021");
        assertThat(window.dueDate()).isEqualTo(LocalDate.parse("2022-10-10"));
        Finding period = Checks.expect(r, "P-DEC-3", FindingStatus.PENDING, "2021");
        assertThat(period.dueDate()).isEqualTo(LocalDate.parse("2022-11-30"));
    }
}
