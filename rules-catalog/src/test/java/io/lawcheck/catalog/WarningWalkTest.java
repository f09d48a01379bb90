package io.lawcheck.catalog;

import io.lawcheck.core.check.CheckResult;
import io.lawcheck.core.check.Finding;
import io.lawcheck.core.model.AgencyLevel;
import io.lawcheck.core.model.EnforcementCase;
import io.lawcheck.core.model.StepKind;
import io.lawcheck.core.model.TriState;
import io.lawcheck.core.warning.ResponsibleBody;
import io.lawcheck.core.warning.WarningDecision;
import io.lawcheck.core.warning.WarningLevel;
import io.lawcheck.core.warning.WarningPolicy;
import io.lawcheck.core.warning.WarningRecord;
import io.lawcheck.fixtures.CaseBuilder;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One case walked through the warning levels over calendar time with the shipped catalog (calendar, handling limits
 * of 5 working days) across National Day 2019: holidays 10-01..07, make-up working days Sun 09-29 and Sat 10-12.
 */
class WarningWalkTest {
    static final WarningPolicy POLICY = new WarningPolicy(Checks.CHECKER.catalog().calendar(),
            Checks.CHECKER.catalog().parameters());
    /** Level 1 was raised on Fri 2019-09-27, when the late decision record was found. */
    static final List<WarningRecord> HISTORY = List.of(new WarningRecord(WarningLevel.LEVEL_1,
            LocalDate.of(2019, 9, 27), null));

    static EnforcementCase lateRecord(AgencyLevel level, String division) {
        return CaseBuilder.penalty("WALK-1").level(level).jurisdiction(division).notMajor()
                .stepReceived(StepKind.DECISION, "2019-09-20", "2019-09-26").build();
    }

    static WarningDecision on(EnforcementCase c, String asOf) {
        LocalDate date = LocalDate.parse(asOf);
        CheckResult r = Checks.CHECKER.check(c, date, io.lawcheck.core.check.CheckMode.PRECHECK);
        return POLICY.decide(c, r, HISTORY, date);
    }

    @Test
    void districtAgencyGoesFromLevel1To3() {
        EnforcementCase c = lateRecord(AgencyLevel.DISTRICT, "120101");
        // Level 1: 5 working days from Fri 09-27 are 09-29 (make-up), 09-30, 10-08, 10-09, 10-10.
        WarningDecision w = on(c, "2019-10-01");
        assertThat(w.level()).isEqualTo(WarningLevel.LEVEL_1);
        assertThat(w.responsible()).isEqualTo(ResponsibleBody.AGENCY_LEGAL_OFFICE);
        assertThat(w.handlingDeadline()).isEqualTo("2019-10-10");
        assertThat(w.escalatesOn()).isEqualTo("2019-10-11");
        assertThat(w.triggers()).extracting(Finding::ruleId).containsExactly("PLAT-REC-1");
        assertThat(on(c, "2019-10-10").level()).isEqualTo(WarningLevel.LEVEL_1);
        // Level 2 from 10-11: 10-12 (make-up Saturday), 10-14, 10-15, 10-16, 10-17.
        w = on(c, "2019-10-11");
        assertThat(w.level()).isEqualTo(WarningLevel.LEVEL_2);
        assertThat(w.responsible()).isEqualTo(ResponsibleBody.DISTRICT_LEGAL_OFFICE);
        assertThat(w.handlingDeadline()).isEqualTo("2019-10-17");
        assertThat(w.escalatesOn()).isEqualTo("2019-10-18");
        assertThat(on(c, "2019-10-17").level()).isEqualTo(WarningLevel.LEVEL_2);
        w = on(c, "2019-10-18");
        assertThat(w.level()).isEqualTo(WarningLevel.LEVEL_3);
        assertThat(w.responsible()).isEqualTo(ResponsibleBody.CITY_LEGAL_OFFICE);
        assertThat(w.escalatesOn()).isNull();
        // 2019: every general-procedure decision needed legal review (2017 Art 38(3)): also a major-case flag.
        assertThat(w.majorCase()).isEqualTo(TriState.YES);
        assertThat(w.majorCaseSupervisor()).isEqualTo(ResponsibleBody.DISTRICT_LEGAL_OFFICE);
    }

    @Test
    void cityAgencyStopsAtLevel2() {
        EnforcementCase c = lateRecord(AgencyLevel.CITY, "120000");
        assertThat(on(c, "2019-10-10").level()).isEqualTo(WarningLevel.LEVEL_1);
        WarningDecision w = on(c, "2019-10-11");
        assertThat(w.level()).isEqualTo(WarningLevel.LEVEL_2);
        assertThat(w.responsible()).isEqualTo(ResponsibleBody.CITY_LEGAL_OFFICE);
        assertThat(w.escalatesOn()).isNull();
        assertThat(on(c, "2019-10-18").level()).isEqualTo(WarningLevel.LEVEL_2);
        assertThat(on(c, "2019-12-31").level()).isEqualTo(WarningLevel.LEVEL_2);
    }

    @Test
    void majorCaseIsFlaggedToTheSupervisingOffice() {
        // 2019: every general-procedure decision needs review (2017 Art 38(3)); reviewed in time, so no warning.
        EnforcementCase c = CaseBuilder.penalty("MAJOR-1").level(AgencyLevel.DISTRICT).fine("500").notMajor()
                .stepReceived(StepKind.FILING, "2019-09-02", "2019-09-02")
                .legalReviewPassed("2019-09-18").stepReceived(StepKind.DECISION, "2019-09-20", "2019-09-20").build();
        LocalDate asOf = LocalDate.of(2019, 9, 23);
        WarningDecision w = POLICY.decide(c, Checks.CHECKER.check(c, asOf, io.lawcheck.core.check.CheckMode.PRECHECK),
                List.of(), asOf);
        assertThat(w.majorCase()).isEqualTo(TriState.YES);
        assertThat(w.majorCaseSupervisor()).isEqualTo(ResponsibleBody.DISTRICT_LEGAL_OFFICE);
    }
}
