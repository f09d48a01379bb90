package io.lawcheck.bench.http;

import io.lawcheck.bench.CaseGenerator;
import io.lawcheck.core.model.EnforcementCase;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Drives POST /api/v1/checks/batch on 127.0.0.1 with {@code cases} generated cases (default 1,000,000): the
 * {@link CaseGenerator} files (fixed seed) as NDJSON, cycled, sent in requests of {@code perRequest} lines (default
 * 100,000 = the service's {@code lawcheck.batch.max-cases}), {@code parallel} requests at a time (default 2: one
 * uploads while another is answered). Bodies are streamed from memory, never built whole; answers are read as they
 * stream and only counted: lines, and lines carrying an {@code error}. Prints one {@code BATCH} line and exits 1 unless
 * every case came back as a result line. Bounded: the case count, and {@code timeoutSeconds} (default 600) for the
 * whole run. Refuses any host but the loopback.
 * <p>Run: {@code java -cp <benchmark classpath> io.lawcheck.bench.http.BatchLoad http://127.0.0.1:8080 [cases]
 * [perRequest] [parallel] [timeoutSeconds]}.
 */
public final class BatchLoad {
    static final String PATH = "/api/v1/checks/batch?asOf=2023-01-16";

    private BatchLoad() {
    }

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args.length > 0 ? args[0] : "http://127.0.0.1:8080");
        long cases = args.length > 1 ? Long.parseLong(args[1]) : 1_000_000;
        int perRequest = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
        int parallel = args.length > 3 ? Integer.parseInt(args[3]) : 2;
        int timeout = args.length > 4 ? Integer.parseInt(args[4]) : 600;
        if (!InetAddress.getByName(base.getHost()).isLoopbackAddress()) {
            throw new IllegalArgumentException("loopback only: " + base);
        }
        byte[][] lines = lines(CaseGenerator.generate(8_192));
        Result r = run(base, lines, cases, perRequest, parallel, timeout);
        System.out.printf(Locale.ROOT, "BATCH cases=%d requests=%d parallel=%d seconds=%.2f cases/s=%.0f results=%d "
                        + "errors=%d sentMiB=%.0f receivedMiB=%.0f%n", cases, r.requests, parallel, r.seconds,
                cases / r.seconds, r.results, r.errors, r.sent / 1048576.0, r.received / 1048576.0);
        if (r.results != cases || r.errors != 0) {
            System.err.println("expected " + cases + " result lines and no errors");
            System.exit(1);
        }
    }

    /** The generated cases as NDJSON lines, each ending in a line break. */
    static byte[][] lines(List<EnforcementCase> generated) {
        byte[][] lines = new byte[generated.size()][];
        for (int i = 0; i < lines.length; i++) {
            byte[] json = CaseJson.line(generated.get(i));
            lines[i] = java.util.Arrays.copyOf(json, json.length + 1);
            lines[i][json.length] = '\n';
        }
        return lines;
    }

    record Result(int requests, double seconds, long results, long errors, long sent, long received) {
    }

    static Result run(URI base, byte[][] lines, long cases, int perRequest, int parallel, int timeoutSeconds)
            throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        int requests = (int) ((cases + perRequest - 1) / perRequest);
        AtomicLong results = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicLong sent = new AtomicLong();
        AtomicLong received = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        long t0 = System.nanoTime();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                long first = (long) i * perRequest;
                int count = (int) Math.min(perRequest, cases - first);
                futures.add(pool.submit(() -> {
                    one(client, base, lines, first, count, timeoutSeconds, results, errors, sent, received);
                    return null;
                }));
            }
            long deadline = t0 + TimeUnit.SECONDS.toNanos(timeoutSeconds);
            for (Future<?> f : futures) {
                f.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        return new Result(requests, (System.nanoTime() - t0) / 1e9, results.get(), errors.get(), sent.get(),
                received.get());
    }

    private static void one(HttpClient client, URI base, byte[][] lines, long first, int count, int timeoutSeconds,
                            AtomicLong results, AtomicLong errors, AtomicLong sent, AtomicLong received)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(PATH))
                .timeout(Duration.ofSeconds(timeoutSeconds))
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new Lines(lines, first, count, sent)))
                .build();
        HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream in = response.body()) {
            if (response.statusCode() != 200) {
                throw new IOException("HTTP " + response.statusCode() + ": " + new String(in.readNBytes(2_000),
                        java.nio.charset.StandardCharsets.UTF_8));
            }
            LineCounter counter = new LineCounter();
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                counter.accept(buffer, n);
                received.addAndGet(n);
            }
            results.addAndGet(counter.lines - counter.errors);
            errors.addAndGet(counter.errors);
        }
    }

    /** Lines {@code first .. first + count - 1} of the endless cycle through {@code lines}, as one stream. */
    static final class Lines extends InputStream {
        private final byte[][] lines;
        private final AtomicLong sent;
        private long next;
        private final long end;
        private byte[] current = new byte[0];
        private int pos;

        Lines(byte[][] lines, long first, int count, AtomicLong sent) {
            this.lines = lines;
            this.next = first;
            this.end = first + count;
            this.sent = sent;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            int done = 0;
            while (done < len) {
                if (pos == current.length) {
                    if (next == end) {
                        break;
                    }
                    current = lines[(int) (next++ % lines.length)];
                    pos = 0;
                }
                int n = Math.min(len - done, current.length - pos);
                System.arraycopy(current, pos, b, off + done, n);
                pos += n;
                done += n;
            }
            sent.addAndGet(done);
            return done == 0 && len > 0 ? -1 : done;
        }
    }

    /** Counts answer lines, and those that are errors: {@code {"line":N,"error":...}} (a result has no error key). */
    static final class LineCounter {
        private static final byte[] ERROR = "\"error\":".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        long lines;
        long errors;
        private int matched;
        private boolean lineHasError;

        void accept(byte[] b, int n) {
            for (int i = 0; i < n; i++) {
                byte c = b[i];
                if (c == '\n') {
                    lines++;
                    if (lineHasError) {
                        errors++;
                    }
                    lineHasError = false;
                    matched = 0;
                    continue;
                }
                if (c == ERROR[matched]) {
                    if (++matched == ERROR.length) {
                        lineHasError = true;
                        matched = 0;
                    }
                } else {
                    matched = c == ERROR[0] ? 1 : 0;
                }
            }
        }
    }
}
