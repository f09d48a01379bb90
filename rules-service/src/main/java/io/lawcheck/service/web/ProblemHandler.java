package io.lawcheck.service.web;

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
import java.util.List;

/**
 * Turns bad input into {@code application/problem+json} with an {@code errors} list naming each bad field and why.
 * Never echoes case content and never returns a stack trace.
 */
@RestControllerAdvice
public class ProblemHandler extends ResponseEntityExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    /** The field name used for problems with the body as a whole (malformed JSON, too large, missing). */
    public static final String BODY = FieldProblems.BODY;

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(@NonNull MethodArgumentNotValidException ex,
                                                                  @NonNull HttpHeaders headers,
                                                                  @NonNull HttpStatusCode status,
                                                                  @NonNull WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        for (FieldError fe : ex.getBindingResult().getFieldErrors()) {
            errors.add(new FieldProblem(FieldProblems.cleanPath(fe.getField()), fe.getDefaultMessage()));
        }
        ex.getBindingResult().getGlobalErrors().forEach(ge -> errors.add(new FieldProblem(BODY,
                ge.getDefaultMessage())));
        errors.sort(FieldProblems.ORDER);
        return problem(HttpStatus.BAD_REQUEST, "Invalid case", errors);
    }

    /** A date the official holiday calendar does not cover: the checker refuses to guess working days. */
    @ExceptionHandler(io.lawcheck.core.calendar.OutsideCalendarException.class)
    public ResponseEntity<Object> outsideCalendar(io.lawcheck.core.calendar.OutsideCalendarException ex) {
        return problem(HttpStatus.BAD_REQUEST, "Date outside the calendar", List.of(new FieldProblem("asOf",
                "the period cannot be computed: a date lies outside the years the official calendar covers")));
    }

    /** {@code asOf} outside 1949-10-01..2099-12-31: refused as a body date there would be, with the same reason. */
    @ExceptionHandler(QueryParameters.DateOutOfRangeException.class)
    public ResponseEntity<Object> dateOutOfRange(QueryParameters.DateOutOfRangeException ex) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid parameter", List.of(new FieldProblem(ex.parameter(),
                io.lawcheck.service.web.dto.ConsistentCaseValidator.RANGE_REASON)));
    }

    /** A batch larger than configured (lawcheck.batch.max-bytes). */
    @ExceptionHandler(BatchController.BatchTooLargeException.class)
    public ResponseEntity<Object> batchTooLarge(BatchController.BatchTooLargeException ex) {
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, "Batch too large", List.of(new FieldProblem(BODY,
                ex.getMessage())));
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
        return problem(HttpStatus.BAD_REQUEST, "Unreadable JSON", List.of(FieldProblems.describe(ex.getCause())));
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
        String expected = ex.getRequiredType() == null ? "a valid value" : FieldProblems.expectation(ex.getRequiredType());
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
}
