package io.lawcheck.service.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the API's problem+json answers (for the exception handler and for servlet filters alike). */
public final class Problems {
    /** One bad field: its JSON path (e.g. {@code steps.DECISION.date}) and the reason; "" for the whole body. */
    public record FieldProblem(String field, String reason) {
    }

    private Problems() {
    }

    public static ProblemDetail of(HttpStatus status, String title, List<FieldProblem> errors) {
        ProblemDetail pd = ProblemDetail.forStatus(status);
        pd.setTitle(title);
        pd.setDetail(errors.stream().map(e -> (e.field().isEmpty() ? "" : e.field() + ": ") + e.reason())
                .reduce((a, b) -> a + "; " + b).orElse(title));
        pd.setProperty("errors", errors);
        String requestId = MDC.get(RequestIdFilter.MDC_KEY);
        if (requestId != null) {
            pd.setProperty("requestId", requestId);
        }
        return pd;
    }

    /** Writes a problem from a filter, before Spring MVC is reached. */
    static void write(HttpServletResponse response, ObjectMapper json, ProblemDetail pd) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", pd.getType().toString());
        body.put("title", pd.getTitle());
        body.put("status", pd.getStatus());
        body.put("detail", pd.getDetail());
        if (pd.getProperties() != null) {
            body.putAll(pd.getProperties());
        }
        response.setStatus(pd.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), body);
    }
}
