package io.lawcheck.core.check;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A message text split once into literal parts and {@code ${name}} placeholders, so that rendering a finding (which
 * happens for every finding) only appends. Texts come from the catalog, so the cache stays small; a text that never
 * repeats (an engine error) is parsed and not kept once the cache is full.
 */
final class MessageTemplate {
    private static final int CACHE_LIMIT = 10_000;
    private static final ConcurrentHashMap<String, MessageTemplate> CACHE = new ConcurrentHashMap<>();

    /** Literal parts; {@code names[i]} follows {@code literals[i]}; the last literal has no name after it. */
    private final String[] literals;
    private final String[] names;
    private final int literalLength;

    private MessageTemplate(String[] literals, String[] names) {
        this.literals = literals;
        this.names = names;
        int n = 0;
        for (String l : literals) {
            n += l.length();
        }
        this.literalLength = n;
    }

    static MessageTemplate of(String text) {
        MessageTemplate t = CACHE.get(text);
        if (t == null) {
            t = parse(text);
            if (CACHE.size() < CACHE_LIMIT) {
                CACHE.putIfAbsent(text, t);
            }
        }
        return t;
    }

    private static MessageTemplate parse(String text) {
        List<String> literals = new ArrayList<>();
        List<String> names = new ArrayList<>();
        int from = 0;
        int open = text.indexOf("${");
        while (open >= 0) {
            int close = text.indexOf('}', open + 2);
            if (close < 0) {
                break; // an unclosed "${" is literal text
            }
            literals.add(text.substring(from, open));
            names.add(text.substring(open + 2, close));
            from = close + 1;
            open = text.indexOf("${", from);
        }
        literals.add(text.substring(from));
        return new MessageTemplate(literals.toArray(new String[0]), names.toArray(new String[0]));
    }

    /**
     * The text with each placeholder replaced by {@code value.apply(name)}; a placeholder whose value is null stays as
     * written. Values are inserted as text and never substituted again.
     */
    String render(Function<String, String> value) {
        if (names.length == 0) {
            return literals[0];
        }
        StringBuilder out = new StringBuilder(literalLength + 24 * names.length);
        for (int i = 0; i < names.length; i++) {
            out.append(literals[i]);
            String v = value.apply(names[i]);
            if (v == null) {
                out.append("${").append(names[i]).append('}');
            } else {
                out.append(v);
            }
        }
        return out.append(literals[names.length]).toString();
    }
}
