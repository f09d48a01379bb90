package io.lawcheck.core.calendar;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A legal period such as "5 working days" or "90 days". Parsed from data as {@code "5 WORKING_DAYS"}. */
public record Period(int amount, DayCount unit) {
    private static final Pattern TEXT = Pattern.compile("(\\d+)\\s+([A-Z_]+)");
    /**
     * Parsed periods by text. Catalog data has a handful of distinct texts, read for most findings (rule parameters,
     * scoped parameters, message values), so each is parsed once here rather than cached again by every caller.
     */
    private static final ConcurrentHashMap<String, Period> PARSED = new ConcurrentHashMap<>();
    private static final int PARSED_LIMIT = 1_000;

    public Period {
        Objects.requireNonNull(unit, "unit");
        if (amount < 0) {
            throw new IllegalArgumentException("period amount must not be negative: " + amount);
        }
    }

    public static Period workingDays(int n) {
        return new Period(n, DayCount.WORKING_DAYS);
    }

    public static Period days(int n) {
        return new Period(n, DayCount.DAYS);
    }

    public static Period months(int n) {
        return new Period(n, DayCount.MONTHS);
    }

    public static Period parse(String text) {
        Period p = PARSED.get(text);
        if (p == null) {
            p = parseText(text);
            if (PARSED.size() < PARSED_LIMIT) {
                PARSED.putIfAbsent(text, p);
            }
        }
        return p;
    }

    private static Period parseText(String text) {
        Matcher m = TEXT.matcher(text.trim().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("period must look like '5 WORKING_DAYS', '90 DAYS' or '3 MONTHS': "
                    + text);
        }
        return new Period(Integer.parseInt(m.group(1)), DayCount.valueOf(m.group(2)));
    }

    /**
     * The earliest day a period of this length from {@code start} (not counted) can end, whatever the holiday
     * calendar says: {@code amount} natural days (or months) later. A working-day period ends no earlier, and a
     * period ending on a rest day only moves later, so a step on or before this day is in time under any calendar.
     */
    public LocalDate earliestEnd(LocalDate start) {
        return unit == DayCount.MONTHS ? start.plusMonths(amount) : start.plusDays(amount);
    }

    /** Whether {@code done} (null: not done) is on or before {@link #earliestEnd}: in time under any calendar. */
    public boolean surelyWithin(LocalDate start, LocalDate done) {
        return done != null && !done.isAfter(earliestEnd(start));
    }

    @Override
    public String toString() {
        return amount + " " + unit;
    }

    /** Short bilingual label, e.g. "5个工作日" / "5 working days". */
    public String label(boolean chinese) {
        return switch (unit) {
            case WORKING_DAYS -> chinese ? amount + "个工作日" : amount + (amount == 1 ? " working day" : " working days");
            case DAYS -> chinese ? amount + "日" : amount + (amount == 1 ? " day" : " days");
            case MONTHS -> chinese ? amount + "个月" : amount + (amount == 1 ? " month" : " months");
        };
    }
}
