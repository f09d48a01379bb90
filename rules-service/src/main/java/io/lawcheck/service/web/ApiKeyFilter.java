package io.lawcheck.service.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * API-key authentication for {@code /api/**} (registered for that path only: health, /v3/api-docs and static pages
 * stay open). With no key configured, authentication is off and every request passes (the start-up log says so
 * loudly). The key is compared in constant time: both sides are hashed with SHA-256 and compared with
 * {@link MessageDigest#isEqual}, and every configured key is compared, so timing reveals neither the key nor which
 * key matched. Hand-written rather than Spring Security: one header check needs no security framework, and the
 * framework would change the behaviour of every other endpoint (sessions, CSRF, default login).
 */
public class ApiKeyFilter implements Filter {
    public static final String HEADER = "X-API-Key";
    /** Shortest key accepted in the configuration: shorter ones are guessable. */
    public static final int MIN_KEY_LENGTH = 16;
    private static final Logger log = LoggerFactory.getLogger(ApiKeyFilter.class);

    private final List<byte[]> keyDigests;
    private final ObjectMapper json;

    public ApiKeyFilter(List<String> keys, ObjectMapper json) {
        for (String k : keys) {
            if (k == null || k.strip().length() < MIN_KEY_LENGTH) {
                throw new IllegalStateException("lawcheck.api.keys: every API key must have at least "
                        + MIN_KEY_LENGTH + " characters");
            }
        }
        this.keyDigests = keys.stream().map(k -> sha256(k.strip())).toList();
        this.json = json;
    }

    public boolean enabled() {
        return !keyDigests.isEmpty();
    }

    /** A plain filter (registered for REQUEST dispatches only, as {@link RequestIdFilter} says). */
    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws ServletException, IOException {
        if (!(req instanceof HttpServletRequest request) || !(res instanceof HttpServletResponse response)) {
            chain.doFilter(req, res);
            return;
        }
        if (!enabled() || "OPTIONS".equals(request.getMethod()) || accepted(request.getHeader(HEADER))) {
            chain.doFilter(request, response);
            return;
        }
        log.info("rejected request to {} {}: {} API key", request.getMethod(), request.getRequestURI(),
                request.getHeader(HEADER) == null ? "no" : "wrong");
        response.setHeader("WWW-Authenticate", "ApiKey header=\"" + HEADER + "\"");
        Problems.write(response, json, Problems.of(HttpStatus.UNAUTHORIZED, "API key required",
                List.of(new Problems.FieldProblem(HEADER, "header " + HEADER + " must carry a valid API key"))));
    }

    boolean accepted(String given) {
        if (given == null) {
            return false;
        }
        byte[] digest = sha256(given.strip());
        boolean match = false;
        for (byte[] key : keyDigests) {
            match |= MessageDigest.isEqual(key, digest); // no early exit: same time whichever key matches
        }
        return match;
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
