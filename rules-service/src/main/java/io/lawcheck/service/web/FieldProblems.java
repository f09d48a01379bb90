package io.lawcheck.service.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.lawcheck.service.web.Problems.FieldProblem;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Names the bad field of a rejected case, the same way for a single request ({@link ProblemHandler}) and for each
 * line of a batch: JSON paths such as {@code decidedPenalties[0].amountYuan} or {@code steps.FILING.date}
 * ({@value #BODY} for the whole body), and a reason that never echoes the value.
 */
public final class FieldProblems {
    /** The field name for a problem with the body as a whole. */
    public static final String BODY = "$";
    static final String NOT_TEXT = "is not JSON text in UTF-8, UTF-16 or UTF-32";

    private FieldProblems() {
    }

    /**
     * The order of the problems in an answer: by field, then by reason. Hibernate Validator hands violations over in
     * a hash set, whose order (of two reasons for one field) changed with its version and even with the locale.
     */
    public static final Comparator<FieldProblem> ORDER = Comparator.comparing(FieldProblem::field)
            .thenComparing(FieldProblem::reason, Comparator.nullsFirst(Comparator.naturalOrder()));

    /** Bean Validation violations (validated programmatically), sorted by field, then reason ({@link #ORDER}). */
    public static List<FieldProblem> of(Collection<? extends ConstraintViolation<?>> violations) {
        List<FieldProblem> problems = new ArrayList<>(violations.size());
        for (ConstraintViolation<?> v : violations) {
            problems.add(new FieldProblem(field(v.getPropertyPath()), v.getMessage()));
        }
        problems.sort(ORDER);
        return problems;
    }

    /** A Jackson failure (unknown field, wrong type, malformed JSON, limits) as one field problem. */
    public static FieldProblem describe(Throwable cause) {
        if (cause instanceof UnrecognizedPropertyException u) {
            return new FieldProblem(path(u), "unknown field '" + u.getPropertyName() + "'");
        }
        if (cause instanceof InvalidFormatException f) {
            return new FieldProblem(path(f), "must be " + expectation(f.getTargetType()));
        }
        if (cause instanceof MismatchedInputException m) {
            return new FieldProblem(path(m), "must be " + (m.getTargetType() == null ? "of the documented type"
                    : expectation(m.getTargetType())));
        }
        if (cause instanceof JsonMappingException m) {
            Throwable root = m.getCause() != null ? m.getCause() : m;
            String reason = root instanceof IllegalArgumentException || root instanceof java.time.DateTimeException
                    ? root.getMessage()
                    : root instanceof StreamConstraintsException c ? "exceeds a limit: " + c.getOriginalMessage()
                    : root instanceof JsonProcessingException ? "malformed JSON: the body breaks off or is broken here"
                    : "has an invalid value";
            return new FieldProblem(path(m), reason);
        }
        if (cause instanceof java.io.CharConversionException) {
            return new FieldProblem(BODY, NOT_TEXT); // found by CaseIntakeFuzzTest: bytes invalid in UTF-32
        }
        if (cause instanceof com.fasterxml.jackson.core.io.JsonEOFException || cause instanceof JsonProcessingException p
                && p.getOriginalMessage() != null && p.getOriginalMessage().contains("end-of-input")) {
            return new FieldProblem(BODY, "the JSON ends too early (a truncated body?)");
        }
        if (cause instanceof StreamConstraintsException c) {
            return new FieldProblem(parsingPath(c), "exceeds a limit: " + c.getOriginalMessage());
        }
        if (cause instanceof JsonProcessingException p) {
            String reason = p.getOriginalMessage() != null && p.getOriginalMessage().startsWith("Duplicate field")
                    ? "is given twice" : "malformed JSON";
            return new FieldProblem(parsingPath(p), p.getLocation() == null ? reason : reason + " at line "
                    + p.getLocation().getLineNr() + ", column " + p.getLocation().getColumnNr());
        }
        return new FieldProblem(BODY, "request body is missing or not JSON");
    }

    static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            } else if (r.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(r.getFieldName());
            }
        }
        return sb.isEmpty() ? BODY : sb.toString();
    }

    /** Where the parser was when it failed, as a field path ({@code /steps/FILING/date} -> steps.FILING.date). */
    private static String parsingPath(JsonProcessingException e) {
        if (!(e.getProcessor() instanceof com.fasterxml.jackson.core.JsonParser parser)) {
            return BODY;
        }
        StringBuilder sb = new StringBuilder();
        for (com.fasterxml.jackson.core.JsonPointer p = parser.getParsingContext().pathAsPointer(); p != null
                && !p.matches(); p = p.tail()) {
            if (p.mayMatchElement()) {
                sb.append('[').append(p.getMatchingIndex()).append(']');
            } else {
                sb.append(sb.isEmpty() ? "" : ".").append(p.getMatchingProperty());
            }
        }
        return sb.isEmpty() ? BODY : sb.toString();
    }

    static String expectation(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        if (type == java.time.LocalDate.class) {
            return "an ISO-8601 date (yyyy-MM-dd)";
        }
        if (type == java.math.BigDecimal.class) {
            return "a decimal amount in yuan";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true, false or null";
        }
        if (Map.class.isAssignableFrom(type)) {
            return "a JSON object";
        }
        if (List.class.isAssignableFrom(type)) {
            return "a JSON array";
        }
        return "a " + type.getSimpleName();
    }

    /**
     * The JSON path of a Bean Validation violation, built from its nodes as Spring MVC builds the field of a
     * single check's error (SpringValidatorAdapter#determineField), then {@link #cleanPath}: so a batch line and a
     * single check name a field alike. {@code Path.toString()} differs for a null list element or map value: it ends
     * in a container-element node, which rendered as {@code evidence[2].<list element>} and became {@code evidence[2].}.
     * A violation of the whole object (no property node) is {@value #BODY}, as MVC reports a global error.
     */
    public static String field(Path path) {
        StringBuilder sb = new StringBuilder();
        boolean first = true;
        for (Path.Node node : path) {
            if (node.isInIterable() && !first) {
                Object key = node.getIndex() != null ? node.getIndex() : node.getKey();
                sb.append('[').append(key == null ? "" : key).append(']');
            }
            String name = node.getName();
            if (name != null && node.getKind() == ElementKind.PROPERTY && !name.startsWith("<")) {
                if (!first) {
                    sb.append('.');
                }
                first = false;
                sb.append(name);
            }
        }
        return sb.isEmpty() ? BODY : cleanPath(sb.toString());
    }

    /**
     * Bean Validation paths for map values look like {@code steps[FILING].date}; shown as JSON reads them,
     * {@code steps.FILING.date} (the form Jackson's errors use too). List indexes stay {@code [0]}.
     */
    static String cleanPath(String field) {
        return field.replace("<map value>", "").replace("<list element>", "")
                .replaceAll("\\[([A-Z][A-Z0-9_]*)]", ".$1").replace("..", ".");
    }
}
