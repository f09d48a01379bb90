package io.lawcheck.core.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DivisionCodeTest {
    private static final DivisionCode TIANJIN = DivisionCode.of("120000");
    private static final DivisionCode TIANJIN_CITY = DivisionCode.of("120100");
    private static final DivisionCode HEPING = DivisionCode.of("120101");
    private static final DivisionCode HEXI = DivisionCode.of("120103");
    private static final DivisionCode HOHHOT = DivisionCode.of("150100");
    private static final DivisionCode HUIMIN = DivisionCode.of("150103");

    @Test
    void depth() {
        assertThat(DivisionCode.NATIONAL.depth()).isZero();
        assertThat(DivisionCode.NATIONAL.isNational()).isTrue();
        assertThat(TIANJIN.depth()).isEqualTo(1);
        assertThat(TIANJIN_CITY.depth()).isEqualTo(2);
        assertThat(HOHHOT.depth()).isEqualTo(2);
        assertThat(HEPING.depth()).isEqualTo(3);
        assertThat(HEPING.isNational()).isFalse();
    }

    @Test
    void prefixes() {
        assertThat(HUIMIN.provinceCode()).isEqualTo("150000");
        assertThat(HUIMIN.cityCode()).isEqualTo("150100");
        assertThat(HUIMIN.toString()).isEqualTo("150103");
    }

    @Test
    void nationalContainsEverything() {
        for (DivisionCode c : new DivisionCode[] {TIANJIN, TIANJIN_CITY, HEPING, HOHHOT, HUIMIN,
                DivisionCode.NATIONAL}) {
            assertThat(DivisionCode.NATIONAL.contains(c)).as("national contains %s", c).isTrue();
        }
    }

    @Test
    void provinceContainsItsCitiesAndDistrictsOnly() {
        assertThat(TIANJIN.contains(TIANJIN)).isTrue();
        assertThat(TIANJIN.contains(TIANJIN_CITY)).isTrue();
        assertThat(TIANJIN.contains(HEPING)).isTrue();
        assertThat(TIANJIN.contains(HUIMIN)).isFalse();
        assertThat(TIANJIN.contains(DivisionCode.of("110101"))).isFalse();
        assertThat(TIANJIN.contains(DivisionCode.NATIONAL)).isFalse();
    }

    @Test
    void cityContainsItsDistrictsButNotItsProvince() {
        assertThat(HOHHOT.contains(HUIMIN)).isTrue();
        assertThat(HOHHOT.contains(HOHHOT)).isTrue();
        assertThat(HOHHOT.contains(DivisionCode.of("150000"))).isFalse();
        assertThat(HOHHOT.contains(DivisionCode.of("150203"))).isFalse();
    }

    @Test
    void districtContainsOnlyItself() {
        assertThat(HEPING.contains(HEPING)).isTrue();
        assertThat(HEPING.contains(HEXI)).isFalse();
        assertThat(HEPING.contains(TIANJIN_CITY)).isFalse();
        assertThat(HEPING.contains(TIANJIN)).isFalse();
    }

    @Test
    void equalityIsByCode() {
        assertThat(DivisionCode.of("120101")).isEqualTo(HEPING).hasSameHashCodeAs(HEPING);
        assertThat(DivisionCode.of("000000")).isEqualTo(DivisionCode.NATIONAL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12010", "1201010", "12010a", "12 010", "１２０１０１", " 120101", "120101 "})
    void invalidCodesAreRejected(String code) {
        assertThatThrownBy(() -> DivisionCode.of(code)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("six digits");
    }

    @Test
    void nullIsRejected() {
        assertThatThrownBy(() -> DivisionCode.of(null)).isInstanceOf(NullPointerException.class);
    }
}
