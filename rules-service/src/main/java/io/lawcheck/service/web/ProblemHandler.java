package io.lawcheck.service.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.core.JsonProcessingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.NonNull;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Turns bad input into {@code application/problem+json} with an {@code errors} list naming each bad field and why.
 * Never echoes case content and never returns a stack trace.
 */
@RestControllerAdvice
public class ProblemHandler extends ResponseEntityExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    /** One bad field: its JSON path (e.g. {@code decidedPenalties[0].amountYuan}) and the reason. */
    public record FieldProblem(String field, String reason) {
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(@NonNull MethodArgumentNotValidException ex,
                                                                  @NonNull HttpHeaders headers,
                                                                  @NonNull HttpStatusCode status,
                                                                  @NonNull WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        for (FieldError fe : ex.getBindingResult().getFieldErrors()) {
            errors.add(new FieldProblem(cleanPath(fe.getField()), fe.getDefaultMessage()));
        }
        ex.getBindingResult().getGlobalErrors().forEach(ge -> errors.add(new FieldProblem("", ge.getDefaultMessage())));
        errors.sort(Comparator.comparing(FieldProblem::field));
        return problem(HttpStatus.BAD_REQUEST, "Invalid case", errors);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(@NonNull HttpMessageNotReadableException ex,
                                                                  @NonNull HttpHeaders headers,
                                                                  @NonNull HttpStatusCode status,
                                                                  @NonNull WebRequest request) {
        return problem(HttpStatus.BAD_REQUEST, "Unreadable JSON", List.of(describe(ex.getCause())));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            @NonNull HandlerMethodValidationException ex, @NonNull HttpHeaders headers,
            @NonNull HttpStatusCode status, @NonNull WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        ex.getParameterValidationResults().forEach(r -> r.getResolvableErrors().forEach(e -> errors.add(
                new FieldProblem(r.getMethodParameter().getParameterName(), e.getDefaultMessage()))));
        return problem(HttpStatus.BAD_REQUEST, "Invalid parameter", errors);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    public ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException ex) {
        String expected = ex.getRequiredType() == null ? "a valid value" : expectation(ex.getRequiredType());
        return problem(HttpStatus.BAD_REQUEST, "Invalid parameter",
                List.of(new FieldProblem(ex.getName(), "must be " + expected)));
    }

    /** The model refused a combination the validator let through (e.g. an inconsistent date pair). */
    @ExceptionHandler(IllegalArgumentException.class)
    public ResponseEntity<Object> illegalArgument(IllegalArgumentException ex) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid case", List.of(new FieldProblem("", ex.getMessage())));
    }

    private ResponseEntity<Object> problem(HttpStatus status, String title, List<FieldProblem> errors) {
        ProblemDetail pd = ProblemDetail.forStatus(status);
        pd.setTitle(title);
        pd.setDetail(errors.stream().map(e -> (e.field().isEmpty() ? "" : e.field() + ": ") + e.reason())
                .reduce((a, b) -> a + "; " + b).orElse(title));
        pd.setProperty("errors", errors);
        log.info("rejected request: {} ({} field problems)", title, errors.size());
        return ResponseEntity.status(status).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(pd);
    }

    static FieldProblem describe(Throwable cause) {
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

    private static String path(JsonMappingException e) {
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

    private static String expectation(Class<?> type) {
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

    /** Bean Validation paths for map values look like {@code steps[FILING].date}; keep them as they are. */
    private static String cleanPath(String field) {
        return field.replace("<map value>", "").replace("<list element>", "");
    }
}
