package io.lawcheck.service.records;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.lawcheck.core.check.CheckResult;
import io.lawcheck.core.model.EnforcementCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes one {@link DecisionRecord} per check as a JSON line, off the request path: requests only offer to a bounded
 * queue (never wait); one writer thread hashes, serialises and appends. When the queue is full the record is dropped,
 * counted ({@link #dropped()}) and logged (the first drop and every 1000th), so a slow disk never slows checks.
 */
public class DecisionRecorder implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DecisionRecorder.class);
    static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    private record Pending(Instant time, String requestId, EnforcementCase input, CheckResult result,
                           String warningLevel) {
    }

    private final BlockingQueue<Pending> queue;
    private final Path path;
    private final Clock clock;
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong written = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final Thread writer;
    private volatile boolean closing;

    private DecisionRecorder(Path path, int capacity, Clock clock, boolean startWriter) {
        this.path = path;
        this.clock = clock;
        this.queue = path == null ? null : new ArrayBlockingQueue<>(Math.max(1, capacity));
        if (path == null || !startWriter) {
            writer = null;
            return;
        }
        writer = new Thread(this::drain, "decision-record-writer");
        writer.setDaemon(true);
        writer.start();
        log.info("decision records are written to {}", path.toAbsolutePath());
    }

    /** Records to {@code path} (created with its folders), at most {@code capacity} waiting. */
    public static DecisionRecorder start(Path path, int capacity) {
        return new DecisionRecorder(path, capacity, Clock.systemUTC(), true);
    }

    /** A recorder whose writer never runs, so its queue fills (tests of the drop path). */
    static DecisionRecorder paused(Path path, int capacity) {
        return new DecisionRecorder(path, capacity, Clock.systemUTC(), false);
    }

    /** Records nothing. */
    public static DecisionRecorder off() {
        return new DecisionRecorder(null, 0, Clock.systemUTC(), false);
    }

    public boolean enabled() {
        return queue != null;
    }

    /** Never blocks: queues the record or counts a drop. */
    public void record(String requestId, EnforcementCase input, CheckResult result) {
        record(requestId, input, result, null);
    }

    /** As {@link #record(String, EnforcementCase, CheckResult)}, with the warning level decided for the case. */
    public void record(String requestId, EnforcementCase input, CheckResult result, String warningLevel) {
        if (queue == null || closing) {
            return;
        }
        if (!queue.offer(new Pending(clock.instant(), requestId, input, result, warningLevel))) {
            long n = dropped.incrementAndGet();
            if (n == 1 || n % 1000 == 0) {
                log.warn("decision record queue full: {} record(s) dropped so far", n);
            }
        }
    }

    public long dropped() {
        return dropped.get();
    }

    public long written() {
        return written.get();
    }

    private void drain() {
        try {
            Files.createDirectories(path.toAbsolutePath().getParent());
        } catch (IOException e) {
            log.error("cannot create the folder for decision records {}: {}", path, e.getClass().getName());
        }
        while (!closing || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                try (BufferedWriter out = Files.newBufferedWriter(path, StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
                    for (Pending p = first; p != null; p = queue.poll()) {
                        out.write(JSON.writeValueAsString(DecisionRecord.of(p.time(), p.requestId(), p.input(),
                                p.result(), p.warningLevel())));
                        out.write('\n');
                        written.incrementAndGet();
                    }
                } catch (IOException | RuntimeException e) {
                    long n = failed.incrementAndGet();
                    log.error("decision records could not be written ({} failure(s)): {}", n, e.getClass().getName());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Writes what is queued (for up to 5 s), then stops. */
    @Override
    public void close() {
        if (writer == null) {
            return;
        }
        closing = true;
        try {
            writer.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
