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
    // One map per form, keyed by the row's own text (its hash is cached on the string): a "kind:" + text key was
    // concatenated and hashed again on every read. Periods are cached by Period.parse itself.
    private static final ConcurrentHashMap<String, BigDecimal> DECIMALS = new ConcurrentHashMap<>();
    private static final ConcurrentHashMap<String, List<String>> ITEMS = new ConcurrentHashMap<>();

    public String name() {
        return row.name();
    }

    public String text() {
        return row.value();
    }

    public BigDecimal decimal() {
        return parsed(DECIMALS, BigDecimal::new);
    }

    public Period period() {
        return Period.parse(row.value());
    }

    /** The value as a comma-separated list, each item stripped, empty items dropped. */
    public List<String> items() {
        return parsed(ITEMS, ParameterValue::split);
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

    private <T> T parsed(ConcurrentHashMap<String, T> cache, Function<String, T> parse) {
        String text = row.value();
        T v = cache.get(text);
        if (v == null) {
            v = parse.apply(text);
            if (cache.size() < CACHE_LIMIT) {
                cache.putIfAbsent(text, v);
            }
        }
        return v;
    }

    public Verification verification() {
        return row.verification();
    }

    public String source() {
        return row.source();
    }
}
