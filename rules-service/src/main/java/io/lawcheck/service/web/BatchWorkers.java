package io.lawcheck.service.web;

import jakarta.annotation.PreDestroy;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Runs the slices of one NDJSON chunk on all cores: slice 0 on the calling thread, the others on a fixed pool of one
 * thread per core, results in slice order. Waiting blocks (Future.get) instead of the parallel streams' helping
 * loop, which under load spun on the waiting thread for about a fifth of the batch endpoint's CPU
 * (docs/performance.md).
 */
@Component
public class BatchWorkers {
    static final int CORES = Runtime.getRuntime().availableProcessors();

    private final ExecutorService pool;

    public BatchWorkers() {
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(CORES, r -> {
            Thread t = new Thread(r, "batch-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** {@code task(0) .. task(slices - 1)}, in that order; the first failure is rethrown once all have ended. */
    public <T> List<T> run(int slices, IntFunction<T> task) {
        List<Future<T>> others = new ArrayList<>(Math.max(0, slices - 1));
        for (int i = 1; i < slices; i++) {
            int slice = i;
            others.add(pool.submit(() -> task.apply(slice)));
        }
        List<T> results = new ArrayList<>(slices);
        RuntimeException failure = null;
        try {
            results.add(task.apply(0));
        } catch (RuntimeException e) {
            failure = e;
        }
        boolean interrupted = false;
        for (Future<T> f : others) {
            try {
                results.add(f.get());
            } catch (ExecutionException e) {
                if (failure == null) {
                    failure = e.getCause() instanceof RuntimeException r ? r
                            : new IllegalStateException(e.getCause());
                }
            } catch (InterruptedException e) {
                interrupted = true;
                f.cancel(true);
                if (failure == null) {
                    failure = new IllegalStateException("interrupted while waiting for a batch slice", e);
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (failure != null) {
            throw failure;
        }
        return results;
    }

    @PreDestroy
    public void close() {
        pool.shutdownNow();
    }
}
