package io.lawcheck.service.config;

import java.util.IdentityHashMap;
import java.util.function.Function;

/**
 * A bounded cache for catalog constants, found by reference: every finding of a rule version carries that version's
 * own citation instances, so the same few hundred objects come back for every check. Looking a record up by value
 * (as a {@code ConcurrentHashMap} does) hashes all its fields, nested texts included, on every lookup and compares
 * them field by field: that was 4–5% of a single check's CPU in the service (docs/performance.md). An equal value
 * in another instance simply gets an entry of its own.
 *
 * <p>Copy-on-write: a read is one volatile read and an {@link IdentityHashMap} probe; a write (a few hundred, all
 * during the first requests) copies the map. Not Caffeine's {@code weakKeys()}, which also compares by reference but
 * allocates a lookup key per read, for collecting keys that are constants here.
 */
public final class ReferenceCache<K, V> {
    private final int maxSize;
    private volatile IdentityHashMap<K, V> entries = new IdentityHashMap<>();

    /** @param maxSize entries kept at most; values past it are computed on every call and not kept */
    public ReferenceCache(int maxSize) {
        this.maxSize = maxSize;
    }

    public V get(K key) {
        return entries.get(key);
    }

    /** The value kept for this very instance, else {@code compute}'s, kept while there is room. */
    public V computeIfAbsent(K key, Function<? super K, ? extends V> compute) {
        V value = entries.get(key);
        return value != null ? value : put(key, compute.apply(key));
    }

    /** Keeps {@code value} for {@code key} unless another thread kept one first (returned then) or the cache is full. */
    public synchronized V put(K key, V value) {
        IdentityHashMap<K, V> current = entries;
        V kept = current.get(key);
        if (kept != null) {
            return kept;
        }
        if (current.size() < maxSize) {
            IdentityHashMap<K, V> copy = new IdentityHashMap<>(current);
            copy.put(key, value);
            entries = copy;
        }
        return value;
    }

    public int size() {
        return entries.size();
    }
}
