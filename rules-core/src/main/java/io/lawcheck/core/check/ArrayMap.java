package io.lawcheck.core.check;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * An immutable map of a few entries in insertion order, kept as two arrays: a finding's facts and parameters. A
 * check creates several findings per case, and a LinkedHashMap per map was a large share of its allocation.
 */
final class ArrayMap extends AbstractMap<String, Object> {
    private static final ArrayMap EMPTY = new ArrayMap(new String[0], new Object[0]);

    private final String[] names;
    private final Object[] values;

    private ArrayMap(String[] names, Object[] values) {
        this.names = names;
        this.values = values;
    }

    /** The first {@code size} pairs of the arrays, copied. */
    static ArrayMap of(String[] names, Object[] values, int size) {
        return size == 0 ? EMPTY : new ArrayMap(Arrays.copyOf(names, size), Arrays.copyOf(values, size));
    }

    /** {@code map} itself when it is an ArrayMap, else an ordered copy of it (null names refused). */
    static ArrayMap copyOf(Map<String, Object> map) {
        if (map instanceof ArrayMap a) {
            return a;
        }
        String[] names = new String[map.size()];
        Object[] values = new Object[map.size()];
        int i = 0;
        for (Entry<String, Object> e : map.entrySet()) {
            names[i] = java.util.Objects.requireNonNull(e.getKey(), "name");
            values[i++] = e.getValue();
        }
        return of(names, values, i);
    }

    @Override
    public Object get(Object name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return values[i];
            }
        }
        return null;
    }

    @Override
    public boolean containsKey(Object name) {
        for (String n : names) {
            if (n.equals(name)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public int size() {
        return names.length;
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Object>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < names.length;
                    }

                    @Override
                    public Entry<String, Object> next() {
                        if (next >= names.length) {
                            throw new NoSuchElementException();
                        }
                        Entry<String, Object> e = new SimpleImmutableEntry<>(names[next], values[next]);
                        next++;
                        return e;
                    }
                };
            }

            @Override
            public int size() {
                return names.length;
            }
        };
    }
}
