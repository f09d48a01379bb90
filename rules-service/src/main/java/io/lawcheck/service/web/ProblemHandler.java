package io.lawcheck.service.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.lawcheck.service.web.Problems.FieldProblem;
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

    /** The field name used for problems with the body as a whole (malformed JSON, too large, missing). */
    public static final String BODY = "$";
    static final String NOT_TEXT = "is not JSON text in UTF-8, UTF-16 or UTF-32";

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(@NonNull MethodArgumentNotValidException ex,
                                                                  @NonNull HttpHeaders headers,
                                                                  @NonNull HttpStatusCode status,
                                                                  @NonNull WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        for (FieldError fe : ex.getBindingResult().getFieldErrors()) {
            errors.add(new FieldProblem(cleanPath(fe.getField()), fe.getDefaultMessage()));
        }
        ex.getBindingResult().getGlobalErrors().forEach(ge -> errors.add(new FieldProblem(BODY,
                ge.getDefaultMessage())));
        errors.sort(Comparator.comparing(FieldProblem::field));
        return problem(HttpStatus.BAD_REQUEST, "Invalid case", errors);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(@NonNull HttpMessageNotReadableException ex,
                                                                  @NonNull HttpHeaders headers,
                                                                  @NonNull HttpStatusCode status,
                                                                  @NonNull WebRequest request) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof BodyLimitFilter.BodyTooLargeException tooLarge) {
                return problem(HttpStatus.PAYLOAD_TOO_LARGE, "Request too large",
                        List.of(BodyLimitFilter.problem(tooLarge.limit())));
            }
        }
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

    /** The core model refused a combination the validator let through (only mapping errors land here). */
    @ExceptionHandler(InvalidCaseException.class)
    public ResponseEntity<Object> invalidCase(InvalidCaseException ex) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid case", List.of(new FieldProblem(BODY, ex.getMessage())));
    }

    /**
     * Anything else is the server's fault: 500 problem+json without the exception's message (it may quote case
     * data) and without a stack trace; the log gets the exception type and stack, also without the message.
     */
    @ExceptionHandler(Exception.class)
    public ResponseEntity<Object> unexpected(Exception ex) {
        RuntimeException withoutMessage = new RuntimeException(ex.getClass().getName() + " (message withheld)");
        withoutMessage.setStackTrace(ex.getStackTrace());
        log.error("unexpected failure", withoutMessage);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error", List.of(new FieldProblem(BODY,
                "the check failed on the server; quote the requestId when reporting it")));
    }

    private ResponseEntity<Object> problem(HttpStatus status, String title, List<FieldProblem> errors) {
        ProblemDetail pd = Problems.of(status, title, errors);
        log.info("rejected request: {} {} ({} field problems)", status.value(), title, errors.size());
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

    /**
     * Bean Validation paths for map values look like {@code steps[FILING].date}; shown as JSON reads them,
     * {@code steps.FILING.date} (the form Jackson's errors use too). List indexes stay {@code [0]}.
     */
    static String cleanPath(String field) {
        return field.replace("<map value>", "").replace("<list element>", "")
                .replaceAll("\\[([A-Z][A-Z0-9_]*)]", ".$1").replace("..", ".");
    }
}
