package io.lawcheck.core.calendar;

import java.time.LocalDate;

/** A date the official calendar does not cover: the checker refuses to guess which days were working days. */
public final class OutsideCalendarException extends RuntimeException {
    private final LocalDate date;

    public OutsideCalendarException(LocalDate date, int firstYear, int lastYear) {
        super("date " + date + " is outside the official holiday calendar (" + firstYear + "-" + lastYear + ")");
        this.date = date;
    }

    public LocalDate date() {
        return date;
    }
}
