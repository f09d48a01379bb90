package io.lawcheck.core.calendar;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The official calendar and period arithmetic, on the real data (the catalog's
 * {@code cn-holidays.json}, State Council notices 2014-2026). Every expectation below was checked against the
 * notice for its year; the day-of-week assertions make sure each example really is the special case it claims.
 */
class WorkingCalendarTest {
    private static WorkingCalendar cal;

    @BeforeAll
    static void load() throws IOException {
        // The one data file the catalog ships (rules-core cannot depend on rules-catalog, so read it by path;
        // surefire runs in the module directory).
        Path data = Path.of(System.getProperty("basedir", "."), "..", "rules-catalog", "src", "main", "resources",
                "io", "lawcheck", "catalog", "calendar", "cn-holidays.json");
        try (InputStream in = Files.newInputStream(data)) {
            cal = CalendarData.read(in);
        }
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void coversTheYearsOfTheDataAndNamesTheExactFile() {
        assertThat(cal.firstYear()).isEqualTo(2014);
        assertThat(cal.lastYear()).isEqualTo(2026);
        assertThat(cal.version()).matches("2014-2026\\+[0-9a-f]{12}");
        assertThat(cal.covers(d("2014-01-01"))).isTrue();
        assertThat(cal.covers(d("2026-12-31"))).isTrue();
        assertThat(cal.covers(d("2013-12-31"))).isFalse();
        assertThat(cal.covers(d("2027-01-01"))).isFalse();
    }

    // --- working days -------------------------------------------------------------------------------------------

    @Test
    void makeUpWeekendDaysAreWorkingDays() {
        // 2024 Spring Festival: Sunday 4 Feb and Sunday 18 Feb were 调休 working days.
        assertThat(d("2024-02-04").getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(d("2024-02-18").getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(cal.isWorkingDay(d("2024-02-04"))).isTrue();
        assertThat(cal.isWorkingDay(d("2024-02-18"))).isTrue();
        // Saturdays worked: 2024-09-14 (Mid-Autumn), 2022-10-08 and 2023-10-07 (National Day).
        for (String sat : List.of("2024-09-14", "2022-10-08", "2023-10-07")) {
            assertThat(d(sat).getDayOfWeek()).as(sat).isEqualTo(DayOfWeek.SATURDAY);
            assertThat(cal.isWorkingDay(d(sat))).as(sat).isTrue();
            assertThat(cal.isHoliday(d(sat))).as(sat).isFalse();
        }
    }

    @Test
    void holidayWeekdaysAreNotWorkingDays() {
        assertThat(d("2024-10-01").getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY);
        assertThat(cal.isWorkingDay(d("2024-10-01"))).isFalse();
        assertThat(cal.isHoliday(d("2024-10-01"))).isTrue();
        assertThat(d("2024-02-12").getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY); // Spring Festival
        assertThat(cal.isWorkingDay(d("2024-02-12"))).isFalse();
        assertThat(d("2023-09-29").getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY); // Mid-Autumn 2023
        assertThat(cal.isWorkingDay(d("2023-09-29"))).isFalse();
    }

    @Test
    void ordinaryWeekendsAreRestDaysButNotHolidays() {
        assertThat(d("2024-03-02").getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
        assertThat(cal.isWorkingDay(d("2024-03-02"))).isFalse();
        assertThat(cal.isHoliday(d("2024-03-02"))).isFalse();
        assertThat(cal.isWorkingDay(d("2024-03-03"))).isFalse();
        assertThat(cal.isWorkingDay(d("2024-03-04"))).isTrue();
    }

    // --- plusWorkingDays ----------------------------------------------------------------------------------------

    @Test
    void plusWorkingDaysSkipsTheNationalDayWeekAndCountsMakeUpDays() {
        // 2022: Thu 29 Sep -> Fri 30 Sep (1); 1-7 Oct holidays; Sat 8 (2), Sun 9 (3) worked; Mon 10 (4), Tue 11 (5).
        assertThat(cal.plusWorkingDays(d("2022-09-29"), 5)).isEqualTo(d("2022-10-11"));
        assertThat(cal.plusWorkingDays(d("2022-09-29"), 2)).isEqualTo(d("2022-10-08"));
        // 2023: Wed 27 Sep -> Thu 28 (1); 29 Sep-6 Oct holidays; Sat 7 (2), Sun 8 (3) worked; 9..12 Oct (4..7).
        assertThat(cal.plusWorkingDays(d("2023-09-27"), 7)).isEqualTo(d("2023-10-12"));
        // 2024: Mon 30 Sep -> the next working day is Tue 8 Oct.
        assertThat(cal.plusWorkingDays(d("2024-09-30"), 1)).isEqualTo(d("2024-10-08"));
    }

    @Test
    void theFirstDayIsNotCounted() {
        assertThat(cal.plusWorkingDays(d("2024-03-04"), 1)).isEqualTo(d("2024-03-05"));
        assertThat(cal.plusWorkingDays(d("2024-03-04"), 0)).isEqualTo(d("2024-03-04"));
        // Counting from a rest day: the Saturday itself is not counted, the first working day is Monday.
        assertThat(cal.plusWorkingDays(d("2024-03-02"), 1)).isEqualTo(d("2024-03-04"));
        // Counting from a make-up working Sunday: that Sunday is not counted either.
        assertThat(cal.plusWorkingDays(d("2024-02-04"), 1)).isEqualTo(d("2024-02-05"));
        assertThatThrownBy(() -> cal.plusWorkingDays(d("2024-03-04"), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // --- endOf --------------------------------------------------------------------------------------------------

    @Test
    void endOfWorkingDaysIsTheNthWorkingDay() {
        assertThat(cal.endOf(d("2022-09-29"), Period.workingDays(5))).isEqualTo(d("2022-10-11"));
        assertThat(cal.endOf(d("2023-09-27"), Period.parse("7 WORKING_DAYS"))).isEqualTo(d("2023-10-12"));
    }

    @Test
    void endOfDaysOnAHolidayMovesToTheDayAfterTheHoliday() {
        // 民法典 Art 203. 2020-09-29 + 3 days = Fri 2 Oct, inside the 1-8 Oct 2020 holiday -> Fri 9 Oct.
        assertThat(cal.endOf(d("2020-09-29"), Period.days(3))).isEqualTo(d("2020-10-09"));
        // 2022-07-04 + 90 days = Sun 2 Oct 2022 (holiday) -> Sat 8 Oct, a make-up working day.
        assertThat(cal.endOf(d("2022-07-04"), Period.days(90))).isEqualTo(d("2022-10-08"));
        // Ordinary weekend: Fri 1 Mar 2024 + 1 day = Sat -> Mon 4 Mar.
        assertThat(cal.endOf(d("2024-03-01"), Period.days(1))).isEqualTo(d("2024-03-04"));
        // Ends on a make-up working Saturday: no extension.
        assertThat(cal.endOf(d("2022-10-05"), Period.days(3))).isEqualTo(d("2022-10-08"));
        // Ends on a working day: unchanged.
        assertThat(cal.endOf(d("2024-03-04"), Period.days(3))).isEqualTo(d("2024-03-07"));
    }

    @Test
    void endOfMonthsUsesTheCorrespondingDayOrTheMonthEndAndMovesPastHolidays() {
        // 民法典 Art 202: no corresponding day -> last day of the month.
        assertThat(cal.endOf(d("2024-01-31"), Period.months(1))).isEqualTo(d("2024-02-29"));
        assertThat(cal.endOf(d("2023-01-31"), Period.months(1))).isEqualTo(d("2023-02-28"));
        // 1 Sep 2024 + 1 month = 1 Oct (holiday) -> Tue 8 Oct.
        assertThat(cal.endOf(d("2024-09-01"), Period.months(1))).isEqualTo(d("2024-10-08"));
        assertThat(cal.endOf(d("2024-03-04"), Period.parse("3 MONTHS"))).isEqualTo(d("2024-06-04"));
    }

    @Test
    void nextWorkingDayOnOrAfter() {
        assertThat(cal.nextWorkingDayOnOrAfter(d("2024-10-01"))).isEqualTo(d("2024-10-08"));
        assertThat(cal.nextWorkingDayOnOrAfter(d("2024-03-04"))).isEqualTo(d("2024-03-04"));
        assertThat(cal.nextWorkingDayOnOrAfter(d("2024-02-04"))).isEqualTo(d("2024-02-04"));
    }

    // --- workingDaysBetween -------------------------------------------------------------------------------------

    @Test
    void workingDaysBetweenCountsTheLastDayButNotTheFirst() {
        assertThat(cal.workingDaysBetween(d("2022-09-29"), d("2022-10-11"))).isEqualTo(5);
        // 29 Sep-6 Oct 2023 holidays; Sat 7 and Sun 8 Oct worked.
        assertThat(cal.workingDaysBetween(d("2023-09-28"), d("2023-10-08"))).isEqualTo(2);
        assertThat(cal.workingDaysBetween(d("2024-03-04"), d("2024-03-04"))).isZero();
        assertThat(cal.workingDaysBetween(d("2024-03-05"), d("2024-03-04"))).isZero();
        assertThat(cal.workingDaysBetween(d("2024-03-01"), d("2024-03-04"))).isEqualTo(1);
    }

    @Test
    void workingDaysBetweenInvertsPlusWorkingDaysOverAWholeYear() {
        for (LocalDate s = d("2023-01-01"); s.getYear() == 2023; s = s.plusDays(1)) {
            for (int n : new int[] {1, 5, 7, 20}) {
                LocalDate end = cal.plusWorkingDays(s, n);
                assertThat(cal.isWorkingDay(end)).as("%s + %d", s, n).isTrue();
                assertThat(cal.workingDaysBetween(s, end)).as("%s + %d", s, n).isEqualTo(n);
            }
        }
    }

    // --- outside the data ---------------------------------------------------------------------------------------

    @Test
    void aYearOutsideTheDataIsRefused() {
        assertThatThrownBy(() -> cal.isWorkingDay(d("2013-12-31")))
                .isInstanceOfSatisfying(OutsideCalendarException.class,
                        e -> assertThat(e.date()).isEqualTo(d("2013-12-31")))
                .hasMessageContaining("2014-2026");
        assertThatThrownBy(() -> cal.isHoliday(d("2027-01-01"))).isInstanceOf(OutsideCalendarException.class);
        assertThatThrownBy(() -> cal.plusWorkingDays(d("2027-01-04"), 1)).isInstanceOf(OutsideCalendarException.class);
        assertThatThrownBy(() -> cal.workingDaysBetween(d("2013-12-20"), d("2014-01-10")))
                .isInstanceOf(OutsideCalendarException.class);
    }

    @Test
    void aPeriodRunningPastTheLastYearIsRefusedNotGuessed() {
        // Mon 28 Dec 2026 + 5 working days reaches January 2027, which the data does not cover.
        assertThatThrownBy(() -> cal.plusWorkingDays(d("2026-12-28"), 5))
                .isInstanceOfSatisfying(OutsideCalendarException.class,
                        e -> assertThat(e.date().getYear()).isEqualTo(2027));
        assertThatThrownBy(() -> cal.endOf(d("2026-12-20"), Period.days(30)))
                .isInstanceOf(OutsideCalendarException.class);
        // Within the data, the last days still work.
        assertThat(cal.plusWorkingDays(d("2026-12-28"), 3)).isEqualTo(d("2026-12-31"));
    }

    // --- data loading -------------------------------------------------------------------------------------------

    @Test
    void aSmallInlineCalendarFollowsTheSameRules() {
        WorkingCalendar small = CalendarData.read("""
                {"years": {
                  "2030": {"holidays": ["2030-10-01", "2030-10-02"], "workdays": ["2030-09-29"]},
                  "2031": {"holidays": [], "workdays": []}
                }}""");
        assertThat(small.firstYear()).isEqualTo(2030);
        assertThat(small.lastYear()).isEqualTo(2031);
        assertThat(small.version()).startsWith("2030-2031+");
        assertThat(d("2030-09-29").getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(small.isWorkingDay(d("2030-09-29"))).isTrue();
        assertThat(small.isWorkingDay(d("2030-10-01"))).isFalse();
        // Fri 27 Sep -> Sun 29 (1, worked), Mon 30 (2), 1-2 Oct off, Thu 3 (3).
        assertThat(small.plusWorkingDays(d("2030-09-27"), 3)).isEqualTo(d("2030-10-03"));
        assertThatThrownBy(() -> small.isWorkingDay(d("2029-12-31"))).isInstanceOf(OutsideCalendarException.class);
    }

    @Test
    void brokenDataIsRejected() {
        assertThatThrownBy(() -> CalendarData.read("{\"years\": {}}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CalendarData.read("{}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CalendarData.read("""
                {"years": {"2030": {"holidays": []}, "2032": {"holidays": []}}}"""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("contiguous");
        assertThatThrownBy(() -> CalendarData.read("""
                {"years": {"2030": {"holidays": ["2030-09-29"], "workdays": ["2030-09-29"]}}}"""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2030-09-29");
    }

    @Test
    void theVersionChangesWithTheData() {
        WorkingCalendar a = CalendarData.read("{\"years\": {\"2030\": {\"holidays\": [\"2030-10-01\"]}}}");
        WorkingCalendar b = CalendarData.read("{\"years\": {\"2030\": {\"holidays\": [\"2030-10-02\"]}}}");
        assertThat(a.version()).isNotEqualTo(b.version());
        assertThat(a.version()).isEqualTo(
                CalendarData.read("{\"years\": {\"2030\": {\"holidays\": [\"2030-10-01\"]}}}").version());
    }

    /**
     * Period.earliestEnd is a lower bound of every due date the calendar computes (deadline rules rely on it to skip
     * files surely in time), and it is reached: a natural-day period ending on a working day ends exactly there.
     */
    @Test
    void theEarliestEndIsNeverAfterTheDueDate() {
        List<Period> periods = List.of(Period.workingDays(1), Period.workingDays(5), Period.workingDays(7),
                Period.workingDays(20), Period.days(2), Period.days(3), Period.days(7), Period.days(90),
                Period.months(1), Period.months(3));
        int reached = 0;
        for (LocalDate start = LocalDate.of(cal.firstYear(), 1, 1); start.getYear() < cal.lastYear();
             start = start.plusDays(1)) {
            for (Period p : periods) {
                LocalDate due = cal.endOf(start, p);
                assertThat(p.earliestEnd(start)).as("%s from %s", p, start).isBeforeOrEqualTo(due);
                if (p.earliestEnd(start).equals(due)) {
                    reached++;
                }
            }
        }
        assertThat(reached).isPositive();
    }
}
