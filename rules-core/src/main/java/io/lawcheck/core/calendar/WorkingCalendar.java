package io.lawcheck.core.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * The official working-day calendar (国务院办公厅 holiday notices) and legal period arithmetic. Immutable and
 * thread-safe. A working day is (Monday to Friday and not a holiday) or an official make-up working day (调休).
 * Any date in a year the data does not cover raises {@link OutsideCalendarException}.
 */
public final class WorkingCalendar {
    /** Longest walk over days before giving up; no legal period here is longer than a few years. */
    private static final int MAX_STEPS = 3_700;

    // One bit per covered day (index: epoch day - firstDay), computed once: every deadline rule walks days, and a
    // set probe per day (two, plus the day of the week) was a visible share of a check.
    private final long firstDay;
    private final BitSet working;
    private final BitSet holiday;
    private final int firstYear;
    private final int lastYear;
    private final String version;

    public WorkingCalendar(int firstYear, int lastYear, Collection<LocalDate> holidays, Collection<LocalDate> workdays,
                           String version) {
        if (lastYear < firstYear) {
            throw new IllegalArgumentException("lastYear < firstYear");
        }
        this.firstYear = firstYear;
        this.lastYear = lastYear;
        Set<LocalDate> holidaySet = new HashSet<>(holidays);
        Set<LocalDate> workdaySet = new HashSet<>(workdays);
        this.version = Objects.requireNonNull(version, "version");
        for (LocalDate d : workdaySet) {
            if (holidaySet.contains(d)) {
                throw new IllegalArgumentException(d + " is both a holiday and a make-up working day");
            }
        }
        this.firstDay = LocalDate.of(firstYear, 1, 1).toEpochDay();
        int days = Math.toIntExact(LocalDate.of(lastYear, 12, 31).toEpochDay() - firstDay + 1);
        this.working = new BitSet(days);
        this.holiday = new BitSet(days);
        for (int i = 0; i < days; i++) {
            LocalDate d = LocalDate.ofEpochDay(firstDay + i);
            DayOfWeek dow = d.getDayOfWeek();
            boolean isHoliday = holidaySet.contains(d);
            holiday.set(i, isHoliday);
            working.set(i, workdaySet.contains(d)
                    || dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !isHoliday);
        }
    }

    public String version() {
        return version;
    }

    public int firstYear() {
        return firstYear;
    }

    public int lastYear() {
        return lastYear;
    }

    public boolean covers(LocalDate date) {
        return date.getYear() >= firstYear && date.getYear() <= lastYear;
    }

    private void requireCovered(LocalDate date) {
        if (!covers(date)) {
            throw new OutsideCalendarException(date, firstYear, lastYear);
        }
    }

    public boolean isWorkingDay(LocalDate date) {
        requireCovered(date);
        return working.get((int) (date.toEpochDay() - firstDay));
    }

    /** Official holidays only (not ordinary weekends). */
    public boolean isHoliday(LocalDate date) {
        requireCovered(date);
        return holiday.get((int) (date.toEpochDay() - firstDay));
    }

    /** The n-th working day after {@code start}; the start day is not counted (民法典 Art 201). */
    public LocalDate plusWorkingDays(LocalDate start, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative");
        }
        requireCovered(start);
        LocalDate d = start;
        int counted = 0;
        for (int i = 0; counted < n; i++) {
            if (i > MAX_STEPS) {
                throw new IllegalStateException("working-day walk did not end");
            }
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                counted++;
            }
        }
        return d;
    }

    /** The first working day on or after {@code date}. */
    public LocalDate nextWorkingDayOnOrAfter(LocalDate date) {
        LocalDate d = date;
        for (int i = 0; !isWorkingDay(d); i++) {
            if (i > MAX_STEPS) {
                throw new IllegalStateException("no working day found");
            }
            d = d.plusDays(1);
        }
        return d;
    }

    /** Working days in (from, to]: the first day not counted, the last counted. Zero if to is not after from. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        requireCovered(from);
        requireCovered(to);
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    /**
     * The last day of {@code period} counted from {@code start}: the start day is not counted; a natural-day or
     * month period whose last day is not a working day ends on the next working day (民法典 Arts 201, 203).
     */
    public LocalDate endOf(LocalDate start, Period period) {
        Objects.requireNonNull(start, "start");
        return switch (period.unit()) {
            case WORKING_DAYS -> plusWorkingDays(start, period.amount());
            case DAYS -> nextWorkingDayOnOrAfter(start.plusDays(period.amount()));
            case MONTHS -> nextWorkingDayOnOrAfter(start.plusMonths(period.amount()));
        };
    }
}
