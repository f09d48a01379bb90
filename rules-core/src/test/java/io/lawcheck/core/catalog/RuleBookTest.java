package io.lawcheck.core.catalog;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Lookups by version key: the reference fast path must give the same answers as the map for any key instance. */
class RuleBookTest {
    private static final LocalizedText TEXT = new LocalizedText("文", "text");

    private static RuleVersion version(String id, String version, LocalDate from, LocalDate until) {
        return new RuleVersion(id + "@" + version, id, version, from, until, List.of(), Map.of(), Verification.VERIFIED);
    }

    private final RuleVersion old = version("P-X-1", "1996", LocalDate.of(1996, 10, 1), LocalDate.of(2021, 7, 14));
    private final RuleVersion current = version("P-X-1", "2021", LocalDate.of(2021, 7, 15), null);
    private final RuleVersion other = version("P-Y-1", "2021", LocalDate.of(2021, 7, 15), null);
    private final RuleDefinition x = new RuleDefinition("P-X-1", "penalty", Severity.MAJOR, TEXT, "", Map.of(),
            List.of(old, current));
    private final RuleDefinition y = new RuleDefinition("P-Y-1", "penalty", Severity.MINOR, TEXT, "", Map.of(),
            List.of(other));
    private final RuleBook book = new RuleBook(List.of(x, y));

    @Test
    void findsAVersionByItsLiteralKeyAndByAnyOtherInstanceOfTheSameText() {
        String copy = new String("P-X-1@2021".toCharArray()); // not the interned instance
        assertThat(copy).isNotSameAs("P-X-1@2021");
        assertThat(book.version("P-X-1@2021")).isSameAs(current);
        assertThat(book.version(copy)).isSameAs(current);
        assertThat(book.version("P-X-1@1996")).isSameAs(old);
    }

    @Test
    void anUnknownKeyIsNamedInTheError() {
        assertThatThrownBy(() -> book.version("P-X-1@2030"))
                .isInstanceOf(NoSuchElementException.class).hasMessageContaining("P-X-1@2030");
    }

    @Test
    void findsTheRuleOfAVersion() {
        assertThat(book.rule(current)).isSameAs(x);
        assertThat(book.rule(old)).isSameAs(x);
        assertThat(book.rule(other)).isSameAs(y);
        // An equal version built elsewhere is not in the identity table: found through its rule id.
        RuleVersion equalCopy = version("P-Y-1", "2021", LocalDate.of(2021, 7, 15), null);
        assertThat(book.rule(equalCopy)).isSameAs(y);
    }

    @Test
    void versionDatesAreInclusive() {
        assertThat(old.appliesOn(LocalDate.of(2021, 7, 14))).isTrue();
        assertThat(old.appliesOn(LocalDate.of(2021, 7, 15))).isFalse();
        assertThat(current.appliesOn(LocalDate.of(2021, 7, 15))).isTrue();
        assertThat(current.appliesOn(LocalDate.of(2021, 7, 14))).isFalse();
    }
}
