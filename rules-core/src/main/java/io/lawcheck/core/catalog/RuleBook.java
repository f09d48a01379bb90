package io.lawcheck.core.catalog;

import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/** The catalog's rule metadata, by rule id and by version key ({@code ID@VERSION}). */
public final class RuleBook {
    private final Map<String, RuleDefinition> rules;
    private final Map<String, RuleVersion> versions;
    // Every rule condition and finding looks a version up by its key, which the DRL passes as a string literal: the
    // interned key finds it by reference in these identity tables (one array probe, no String.equals, no node
    // chasing), any other instance of the same text falls back to the maps above.
    private final IdentityHashMap<String, RuleVersion> versionsByReference = new IdentityHashMap<>();
    private final IdentityHashMap<RuleVersion, RuleDefinition> ruleOfVersion = new IdentityHashMap<>();

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
                String key = v.key().intern();
                if (byKey.putIfAbsent(key, v) != null) {
                    throw new IllegalArgumentException("duplicate rule version " + v.key());
                }
                versionsByReference.put(key, v);
                ruleOfVersion.put(v, d);
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

    /** The rule a version belongs to. */
    public RuleDefinition rule(RuleVersion version) {
        RuleDefinition d = ruleOfVersion.get(version);
        return d != null ? d : rule(version.ruleId());
    }

    public RuleVersion version(String key) {
        RuleVersion v = versionsByReference.get(key);
        if (v != null) {
            return v;
        }
        v = versions.get(key);
        if (v == null) {
            throw new NoSuchElementException("no rule version " + key + " in the catalog metadata");
        }
        return v;
    }

    public Collection<RuleVersion> versions() {
        return versions.values();
    }
}
