package io.lawcheck.core.catalog;

import io.lawcheck.core.calendar.Period;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A resolved parameter with the row it came from. Parsed forms (amount, period, list) are cached per distinct text:
 * the texts come from the catalog (a few hundred at most) and rules read them for most cases.
 */
public record ParameterValue(ParameterRow row) {
    private static final int CACHE_LIMIT = 10_000;
    private static final ConcurrentHashMap<String, Object> PARSED = new ConcurrentHashMap<>();

    public String name() {
        return row.name();
    }

    public String text() {
        return row.value();
    }

    public BigDecimal decimal() {
        return parsed("decimal:", BigDecimal::new, BigDecimal.class);
    }

    public Period period() {
        return parsed("period:", Period::parse, Period.class);
    }

    /** The value as a comma-separated list, each item stripped, empty items dropped. */
    @SuppressWarnings("unchecked")
    public List<String> items() {
        return parsed("items:", ParameterValue::split, List.class);
    }

    private static List<String> split(String text) {
        List<String> items = new ArrayList<>();
        for (String s : text.split(",")) {
            if (!s.isBlank()) {
                items.add(s.strip());
            }
        }
        return List.copyOf(items);
    }

    private <T> T parsed(String kind, Function<String, T> parse, Class<T> type) {
        String key = kind + row.value();
        Object v = PARSED.get(key);
        if (v == null) {
            v = parse.apply(row.value());
            if (PARSED.size() < CACHE_LIMIT) {
                PARSED.putIfAbsent(key, v);
            }
        }
        return type.cast(v);
    }

    public Verification verification() {
        return row.verification();
    }

    public String source() {
        return row.source();
    }
}
