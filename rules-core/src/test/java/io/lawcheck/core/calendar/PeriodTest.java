package io.lawcheck.core.calendar;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PeriodTest {
    @Test
    void parsesTheThreeUnits() {
        assertThat(Period.parse("5 WORKING_DAYS")).isEqualTo(new Period(5, DayCount.WORKING_DAYS));
        assertThat(Period.parse("90 DAYS")).isEqualTo(Period.days(90));
        assertThat(Period.parse("3 MONTHS")).isEqualTo(Period.months(3));
        assertThat(Period.parse("0 DAYS")).isEqualTo(Period.days(0));
    }

    @Test
    void parsingIgnoresCaseAndSurroundingSpace() {
        assertThat(Period.parse("  7 working_days ")).isEqualTo(Period.workingDays(7));
        assertThat(Period.parse("2   days")).isEqualTo(Period.days(2));
    }

    @Test
    void toStringIsTheDataFormatAndParsesBack() {
        for (Period p : new Period[] {Period.workingDays(5), Period.days(90), Period.months(3)}) {
            assertThat(Period.parse(p.toString())).isEqualTo(p);
        }
        assertThat(Period.workingDays(5).toString()).isEqualTo("5 WORKING_DAYS");
    }

    @Test
    void labels() {
        assertThat(Period.workingDays(5).label(true)).isEqualTo("5个工作日");
        assertThat(Period.workingDays(5).label(false)).isEqualTo("5 working days");
        assertThat(Period.days(90).label(true)).isEqualTo("90日");
        assertThat(Period.days(90).label(false)).isEqualTo("90 days");
        assertThat(Period.workingDays(1).label(false)).isEqualTo("1 working day");
        assertThat(Period.months(1).label(false)).isEqualTo("1 month");
        assertThat(Period.months(3).label(true)).isEqualTo("3个月");
        assertThat(Period.months(3).label(false)).isEqualTo("3 months");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "5", "DAYS", "five DAYS", "5 WEEKS", "5DAYS", "-1 DAYS", "5 DAYS extra", "1.5 DAYS",
            "5 WORKING DAYS", "99999999999 DAYS"})
    void rejectsMalformedText(String text) {
        assertThatThrownBy(() -> Period.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsNegativeAmountsAndMissingUnit() {
        assertThatThrownBy(() -> new Period(-1, DayCount.DAYS)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Period(1, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void earliestEndCountsNaturalDaysOrMonths() {
        java.time.LocalDate start = java.time.LocalDate.of(2022, 1, 31);
        assertThat(Period.workingDays(5).earliestEnd(start)).isEqualTo(java.time.LocalDate.of(2022, 2, 5));
        assertThat(Period.days(90).earliestEnd(start)).isEqualTo(java.time.LocalDate.of(2022, 5, 1));
        assertThat(Period.months(1).earliestEnd(start)).isEqualTo(java.time.LocalDate.of(2022, 2, 28));
        assertThat(Period.days(0).earliestEnd(start)).isEqualTo(start);
    }
}
