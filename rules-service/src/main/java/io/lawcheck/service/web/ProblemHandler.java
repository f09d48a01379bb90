package io.lawcheck.service.web;

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
import java.util.Comparator;
import java.util.List;

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
            errors.add(new FieldProblem(FieldProblems.cleanPath(fe.getField()), fe.getDefaultMessage()));
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

    /** The model refused a combination the validator let through (e.g. an inconsistent date pair). */
    @ExceptionHandler(IllegalArgumentException.class)
    public ResponseEntity<Object> illegalArgument(IllegalArgumentException ex) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid case", List.of(new FieldProblem("", ex.getMessage())));
    }

    /** A date the official holiday calendar does not cover: the checker refuses to guess working days. */
    @ExceptionHandler(io.lawcheck.core.calendar.OutsideCalendarException.class)
    public ResponseEntity<Object> outsideCalendar(io.lawcheck.core.calendar.OutsideCalendarException ex) {
        return problem(HttpStatus.BAD_REQUEST, "Date outside the calendar", List.of(new FieldProblem("asOf",
                "the period cannot be computed: a date lies outside the years the official calendar covers")));
    }

    /** A batch larger than configured (lawcheck.batch.max-bytes). */
    @ExceptionHandler(BatchController.BatchTooLargeException.class)
    public ResponseEntity<Object> batchTooLarge(BatchController.BatchTooLargeException ex) {
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, "Batch too large", List.of(new FieldProblem("", ex.getMessage())));
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
}
