package io.lawcheck.service.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.lawcheck.service.web.Problems.FieldProblem;
import io.lawcheck.service.web.dto.BatchLine;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Reads newline-delimited JSON: each line is parsed (Spring's ObjectMapper, so the same rules as a single request),
 * validated with Bean Validation and mapped to the model, or turned into an error naming its line and fields
 * ({@link FieldProblems}, shared with {@link ProblemHandler}). Lines are handed on in chunks, in input order.
 */
@Component
public class CaseLines {
    /** One input line: its number and either the model value or the error line to answer with. */
    public record Parsed<M>(int line, M value, BatchLine error) {
        public boolean ok() {
            return error == null;
        }
    }

    /** Fewer lines than this are parsed on one thread: handing them to another costs more than it saves. */
    static final int MIN_SLICE = 50;

    private final ObjectMapper mapper;
    private final Validator validator;
    private final BatchWorkers workers;

    public CaseLines(ObjectMapper mapper, Validator validator, BatchWorkers workers) {
        this.mapper = mapper;
        this.validator = validator;
        this.workers = workers;
    }

    /**
     * Parses, validates and maps one line given as UTF-8 bytes {@code data[from .. to - 1]}. Bytes that are not
     * UTF-8 make the line unreadable, with where they start; the decoder is never asked to guess.
     */
    public <D, M> Parsed<M> parse(int line, byte[] data, int from, int to, ObjectReader reader,
                                  Function<D, M> toModel) {
        int invalid = invalidUtf8(data, from, to);
        if (invalid >= 0) {
            return bad(line, "Unreadable JSON", List.of(new FieldProblem(FieldProblems.BODY,
                    "is not UTF-8 text: invalid byte sequence at byte " + (invalid + 1) + " of the line")));
        }
        D dto;
        try {
            dto = reader.readValue(data, from, to - from);
        } catch (JsonProcessingException e) {
            return bad(line, "Unreadable JSON", List.of(FieldProblems.describe(e)));
        } catch (IOException e) {
            return bad(line, "Unreadable JSON", List.of(new FieldProblem(FieldProblems.BODY, "line is not JSON")));
        }
        if (dto == null) {
            return bad(line, "Unreadable JSON", List.of(new FieldProblem(FieldProblems.BODY, "line is not a JSON object")));
        }
        Set<ConstraintViolation<D>> violations = validator.validate(dto);
        if (!violations.isEmpty()) {
            return bad(line, "Invalid case", FieldProblems.of(violations));
        }
        try {
            return new Parsed<>(line, toModel.apply(dto), null);
        } catch (IllegalArgumentException | NullPointerException e) {
            // the model refused a combination the validator let through (its message names fields, not values)
            return bad(line, "Invalid case", List.of(new FieldProblem(FieldProblems.BODY, String.valueOf(e.getMessage()))));
        }
    }

    /**
     * Offset (from {@code from}) of the first byte of {@code data[from .. to - 1]} that is not part of well-formed
     * UTF-8 (no overlong forms, no surrogates), or -1. ASCII, the usual case, is one pass without decoding.
     */
    static int invalidUtf8(byte[] data, int from, int to) {
        int i = from;
        while (i < to && data[i] >= 0) {
            i++;
        }
        if (i == to) {
            return -1;
        }
        ByteBuffer in = ByteBuffer.wrap(data, i, to - i);
        CharBuffer out = CharBuffer.allocate(Math.min(to - i, 8192));
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        while (true) {
            CoderResult r = decoder.decode(in, out, true);
            if (r.isError()) {
                return in.position() - from;
            }
            if (r.isUnderflow()) {
                return decoder.flush(out).isError() ? in.position() - from : -1;
            }
            out.clear(); // overflow: only validity matters, not the characters
        }
    }

    public ObjectReader readerFor(Class<?> type) {
        return mapper.readerFor(type);
    }

    /**
     * Input lines of one chunk, not yet parsed: the bytes of its lines one after another ({@code data}; line
     * {@code i} is {@code data[starts[i] .. ends[i] - 1]}, without its line break), their numbers, and after the last
     * chunk's lines possibly the error line for the first line beyond {@code maxCases} ({@code overflow}, else null).
     * The arrays are reused for the next chunk: a chunk is valid only while the sink it was handed to runs.
     */
    public record Chunk(byte[] data, int[] starts, int[] ends, int[] numbers, int size, BatchLine overflow) {
        /** Line {@code i} as text (tests, diagnostics). */
        public String text(int i) {
            return new String(data, starts[i], ends[i] - starts[i], StandardCharsets.UTF_8);
        }
    }

    /**
     * Reads all lines of {@code in}, hands each chunk of at most {@code chunkSize} parsed lines to {@code sink}, and
     * stops after {@code maxCases} non-blank lines with one error line for the first line not read. Blank lines are
     * skipped but counted, so line numbers match the input.
     */
    public <D, M> void read(InputStream in, Class<D> dtoType, Function<D, M> toModel, int chunkSize, int maxCases,
                            Consumer<List<Parsed<M>>> sink) {
        ObjectReader reader = mapper.readerFor(dtoType);
        readChunks(in, chunkSize, maxCases, chunk -> {
            List<Parsed<M>> parsed = parseAll(chunk, reader, toModel);
            if (chunk.overflow() != null) {
                parsed.add(new Parsed<>(chunk.overflow().line(), null, chunk.overflow()));
            }
            sink.accept(parsed);
        });
    }

    /**
     * The reading half of {@link #read}: chunks of at most {@code chunkSize} non-blank lines, unparsed, so that a
     * caller can parse and check each slice of a chunk on its own core. Lines end as {@link
     * java.io.BufferedReader#readLine} ends them (LF, CR or CR LF), so line numbers are what a text editor shows.
     * Lines stay bytes: Jackson's UTF-8 parser reads them without a decoded copy (docs/performance.md).
     */
    public void readChunks(InputStream in, int chunkSize, int maxCases, Consumer<Chunk> sink) {
        try {
            new LineSplitter(chunkSize, maxCases, sink).run(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Cuts a byte stream into lines and chunks; one per readChunks call, its arrays reused chunk after chunk. */
    private static final class LineSplitter {
        private final int chunkSize;
        private final int maxCases;
        private final Consumer<Chunk> sink;
        private byte[] data;
        private final int[] starts;
        private final int[] ends;
        private final int[] numbers;
        private int size;
        private int used;
        private int lineNo;
        private int cases;

        LineSplitter(int chunkSize, int maxCases, Consumer<Chunk> sink) {
            this.chunkSize = chunkSize;
            this.maxCases = maxCases;
            this.sink = sink;
            this.data = new byte[(int) Math.min(1 << 24, 1536L * chunkSize)];
            this.starts = new int[chunkSize];
            this.ends = new int[chunkSize];
            this.numbers = new int[chunkSize];
        }

        void run(InputStream in) throws IOException {
            byte[] buffer = new byte[1 << 16];
            int lineStart = 0; // in data: where the line being read began
            boolean pendingCr = false; // the previous buffer ended in CR: an LF right after it ends nothing
            boolean open = false; // bytes of an unterminated line are in data
            for (int n; (n = in.read(buffer)) >= 0; ) {
                int from = 0;
                if (pendingCr && n > 0) {
                    pendingCr = false;
                    if (buffer[0] == '\n') {
                        from = 1;
                    }
                }
                while (from < n) {
                    int i = terminator(buffer, from, n);
                    append(buffer, from, i);
                    if (i == n) {
                        open = true; // the line goes on in the next buffer
                        break;
                    }
                    if (!endLine(lineStart)) {
                        return;
                    }
                    lineStart = used;
                    open = false;
                    if (buffer[i] == '\r') {
                        if (i + 1 < n) {
                            if (buffer[i + 1] == '\n') {
                                i++;
                            }
                        } else {
                            pendingCr = true;
                        }
                    }
                    from = i + 1;
                }
            }
            if (open && !endLine(lineStart)) {
                return;
            }
            if (size > 0) {
                emit(null);
            }
        }

        /** Index of the first CR or LF in {@code b[from .. to - 1]}, else {@code to}; small, so the JIT compiles it early. */
        private static int terminator(byte[] b, int from, int to) {
            for (int i = from; i < to; i++) {
                if (b[i] == '\n' || b[i] == '\r') {
                    return i;
                }
            }
            return to;
        }

        private void append(byte[] buffer, int from, int to) {
            int n = to - from;
            if (used + n > data.length) {
                data = Arrays.copyOf(data, Math.max(used + n, data.length * 2));
            }
            System.arraycopy(buffer, from, data, used, n);
            used += n;
        }

        /** The line data[start .. used - 1] is complete; false once the case limit has stopped the reading. */
        private boolean endLine(int start) {
            lineNo++;
            if (blank(data, start, used)) {
                used = start;
                return true;
            }
            if (cases == maxCases) {
                used = start;
                emit(BatchLine.error(lineNo, "Batch limit exceeded", List.of(new FieldProblem(FieldProblems.BODY,
                        "at most " + maxCases + " cases per request; this line and the rest were not read"))));
                return false;
            }
            cases++;
            starts[size] = start;
            ends[size] = used;
            numbers[size] = lineNo;
            if (++size == chunkSize) {
                emit(null);
            }
            return true;
        }

        private void emit(BatchLine overflow) {
            sink.accept(new Chunk(data, starts, ends, numbers, size, overflow));
            size = 0;
            used = 0;
        }
    }

    /** As {@link String#isBlank()} of the line decoded: ASCII whitespace is judged here, anything else decoded. */
    static boolean blank(byte[] data, int from, int to) {
        for (int i = from; i < to; i++) {
            byte b = data[i];
            if (b < 0) {
                return new String(data, from, to - from, StandardCharsets.UTF_8).isBlank();
            }
            if (!Character.isWhitespace(b)) {
                return false;
            }
        }
        return true;
    }

    /** Parses lines {@code from .. to - 1} of a chunk, in order. */
    public <D, M> List<Parsed<M>> parse(Chunk chunk, int from, int to, ObjectReader reader, Function<D, M> toModel) {
        List<Parsed<M>> parsed = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            parsed.add(parse(chunk.numbers()[i], chunk.data(), chunk.starts()[i], chunk.ends()[i], reader, toModel));
        }
        return parsed;
    }

    /** Parses a chunk on all cores (parsing and validation cost about as much as checking), keeping the order. */
    private <D, M> List<Parsed<M>> parseAll(Chunk chunk, ObjectReader reader, Function<D, M> toModel) {
        int slices = Math.max(1, Math.min(BatchWorkers.CORES, chunk.size() / MIN_SLICE));
        int size = (chunk.size() + slices - 1) / slices;
        List<Parsed<M>> all = new ArrayList<>(chunk.size() + 1);
        workers.run(slices, i -> parse(chunk, Math.min(chunk.size(), i * size),
                Math.min(chunk.size(), (i + 1) * size), reader, toModel)).forEach(all::addAll);
        return all;
    }

    private static <M> Parsed<M> bad(int line, String title, List<FieldProblem> errors) {
        return new Parsed<>(line, null, BatchLine.error(line, title, errors));
    }
}
