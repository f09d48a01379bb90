package io.lawcheck.core.warning;

import io.lawcheck.core.calendar.WorkingCalendar;
import io.lawcheck.core.catalog.LocalizedText;
import io.lawcheck.core.catalog.ParameterRow;
import io.lawcheck.core.catalog.ParameterTable;
import io.lawcheck.core.catalog.Severity;
import io.lawcheck.core.catalog.Verification;
import io.lawcheck.core.check.CheckMode;
import io.lawcheck.core.check.CheckResult;
import io.lawcheck.core.check.Finding;
import io.lawcheck.core.check.FindingStatus;
import io.lawcheck.core.model.ActKind;
import io.lawcheck.core.model.AgencyLevel;
import io.lawcheck.core.model.DivisionCode;
import io.lawcheck.core.model.EnforcementCase;
import io.lawcheck.core.model.TriState;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The escalation model on a hand-made 2024 calendar (National Day 10-01..07, make-up days 09-29 and 10-12). */
class WarningPolicyTest {
    static final WorkingCalendar CALENDAR = new WorkingCalendar(2024, 2024,
            Stream.of("2024-09-15", "2024-09-16", "2024-09-17", "2024-10-01", "2024-10-02", "2024-10-03",
                    "2024-10-04", "2024-10-05", "2024-10-06", "2024-10-07").map(LocalDate::parse).toList(),
            Stream.of("2024-09-14", "2024-09-29", "2024-10-12").map(LocalDate::parse).toList(), "test");
    static final ParameterTable LIMITS = new ParameterTable(List.of(
            row(WarningPolicy.LEVEL_1_LIMIT, "5 WORKING_DAYS"), row(WarningPolicy.LEVEL_2_LIMIT, "3 WORKING_DAYS"),
            row(WarningPolicy.LEVEL_3_LIMIT, "2 WORKING_DAYS")));
    static final WarningPolicy POLICY = new WarningPolicy(CALENDAR, LIMITS);

    static ParameterRow row(String name, String value) {
        return new ParameterRow(name, DivisionCode.of("120000"), null, null, LocalDate.of(2015, 6, 1), null, value,
                Verification.UNVERIFIED, "test");
    }

    static Finding finding(String rule, FindingStatus status, Map<String, Object> facts) {
        LocalizedText t = new LocalizedText(rule, rule);
        return new Finding(rule, "2021", "test", Severity.MINOR, status, null, t, t, List.of(), facts, Map.of(),
                Verification.VERIFIED);
    }

    static CheckResult result(Finding... findings) {
        return new CheckResult("C-1", LocalDate.of(2024, 9, 27), CheckMode.PRECHECK, "t", "t", List.of(findings));
    }

    static EnforcementCase kase(String division, AgencyLevel level) {
        return new EnforcementCase("C-1", ActKind.PENALTY, null, DivisionCode.of(division), level, null, null, null,
                null, null, null, null, null, null, null);
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    static final CheckResult VIOLATION = result(finding("PLAT-REC-1", FindingStatus.VIOLATION, Map.of()));

    @Test
    void districtAgencyWalksLevel1To3AcrossNationalDay() {
        EnforcementCase c = kase("120101", AgencyLevel.DISTRICT);
        List<WarningRecord> history = List.of(new WarningRecord(WarningLevel.LEVEL_1, d("2024-09-27"), null));
        // Level 1 raised Fri 09-27: 5 working days are Sun 09-29 (make-up), Mon 09-30, then 10-08, 09, 10.
        WarningDecision w = POLICY.decide(c, VIOLATION, history, d("2024-10-07"));
        assertThat(w.level()).isEqualTo(WarningLevel.LEVEL_1);
        assertThat(w.responsible()).isEqualTo(ResponsibleBody.AGENCY_LEGAL_OFFICE);
        assertThat(w.handlingDeadline()).isEqualTo(d("2024-10-10"));
        assertThat(w.escalatesOn()).isEqualTo(d("2024-10-11"));
        assertThat(POLICY.decide(c, VIOLATION, history, d("2024-10-10")).level()).isEqualTo(WarningLevel.LEVEL_1);

        // Level 2 from 10-11: 3 working days are Sat 10-12 (make-up), Mon 10-14, Tue 10-15.
        w = POLICY.decide(c, VIOLATION, history, d("2024-10-11"));
        assertThat(w.level()).isEqualTo(WarningLevel.LEVEL_2);
        assertThat(w.responsible()).isEqualTo(ResponsibleBody.DISTRICT_LEGAL_OFFICE);
        assertThat(w.raisedOn()).isEqualTo(d("2024-10-11"));
        assertThat(w.handlingDeadline()).isEqualTo(d("2024-10-15"));
        assertThat(w.escalatesOn()).isEqualTo(d("2024-10-16"));

        w = POLICY.decide(c, VIOLATION, history, d("2024-10-16"));
        assertThat(w.level()).isEqualTo(WarningLevel.LEVEL_3);
        assertThat(w.responsible()).isEqualTo(ResponsibleBody.CITY_LEGAL_OFFICE);
        assertThat(w.raisedOn()).isEqualTo(d("2024-10-16"));
        assertThat(w.handlingDeadline()).isEqualTo(d("2024-10-18"));
        assertThat(w.escalatesOn()).isNull();
        assertThat(POLICY.decide(c, VIOLATION, history, d("2024-12-31")).level()).isEqualTo(WarningLevel.LEVEL_3);
    }

    @Test
    void cityAgencyStopsAtLevel2() {
        EnforcementCase c = kase("120000", AgencyLevel.CITY);
        List<WarningRecord> history = List.of(new WarningRecord(WarningLevel.LEVEL_1, d("2024-09-27"), null));
        WarningDecision w = POLICY.decide(c, VIOLATION, history, d("2024-10-11"));
        assertThat(w.level()).isEqualTo(WarningLevel.LEVEL_2);
        assertThat(w.responsible()).isEqualTo(ResponsibleBody.CITY_LEGAL_OFFICE);
        assertThat(w.escalatesOn()).isNull();
        assertThat(POLICY.decide(c, VIOLATION, history, d("2024-12-31")).level()).isEqualTo(WarningLevel.LEVEL_2);
    }

    @Test
    void recordedLevel2DateIsUsed() {
        EnforcementCase c = kase("120101", AgencyLevel.DISTRICT);
        List<WarningRecord> history = List.of(new WarningRecord(WarningLevel.LEVEL_1, d("2024-09-27"), null),
                new WarningRecord(WarningLevel.LEVEL_2, d("2024-10-14"), null));
        WarningDecision w = POLICY.decide(c, VIOLATION, history, d("2024-10-16"));
        assertThat(w.level()).isEqualTo(WarningLevel.LEVEL_2);
        assertThat(w.raisedOn()).isEqualTo(d("2024-10-14"));
        assertThat(w.handlingDeadline()).isEqualTo(d("2024-10-17"));
    }

    @Test
    void handledWarningIsClosedAndFutureRecordsIgnored() {
        EnforcementCase c = kase("120101", AgencyLevel.DISTRICT);
        List<WarningRecord> history = List.of(new WarningRecord(WarningLevel.LEVEL_1, d("2024-09-27"),
                d("2024-10-09")));
        WarningDecision w = POLICY.decide(c, VIOLATION, history, d("2024-10-20"));
        assertThat(w.level()).isEqualTo(WarningLevel.NONE);
        assertThat(w.handledOn()).isEqualTo(d("2024-10-09"));
        // before it was handled, it was an open level 1
        assertThat(POLICY.decide(c, VIOLATION, history, d("2024-10-08")).level()).isEqualTo(WarningLevel.LEVEL_1);
        // no history: raised today
        w = POLICY.decide(c, VIOLATION, List.of(), d("2024-09-27"));
        assertThat(w.raisedOn()).isEqualTo(d("2024-09-27"));
        assertThat(w.level()).isEqualTo(WarningLevel.LEVEL_1);
    }

    @Test
    void onlyViolationsRaiseAndOutsideThePlatformNothingDoes() {
        EnforcementCase c = kase("120101", AgencyLevel.DISTRICT);
        CheckResult review = result(finding("PLAT-REC-1", FindingStatus.NEEDS_REVIEW, Map.of()),
                finding("P-DEC-3", FindingStatus.PENDING, Map.of()));
        WarningDecision w = POLICY.decide(c, review, List.of(), d("2024-10-08"));
        assertThat(w.level()).isEqualTo(WarningLevel.NONE);
        assertThat(w.attention()).extracting(Finding::ruleId).containsExactly("PLAT-REC-1");
        WarningDecision wuhan = POLICY.decide(kase("420102", AgencyLevel.DISTRICT), VIOLATION, List.of(),
                d("2024-10-08"));
        assertThat(wuhan.inScope()).isFalse();
        assertThat(wuhan.level()).isEqualTo(WarningLevel.NONE);
        assertThat(wuhan.triggers()).hasSize(1);
    }

    @Test
    void majorCaseFromTheLegalReviewFinding() {
        CheckResult required = result(finding("P-REV-1", FindingStatus.SATISFIED, Map.of("required", TriState.YES)));
        WarningDecision w = POLICY.decide(kase("120101", AgencyLevel.DISTRICT), required, List.of(), d("2024-10-08"));
        assertThat(w.majorCase()).isEqualTo(TriState.YES);
        assertThat(w.majorCaseSupervisor()).isEqualTo(ResponsibleBody.DISTRICT_LEGAL_OFFICE);
        assertThat(w.level()).isEqualTo(WarningLevel.NONE);
        CheckResult scope = result(finding("P-REV-1", FindingStatus.NEEDS_REVIEW,
                Map.of("required", TriState.UNKNOWN)));
        w = POLICY.decide(kase("120000", AgencyLevel.CITY), scope, List.of(), d("2024-10-08"));
        assertThat(w.majorCase()).isEqualTo(TriState.UNKNOWN);
        assertThat(w.majorCaseSupervisor()).isEqualTo(ResponsibleBody.CITY_LEGAL_OFFICE);
        w = POLICY.decide(kase("120000", AgencyLevel.CITY), VIOLATION, List.of(), d("2024-10-08"));
        assertThat(w.majorCase()).isEqualTo(TriState.NO);
        assertThat(w.majorCaseSupervisor()).isNull();
    }

    /** Property: for many generated cases, histories and dates, adding any finding never lowers the level. */
    @Test
    void addingAFindingNeverLowersTheLevel() {
        Random random = new Random(20241001L);
        FindingStatus[] statuses = FindingStatus.values();
        AgencyLevel[] levels = AgencyLevel.values();
        String[] divisions = {"120101", "120000", "120116", "420102"};
        int raised = 0;
        for (int i = 0; i < 3_000; i++) {
            EnforcementCase c = kase(divisions[random.nextInt(divisions.length)],
                    levels[random.nextInt(levels.length)]);
            List<Finding> findings = new ArrayList<>();
            for (int n = random.nextInt(4); n > 0; n--) {
                findings.add(finding("R-" + random.nextInt(5), statuses[random.nextInt(statuses.length)], Map.of()));
            }
            List<WarningRecord> history = new ArrayList<>();
            LocalDate start = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(300));
            if (random.nextBoolean()) {
                LocalDate handled = random.nextInt(4) == 0 ? start.plusDays(random.nextInt(30)) : null;
                history.add(new WarningRecord(WarningLevel.LEVEL_1, start, handled));
            }
            LocalDate asOf = start.plusDays(random.nextInt(60));
            WarningLevel before = POLICY.decide(c, result(findings.toArray(Finding[]::new)), history, asOf).level();
            findings.add(finding("R-" + random.nextInt(5), statuses[random.nextInt(statuses.length)], Map.of()));
            WarningLevel after = POLICY.decide(c, result(findings.toArray(Finding[]::new)), history, asOf).level();
            assertThat(after).as("case %d: adding %s", i, findings.get(findings.size() - 1).status())
                    .matches(a -> a.isAtLeast(before));
            raised += after != WarningLevel.NONE ? 1 : 0;
        }
        assertThat(raised).as("the generator reaches warnings").isGreaterThan(300);
    }
}
