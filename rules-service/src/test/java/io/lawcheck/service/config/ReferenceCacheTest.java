package io.lawcheck.service.config;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Catalog constants found by instance: one computation per instance, equal values apart, the bound kept. */
class ReferenceCacheTest {
    record Key(String id) {
    }

    @Test
    void computesOncePerInstanceAndKeepsEqualInstancesApart() {
        ReferenceCache<Key, String> cache = new ReferenceCache<>(10);
        AtomicInteger computed = new AtomicInteger();
        Key a = new Key("APL-2021-63-1");
        Key equalToA = new Key("APL-2021-63-1");
        String first = cache.computeIfAbsent(a, k -> k.id() + "#" + computed.incrementAndGet());
        assertThat(cache.computeIfAbsent(a, k -> k.id() + "#" + computed.incrementAndGet())).isSameAs(first);
        assertThat(computed).hasValue(1);
        // equal by value, another instance: an entry of its own (a lookup never hashes the record's fields)
        assertThat(cache.computeIfAbsent(equalToA, k -> k.id() + "#" + computed.incrementAndGet()))
                .isEqualTo("APL-2021-63-1#2");
        assertThat(cache.get(a)).isSameAs(first);
        assertThat(cache.size()).isEqualTo(2);
    }

    @Test
    void pastTheBoundValuesAreComputedEachTimeAndNotKept() {
        ReferenceCache<Key, Integer> cache = new ReferenceCache<>(2);
        AtomicInteger computed = new AtomicInteger();
        Key a = new Key("a");
        Key b = new Key("b");
        Key c = new Key("c");
        cache.computeIfAbsent(a, k -> computed.incrementAndGet());
        cache.computeIfAbsent(b, k -> computed.incrementAndGet());
        assertThat(cache.computeIfAbsent(c, k -> computed.incrementAndGet())).isEqualTo(3);
        assertThat(cache.computeIfAbsent(c, k -> computed.incrementAndGet())).isEqualTo(4);
        assertThat(cache.size()).isEqualTo(2);
        assertThat(cache.get(c)).isNull();
        assertThat(cache.computeIfAbsent(a, k -> computed.incrementAndGet())).isEqualTo(1);
    }

    @Test
    void threadsRacingForOneInstanceAllGetTheValueKept() throws Exception {
        ReferenceCache<Key, Object> cache = new ReferenceCache<>(100);
        Key key = new Key("shared");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Object>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(pool.submit(() -> {
                    start.await(5, TimeUnit.SECONDS);
                    return cache.computeIfAbsent(key, k -> new Object());
                }));
            }
            start.countDown();
            // two threads may both compute, but put keeps the first and hands it to the other: one answer for all
            for (Future<Object> answer : answers) {
                assertThat(answer.get(5, TimeUnit.SECONDS)).isSameAs(cache.get(key));
            }
            assertThat(cache.size()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
