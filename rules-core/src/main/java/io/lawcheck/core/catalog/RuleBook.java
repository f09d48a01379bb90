package io.lawcheck.core.catalog;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/** The catalog's rule metadata, by rule id and by version key ({@code ID@VERSION}). */
public final class RuleBook {
    private final Map<String, RuleDefinition> rules;
    private final Map<String, RuleVersion> versions;

    public RuleBook(Collection<RuleDefinition> definitions) {
        Map<String, RuleDefinition> byId = new LinkedHashMap<>();
        Map<String, RuleVersion> byKey = new LinkedHashMap<>();
        for (RuleDefinition d : definitions) {
            // Keys interned: the DRL passes them as string literals (interned), so lookups, which run for every rule
            // condition, compare references instead of characters.
            if (byId.putIfAbsent(d.id().intern(), d) != null) {
                throw new IllegalArgumentException("duplicate rule id " + d.id());
            }
            for (RuleVersion v : d.versions()) {
                if (byKey.putIfAbsent(v.key().intern(), v) != null) {
                    throw new IllegalArgumentException("duplicate rule version " + v.key());
                }
            }
        }
        this.rules = Collections.unmodifiableMap(byId);
        this.versions = Collections.unmodifiableMap(byKey);
    }

    public Collection<RuleDefinition> all() {
        return rules.values();
    }

    public Optional<RuleDefinition> find(String id) {
        return Optional.ofNullable(rules.get(id));
    }

    public RuleDefinition rule(String id) {
        RuleDefinition d = rules.get(id);
        if (d == null) {
            throw new NoSuchElementException("no rule " + id);
        }
        return d;
    }

    public RuleVersion version(String key) {
        RuleVersion v = versions.get(key);
        if (v == null) {
            throw new NoSuchElementException("no rule version " + key + " in the catalog metadata");
        }
        return v;
    }

    public Collection<RuleVersion> versions() {
        return versions.values();
    }
}
