package io.lawcheck.core.model;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The steps of a case as an immutable map in {@link StepKind} order, backed by an array indexed by the kind's
 * ordinal: rules ask for steps hundreds of times per case, and an array read is what makes that free (an
 * unmodifiable EnumMap view costs two lookups and a wrapper per call).
 */
final class StepTable extends AbstractMap<StepKind, Step> {
    private static final StepKind[] KINDS = StepKind.values();
    static final StepTable EMPTY = new StepTable(Map.of());

    private final Step[] byKind = new Step[KINDS.length];
    private final int size;
    private final boolean anyPlatformReceipt;
    private Set<Entry<StepKind, Step>> entries;

    StepTable(Map<StepKind, Step> steps) {
        int n = 0;
        boolean receipt = false;
        for (Entry<StepKind, Step> e : steps.entrySet()) {
            StepKind kind = java.util.Objects.requireNonNull(e.getKey(), "step kind");
            Step step = java.util.Objects.requireNonNull(e.getValue(), "step");
            if (byKind[kind.ordinal()] == null) {
                n++;
            }
            byKind[kind.ordinal()] = step;
            receipt |= step.platformReceived() != null;
        }
        size = n;
        anyPlatformReceipt = receipt;
    }

    static StepTable of(Map<StepKind, Step> steps) {
        if (steps == null || steps.isEmpty()) {
            return EMPTY;
        }
        return steps instanceof StepTable t ? t : new StepTable(steps);
    }

    /** The step of {@code kind}, or {@code absent} when the file does not mention it. */
    Step get(StepKind kind, Step absent) {
        Step s = byKind[kind.ordinal()];
        return s != null ? s : absent;
    }

    /** Whether some step carries the date the supervision platform received its record. */
    boolean anyPlatformReceipt() {
        return anyPlatformReceipt;
    }

    @Override
    public Step get(Object key) {
        return key instanceof StepKind k ? byKind[k.ordinal()] : null;
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Set<Entry<StepKind, Step>> entrySet() {
        Set<Entry<StepKind, Step>> es = entries;
        if (es == null) {
            es = new AbstractSet<>() {
                @Override
                public Iterator<Entry<StepKind, Step>> iterator() {
                    return new Iterator<>() {
                        private int next = advance(0);

                        private int advance(int from) {
                            int i = from;
                            while (i < byKind.length && byKind[i] == null) {
                                i++;
                            }
                            return i;
                        }

                        @Override
                        public boolean hasNext() {
                            return next < byKind.length;
                        }

                        @Override
                        public Entry<StepKind, Step> next() {
                            if (next >= byKind.length) {
                                throw new NoSuchElementException();
                            }
                            Entry<StepKind, Step> e = new SimpleImmutableEntry<>(KINDS[next], byKind[next]);
                            next = advance(next + 1);
                            return e;
                        }
                    };
                }

                @Override
                public int size() {
                    return size;
                }
            };
            entries = es;
        }
        return es;
    }
}
