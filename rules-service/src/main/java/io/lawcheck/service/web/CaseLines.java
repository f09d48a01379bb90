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
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.IntStream;

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

    private final ObjectMapper mapper;
    private final Validator validator;

    public CaseLines(ObjectMapper mapper, Validator validator) {
        this.mapper = mapper;
        this.validator = validator;
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
     * Reads all lines of {@code in}, hands each chunk of at most {@code chunkSize} parsed lines to {@code sink}, and
     * stops after {@code maxCases} non-blank lines with one error line for the first line not read. Blank lines are
     * skipped but counted, so line numbers match the input.
     */
    public <D, M> void read(InputStream in, Class<D> dtoType, Function<D, M> toModel, int chunkSize, int maxCases,
                            Consumer<List<Parsed<M>>> sink) {
        ObjectReader reader = mapper.readerFor(dtoType);
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            List<String> texts = new ArrayList<>(chunkSize);
            List<Integer> numbers = new ArrayList<>(chunkSize);
            int lineNo = 0;
            int cases = 0;
            Parsed<M> overflow = null;
            for (String text; (text = lines.readLine()) != null; ) {
                lineNo++;
                if (text.isBlank()) {
                    continue;
                }
                if (cases == maxCases) {
                    overflow = bad(lineNo, "Batch limit exceeded", List.of(new FieldProblem(FieldProblems.BODY,
                            "at most " + maxCases + " cases per request; this line and the rest were not read")));
                    break;
                }
                cases++;
                texts.add(text);
                numbers.add(lineNo);
                if (texts.size() == chunkSize) {
                    sink.accept(parseAll(numbers, texts, reader, toModel));
                    texts.clear();
                    numbers.clear();
                }
            }
            List<Parsed<M>> last = parseAll(numbers, texts, reader, toModel);
            if (overflow != null) {
                last.add(overflow);
            }
            if (!last.isEmpty()) {
                sink.accept(last);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses a chunk on all cores (parsing and validation cost about as much as checking), keeping the order. */
    private <D, M> List<Parsed<M>> parseAll(List<Integer> numbers, List<String> texts, ObjectReader reader,
                                            Function<D, M> toModel) {
        @SuppressWarnings("unchecked")
        Parsed<M>[] parsed = new Parsed[texts.size()];
        IntStream.range(0, texts.size()).parallel()
                .forEach(i -> parsed[i] = parse(numbers.get(i), texts.get(i), reader, toModel));
        return new ArrayList<>(Arrays.asList(parsed));
    }

    private static <M> Parsed<M> bad(int line, String title, List<FieldProblem> errors) {
        return new Parsed<>(line, null, BatchLine.error(line, title, errors));
    }
}
