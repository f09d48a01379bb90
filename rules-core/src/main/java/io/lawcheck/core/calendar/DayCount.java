package io.lawcheck.core.calendar;

/** How a legal period counts its days. */
public enum DayCount {
    /**
     * 工作日: Monday to Friday minus official holidays plus official make-up working days (调休). 行政处罚法 2021 Art 85,
     * 行政强制法 Art 69 (periods of ten days or fewer), 行政许可法 Art 82.
     */
    WORKING_DAYS,
    /**
     * Natural days (民法典 Art 201: the first day is not counted; Art 203: a period whose last day is a rest day or
     * holiday ends on the next working day).
     */
    DAYS,
    /** Calendar months, with the same end-day rule as {@link #DAYS}. */
    MONTHS
}
