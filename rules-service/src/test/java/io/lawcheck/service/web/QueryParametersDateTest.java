package io.lawcheck.service.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A date query parameter reads as {@code DateTimeFormatter.ISO_DATE} read it: same value, or a parse error. */
class QueryParametersDateTest {
    @ParameterizedTest
    @ValueSource(strings = {"2024-11-01", "2024-02-29", "1949-10-01", "2099-12-31", "2024-11-01+08:00",
            "2024-11-01Z"})
    void sameDateAsTheFormatter(String value) {
        assertThat(QueryParameters.supportedDate("asOf", value))
                .isEqualTo(LocalDate.parse(value, DateTimeFormatter.ISO_DATE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-02-29", "2024-13-01", "2024-11-32", "2024-1-01", "2024/11/01", "20241101",
            "２０２４-11-01", "2024-11-0a", "+2024-11-01", "2024-11-01T00:00", ""})
    void sameErrorAsTheFormatter(String value) {
        assertThatThrownBy(() -> LocalDate.parse(value, DateTimeFormatter.ISO_DATE))
                .isInstanceOf(java.time.format.DateTimeParseException.class);
        assertThatThrownBy(() -> QueryParameters.supportedDate("asOf", value))
                .isInstanceOf(java.time.format.DateTimeParseException.class);
    }
}
