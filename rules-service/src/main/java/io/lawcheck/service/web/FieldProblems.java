package io.lawcheck.service.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.lawcheck.service.web.ProblemHandler.FieldProblem;
import jakarta.validation.ConstraintViolation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Names the bad field of a rejected case, the same way for a single request ({@link ProblemHandler}) and for each
 * line of a batch: JSON paths such as {@code decidedPenalties[0].amountYuan} or {@code steps[FILING].date}, and a
 * reason that never echoes the value.
 */
public final class FieldProblems {
    private FieldProblems() {
    }

    /** A Jackson failure (unknown field, wrong type, malformed JSON) as one field problem. */
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
                    ? root.getMessage() : "has an invalid value";
            return new FieldProblem(path(m), reason);
        }
        if (cause instanceof JsonProcessingException p) {
            return new FieldProblem("", "malformed JSON at line " + p.getLocation().getLineNr() + ", column "
                    + p.getLocation().getColumnNr());
        }
        return new FieldProblem("", "request body is missing or not JSON");
    }

    /** Bean Validation violations (validated programmatically), sorted by field. */
    public static List<FieldProblem> of(Collection<? extends ConstraintViolation<?>> violations) {
        List<FieldProblem> problems = new ArrayList<>(violations.size());
        for (ConstraintViolation<?> v : violations) {
            problems.add(new FieldProblem(cleanPath(v.getPropertyPath().toString()), v.getMessage()));
        }
        problems.sort(Comparator.comparing(FieldProblem::field));
        return problems;
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
        return sb.toString();
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
     * Bean Validation paths name container elements ({@code steps[FILING].<map value>},
     * {@code officers[0].<list element>}); drop those names and keep the JSON path.
     */
    static String cleanPath(String field) {
        String p = field.replace("<map value>", "").replace("<list element>", "").replace("<map key>", "")
                .replace("..", ".");
        return p.endsWith(".") ? p.substring(0, p.length() - 1) : p;
    }
}
