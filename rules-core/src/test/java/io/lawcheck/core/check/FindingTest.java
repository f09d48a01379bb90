package io.lawcheck.core.check;

import io.lawcheck.core.catalog.LocalizedText;
import io.lawcheck.core.catalog.Severity;
import io.lawcheck.core.catalog.Verification;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A finding's message is rendered from its template on first read, and a finding keeps value semantics. */
class FindingTest {
    private static final LocalizedText TITLE = new LocalizedText("标题", "Title");
    private static final LocalizedText TEMPLATE = new LocalizedText(
            "罚款${fine}元，${unit}，于${due}前，${unknown}", "Fine ${fine} yuan, ${unit}, by ${due}, ${unknown}");

    private static Finding lazy(Map<String, Object> facts, Map<String, Object> parameters) {
        return Finding.rendered("P-X-1", "2021", "test", Severity.MAJOR, FindingStatus.VIOLATION,
                LocalDate.of(2024, 3, 1), TITLE, TEMPLATE, List.of(), facts, parameters, Verification.VERIFIED);
    }

    private static Finding given(LocalizedText message) {
        return new Finding("P-X-1", "2021", "test", Severity.MAJOR, FindingStatus.VIOLATION,
                LocalDate.of(2024, 3, 1), TITLE, message, List.of(), facts(), parameters(), Verification.VERIFIED);
    }

    private static Map<String, Object> facts() {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("fine", new BigDecimal("50000.00")); // a parameter of the same name wins
        facts.put("unit", new LocalizedText("单位", "an organisation"));
        facts.put("due", LocalDate.of(2024, 3, 1));
        return facts;
    }

    private static Map<String, Object> parameters() {
        return Map.of("fine", new BigDecimal("10000.00"));
    }

    @Test
    void theMessageIsTheTemplateFilledFromParametersThenFacts() {
        Finding f = lazy(facts(), parameters());
        assertThat(f.message().zh()).isEqualTo("罚款10000元，单位，于2024-03-01前，${unknown}");
        assertThat(f.message().en()).isEqualTo("Fine 10000 yuan, an organisation, by 2024-03-01, ${unknown}");
    }

    @Test
    void itIsRenderedOnceAndKept() {
        Finding f = lazy(facts(), parameters());
        assertThat(f.message()).isSameAs(f.message());
    }

    @Test
    void laterChangesToTheCallersMapsDoNotReachTheMessage() {
        Map<String, Object> facts = facts();
        Finding f = lazy(facts, parameters());
        facts.put("unit", new LocalizedText("个人", "an individual"));
        assertThat(f.message().en()).contains("an organisation");
        assertThat(f.facts().get("unit")).isEqualTo(new LocalizedText("单位", "an organisation"));
    }

    @Test
    void aRenderedAndAGivenMessageWithTheSameTextAreEqual() {
        Finding rendered = lazy(facts(), parameters());
        Finding same = given(new LocalizedText("罚款10000元，单位，于2024-03-01前，${unknown}",
                "Fine 10000 yuan, an organisation, by 2024-03-01, ${unknown}"));
        Finding other = given(new LocalizedText("另一条", "another"));
        assertThat(rendered).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(other);
        assertThat(rendered.toString()).isEqualTo(same.toString()).contains("message=LocalizedText[zh=罚款10000元");
    }

    @Test
    void aFindingWithoutAMessageHasNone() {
        assertThat(given(null).message()).isNull();
    }
}
