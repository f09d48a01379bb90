package io.lawcheck.core.model;

import org.junit.jupiter.api.Test;

import static io.lawcheck.core.model.TriState.NO;
import static io.lawcheck.core.model.TriState.UNKNOWN;
import static io.lawcheck.core.model.TriState.YES;
import static org.assertj.core.api.Assertions.assertThat;

/** Kleene three-valued logic; a missing value (null) is UNKNOWN, never NO. */
class TriStateTest {
    private static final TriState[] ALL = {YES, NO, UNKNOWN};

    /** Expected anyOf(a, b), indexed [a][b] in the order YES, NO, UNKNOWN. */
    private static final TriState[][] OR = {
            {YES, YES, YES},
            {YES, NO, UNKNOWN},
            {YES, UNKNOWN, UNKNOWN}};
    /** Expected allOf(a, b). */
    private static final TriState[][] AND = {
            {YES, NO, UNKNOWN},
            {NO, NO, NO},
            {UNKNOWN, NO, UNKNOWN}};

    @Test
    void anyOfTruthTable() {
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                assertThat(TriState.anyOf(ALL[i], ALL[j])).as("%s OR %s", ALL[i], ALL[j]).isEqualTo(OR[i][j]);
            }
        }
    }

    @Test
    void allOfTruthTable() {
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                assertThat(TriState.allOf(ALL[i], ALL[j])).as("%s AND %s", ALL[i], ALL[j]).isEqualTo(AND[i][j]);
            }
        }
    }

    @Test
    void nullIsUnknown() {
        assertThat(TriState.anyOf(NO, null)).isEqualTo(UNKNOWN);
        assertThat(TriState.anyOf(null, YES)).isEqualTo(YES);
        assertThat(TriState.allOf(YES, null)).isEqualTo(UNKNOWN);
        assertThat(TriState.allOf(null, NO)).isEqualTo(NO);
        assertThat(TriState.of(null)).isEqualTo(UNKNOWN);
        assertThat(TriState.of(true)).isEqualTo(YES);
        assertThat(TriState.of(false)).isEqualTo(NO);
    }

    @Test
    void emptyAndManyOperands() {
        assertThat(TriState.anyOf()).isEqualTo(NO);
        assertThat(TriState.allOf()).isEqualTo(YES);
        assertThat(TriState.anyOf(NO, NO, NO, UNKNOWN)).isEqualTo(UNKNOWN);
        assertThat(TriState.anyOf(NO, UNKNOWN, NO, YES)).isEqualTo(YES);
        assertThat(TriState.allOf(YES, YES, UNKNOWN, YES)).isEqualTo(UNKNOWN);
        assertThat(TriState.allOf(YES, UNKNOWN, NO)).isEqualTo(NO);
    }

    @Test
    void negationAndDeMorgan() {
        assertThat(YES.not()).isEqualTo(NO);
        assertThat(NO.not()).isEqualTo(YES);
        assertThat(UNKNOWN.not()).isEqualTo(UNKNOWN);
        for (TriState a : ALL) {
            assertThat(a.not().not()).isEqualTo(a);
            for (TriState b : ALL) {
                assertThat(TriState.anyOf(a, b).not()).as("not(%s or %s)", a, b)
                        .isEqualTo(TriState.allOf(a.not(), b.not()));
            }
        }
    }

    @Test
    void predicates() {
        assertThat(YES.isYes()).isTrue();
        assertThat(NO.isYes()).isFalse();
        assertThat(NO.isNo()).isTrue();
        assertThat(UNKNOWN.isNo()).isFalse();
        assertThat(UNKNOWN.isUnknown()).isTrue();
        assertThat(YES.isUnknown()).isFalse();
    }
}
