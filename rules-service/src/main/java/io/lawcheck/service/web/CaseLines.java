package io.lawcheck.service.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.lawcheck.service.web.Problems.FieldProblem;
import io.lawcheck.service.web.dto.BatchLine;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.stereotype.Component;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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

    /** Parses, validates and maps one line. */
    public <D, M> Parsed<M> parse(int line, String text, ObjectReader reader, Function<D, M> toModel) {
        D dto;
        try {
            dto = reader.readValue(text);
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

    public ObjectReader readerFor(Class<?> type) {
        return mapper.readerFor(type);
    }

    /**
     * Input lines of one chunk, not yet parsed: their numbers and texts, and after the last chunk's lines possibly the
     * error line for the first line beyond {@code maxCases} ({@code overflow}, else null).
     */
    public record Chunk(List<Integer> numbers, List<String> texts, BatchLine overflow) {
        public int size() {
            return texts.size();
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
     * caller can parse and check each slice of a chunk on its own core.
     */
    public void readChunks(InputStream in, int chunkSize, int maxCases, Consumer<Chunk> sink) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            List<String> texts = new ArrayList<>(chunkSize);
            List<Integer> numbers = new ArrayList<>(chunkSize);
            int lineNo = 0;
            int cases = 0;
            BatchLine overflow = null;
            for (String text; (text = lines.readLine()) != null; ) {
                lineNo++;
                if (text.isBlank()) {
                    continue;
                }
                if (cases == maxCases) {
                    overflow = BatchLine.error(lineNo, "Batch limit exceeded", List.of(new FieldProblem(
                            FieldProblems.BODY, "at most " + maxCases
                            + " cases per request; this line and the rest were not read")));
                    break;
                }
                cases++;
                texts.add(text);
                numbers.add(lineNo);
                if (texts.size() == chunkSize) {
                    sink.accept(new Chunk(List.copyOf(numbers), List.copyOf(texts), null));
                    texts.clear();
                    numbers.clear();
                }
            }
            if (!texts.isEmpty() || overflow != null) {
                sink.accept(new Chunk(List.copyOf(numbers), List.copyOf(texts), overflow));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses lines {@code from .. to - 1} of a chunk, in order. */
    public <D, M> List<Parsed<M>> parse(Chunk chunk, int from, int to, ObjectReader reader, Function<D, M> toModel) {
        List<Parsed<M>> parsed = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            parsed.add(parse(chunk.numbers().get(i), chunk.texts().get(i), reader, toModel));
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
