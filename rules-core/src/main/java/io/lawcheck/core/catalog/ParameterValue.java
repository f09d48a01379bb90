package io.lawcheck.core.catalog;

import io.lawcheck.core.calendar.Period;

import java.math.BigDecimal;

/** A resolved parameter with the row it came from. */
public record ParameterValue(ParameterRow row) {
    public String name() {
        return row.name();
    }

    public String text() {
        return row.value();
    }

    public BigDecimal decimal() {
        return new BigDecimal(row.value());
    }

    public Period period() {
        return Period.parse(row.value());
    }

    public Verification verification() {
        return row.verification();
    }

    public String source() {
        return row.source();
    }
}
