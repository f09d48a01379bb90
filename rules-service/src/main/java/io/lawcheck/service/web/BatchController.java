package io.lawcheck.service.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.lawcheck.core.check.CheckMode;
import io.lawcheck.core.check.CheckResult;
import io.lawcheck.service.records.DecisionRecorder;
import io.lawcheck.core.check.Checker;
import io.lawcheck.core.model.EnforcementCase;
import io.lawcheck.core.warning.BatchStatistics;
import io.lawcheck.core.warning.WarningPolicy;
import io.lawcheck.service.config.BatchProperties;
import io.lawcheck.service.web.CaseLines.Parsed;
import io.lawcheck.service.web.Problems.FieldProblem;
import io.lawcheck.service.web.WarningController.PlatformCase;
import io.lawcheck.service.web.dto.BatchLine;
import io.lawcheck.service.web.dto.CaseDto;
import io.lawcheck.service.web.dto.FindingRefDto;
import io.lawcheck.service.web.dto.StatisticsResponse;
import io.lawcheck.service.web.dto.WarningRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Many cases at once as newline-delimited JSON (application/x-ndjson): streamed results, one line per case in input
 * order, and statistics over a batch. A bad line costs only its own result.
 */
@RestController
@RequestMapping(path = "/api/v1")
public class BatchController {
    public static final String NDJSON = "application/x-ndjson";
    private static final Logger log = LoggerFactory.getLogger(BatchController.class);
    private static final int MAX_INVALID_LISTED = 100;
    /** Below this many cases a second rule session costs more than it saves. */
    private static final int MIN_SESSION = 100;
    private static final int ANSWER_BYTES = 512;

    /** The request declares more bytes than lawcheck.batch.max-bytes (413). */
    public static final class BatchTooLargeException extends RuntimeException {
        BatchTooLargeException(long max) {
            super("the body exceeds " + max + " bytes (lawcheck.batch.max-bytes)");
        }
    }

    private final Checker checker;
    private final WarningPolicy policy;
    private final CaseMapper caseMapper;
    private final ResultMapper resultMapper;
    private final CaseLines lines;
    private final BatchProperties limits;
    private final ObjectWriter lineWriter;
    private final Clock clock;
    private final DecisionRecorder recorder;
    private final BatchWorkers workers;

    public BatchController(Checker checker, WarningPolicy policy, CaseMapper caseMapper, ResultMapper resultMapper,
                           CaseLines lines, BatchProperties limits, ObjectMapper mapper, Clock clock,
                           DecisionRecorder recorder, BatchWorkers workers) {
        this.checker = checker;
        this.policy = policy;
        this.caseMapper = caseMapper;
        this.resultMapper = resultMapper;
        this.lines = lines;
        this.limits = limits;
        this.lineWriter = mapper.writerFor(BatchLine.class);
        this.clock = clock;
        this.recorder = recorder;
        this.workers = workers;
    }

    @Operation(summary = "Check many cases (NDJSON in, NDJSON out, streamed)",
            description = "Each input line is one case as for POST /checks. Each answer line is either "
                    + "{line, caseId, summary, findings} or {line, error: {title, errors: [{field, reason}]}}, in input "
                    + "order; blank lines are skipped but counted. Findings are short (rule, version, status, "
                    + "severity, due date): use POST /checks for texts and citations.")
    @PostMapping(path = "/checks/batch", consumes = NDJSON, produces = NDJSON)
    public ResponseEntity<StreamingResponseBody> batch(
            InputStream body,
            @RequestHeader(value = HttpHeaders.CONTENT_LENGTH, required = false) Long contentLength,
            @Parameter(description = "legal as-of date (ISO-8601, 1949-10-01..2099-12-31); default: today in Asia/Shanghai")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @Parameter(description = "SUPERVISION (default) or PRECHECK")
            @RequestParam(defaultValue = "SUPERVISION") CheckMode mode) {
        refuseOversized(contentLength);
        LocalDate date = asOf != null ? asOf : LocalDate.now(clock);
        // Read the whole request before answering: many clients (the JDK's HttpClient among them) do not read the
        // response until they have sent the request, and a server streaming its answer meanwhile would deadlock with
        // them once the socket buffers fill. The spool also enforces max-bytes for chunked requests.
        Path spool = spool(body);
        String requestId = RequestIdFilter.current(); // the stream is written on another thread
        StreamingResponseBody stream = out -> {
            int[] count = new int[1];
            try (InputStream in = Files.newInputStream(spool)) {
                ObjectReader reader = lines.readerFor(CaseDto.class);
                lines.readChunks(in, limits.chunkSize(), limits.maxCases(), chunk -> {
                    // each core parses, checks and writes one slice of the chunk; the slices are sent in order
                    int slices = Math.max(1, Math.min(BatchWorkers.CORES, chunk.size() / MIN_SESSION));
                    int size = (chunk.size() + slices - 1) / slices;
                    List<ByteArrayOutputStream> answers = workers.run(slices, i -> answer(chunk,
                            Math.min(chunk.size(), i * size), Math.min(chunk.size(), (i + 1) * size), reader, date,
                            mode, requestId));
                    try {
                        for (ByteArrayOutputStream a : answers) {
                            a.writeTo(out);
                        }
                        if (chunk.overflow() != null) {
                            out.write(lineWriter.writeValueAsBytes(chunk.overflow()));
                            out.write('\n');
                        }
                        out.flush();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    count[0] += chunk.size() + (chunk.overflow() == null ? 0 : 1);
                });
            } finally {
                Files.deleteIfExists(spool);
            }
            log.info("batch of {} lines answered", count[0]);
        };
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(NDJSON)).body(stream);
    }

    @Operation(summary = "Statistics over many cases (Art 23)",
            description = "Each input line is {caseFile, history} as for POST /warnings. Answers counts by rule and "
                    + "status (PRECHECK mode, so SATISFIED is counted too), by agency system, by warning level and by "
                    + "month (of the decision, else filing, else inspection), and the first 100 bad lines.")
    @PostMapping(path = "/statistics", consumes = NDJSON, produces = MediaType.APPLICATION_JSON_VALUE)
    public StatisticsResponse statistics(
            InputStream body,
            @RequestHeader(value = HttpHeaders.CONTENT_LENGTH, required = false) Long contentLength,
            @Parameter(description = "legal as-of date (ISO-8601, 1949-10-01..2099-12-31); default: today in Asia/Shanghai")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        refuseOversized(contentLength);
        LocalDate date = asOf != null ? asOf : LocalDate.now(clock);
        BatchStatistics stats = new BatchStatistics();
        List<BatchLine> invalid = new ArrayList<>();
        lines.read(body, WarningRequest.class, (WarningRequest r) -> PlatformCase.of(r, caseMapper),
                limits.chunkSize(), limits.maxCases(), chunk -> {
                    List<Parsed<PlatformCase>> ok = chunk.stream().filter(Parsed::ok).toList();
                    List<CheckResult> results = checkAll(ok.stream().map(p -> p.value().caseFile()).toList(), date,
                            CheckMode.PRECHECK);
                    for (int i = 0; i < ok.size(); i++) {
                        PlatformCase pc = ok.get(i).value();
                        CheckResult r = results.get(i);
                        if (r == null) {
                            stats.addInvalid();
                            listInvalid(invalid, checkFailed(ok.get(i).line()));
                            continue;
                        }
                        stats.add(pc.caseFile(), r, policy.decide(pc.caseFile(), r, pc.history(), date));
                    }
                    chunk.stream().filter(p -> !p.ok()).forEach(p -> {
                        stats.addInvalid();
                        listInvalid(invalid, p.error());
                    });
                });
        invalid.sort(java.util.Comparator.comparingInt(BatchLine::line));
        return new StatisticsResponse(date, checker.catalog().version(), stats.summary(), invalid);
    }

    /** Copies the body to an owner-only temporary file, refusing (413) more than max-bytes. */
    private Path spool(InputStream body) {
        Path file = null;
        try {
            file = Files.createTempFile("lawcheck-batch-", ".ndjson");
            try (OutputStream out = Files.newOutputStream(file)) {
                byte[] buffer = new byte[1 << 16];
                long total = 0;
                for (int n; (n = body.read(buffer)) > 0; ) {
                    total += n;
                    if (total > limits.maxBytes()) {
                        throw new BatchTooLargeException(limits.maxBytes());
                    }
                    out.write(buffer, 0, n);
                }
            }
            return file;
        } catch (IOException | RuntimeException e) {
            deleteQuietly(file);
            if (e instanceof RuntimeException r) {
                throw r;
            }
            throw new UncheckedIOException((IOException) e);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file; the OS cleans its temp folder
            }
        }
    }

    private void refuseOversized(Long contentLength) {
        if (contentLength != null && contentLength > limits.maxBytes()) {
            throw new BatchTooLargeException(limits.maxBytes());
        }
    }

    private static void listInvalid(List<BatchLine> invalid, BatchLine line) {
        if (invalid.size() < MAX_INVALID_LISTED) {
            invalid.add(line);
        }
    }

    /**
     * Lines {@code from .. to - 1} of a chunk: parsed, the valid cases checked in one rule session, and every line
     * answered in order, as NDJSON bytes (handed over as the buffer itself, not a copy).
     */
    private ByteArrayOutputStream answer(CaseLines.Chunk chunk, int from, int to, ObjectReader reader, LocalDate asOf,
                          CheckMode mode, String requestId) {
        List<Parsed<EnforcementCase>> parsed = lines.parse(chunk, from, to, reader,
                (CaseDto dto) -> caseMapper.toModel(dto));
        List<EnforcementCase> cases = new ArrayList<>(parsed.size());
        for (Parsed<EnforcementCase> p : parsed) {
            if (p.ok()) {
                cases.add(p.value());
            }
        }
        List<CheckResult> results = checkEach(cases, asOf, mode);
        // an answer line is 150-600 bytes: sized so that the buffer rarely grows (each growth copies it)
        ByteArrayOutputStream out = new ByteArrayOutputStream(ANSWER_BYTES * parsed.size() + 64);
        int next = 0;
        try {
            for (Parsed<EnforcementCase> p : parsed) {
                BatchLine line;
                if (!p.ok()) {
                    line = p.error();
                } else {
                    CheckResult r = results.get(next++);
                    if (r != null) {
                        recorder.record(requestId, p.value(), r);
                    }
                    line = r == null ? checkFailed(p.line()) : new BatchLine(p.line(), r.caseId(),
                            resultMapper.summary(r), r.findings().stream().map(f -> FindingRefDto.of(f, false)).toList(),
                            null);
                }
                lineWriter.writeValue(out, line);
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** All cases on all cores, one rule session per core (statistics); see {@link #checkEach}. */
    private List<CheckResult> checkAll(List<EnforcementCase> cases, LocalDate asOf, CheckMode mode) {
        int slices = Math.max(1, Math.min(BatchWorkers.CORES, cases.size() / MIN_SESSION));
        int size = (cases.size() + slices - 1) / slices;
        List<CheckResult> results = new ArrayList<>(cases.size());
        workers.run(slices, i -> checkEach(cases.subList(Math.min(cases.size(), i * size),
                Math.min(cases.size(), (i + 1) * size)), asOf, mode)).forEach(results::addAll);
        return results;
    }

    /**
     * All cases in one session; if that fails, case by case so that one case the checker cannot handle costs only its
     * own line (null result).
     */
    private List<CheckResult> checkEach(List<EnforcementCase> cases, LocalDate asOf, CheckMode mode) {
        try {
            return checker.checkAll(cases, asOf, mode);
        } catch (RuntimeException e) {
            log.warn("batch chunk failed ({}); checking its {} cases one by one", e.getClass().getSimpleName(),
                    cases.size());
            List<CheckResult> results = new ArrayList<>(cases.size());
            for (EnforcementCase c : cases) {
                try {
                    results.add(checker.check(c, asOf, mode));
                } catch (RuntimeException one) {
                    results.add(null);
                }
            }
            return results;
        }
    }

    private static BatchLine checkFailed(int line) {
        return BatchLine.error(line, "Check failed", List.of(new FieldProblem(FieldProblems.BODY,
                "the checker could not evaluate this case (e.g. a date outside the official calendar)")));
    }

}
