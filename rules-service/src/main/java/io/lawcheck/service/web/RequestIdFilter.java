package io.lawcheck.service.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

import java.io.IOException;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Gives every request an id: the caller's {@code X-Request-Id} when it is a plain token (a load balancer's id),
 * else a new UUID. It goes into the log lines (MDC key {@code requestId}), the response header, problem answers
 * and decision records, so one request can be followed across them without logging case data.
 * A plain filter, not a {@code OncePerRequestFilter}: it is registered for REQUEST dispatches only, so the
 * per-request "already filtered" attribute bookkeeping bought nothing (docs/performance.md).
 */
public class RequestIdFilter implements Filter {
    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    /** Only plain tokens are echoed and logged: no log injection through the header. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws ServletException, IOException {
        if (!(req instanceof HttpServletRequest request) || !(res instanceof HttpServletResponse response)) {
            chain.doFilter(req, res);
            return;
        }
        String given = request.getHeader(HEADER);
        String id = given != null && TOKEN.matcher(given).matches() ? given : newId();
        MDC.put(MDC_KEY, id);
        response.setHeader(HEADER, id);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(MDC_KEY);
        }
    }

    /**
     * A random (version 4) UUID from {@link ThreadLocalRandom}: an id to follow a request by, not a secret, so it
     * needs no {@code SecureRandom} ({@link UUID#randomUUID()} reads it under a lock, 2% of a check's samples).
     */
    static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long msb = random.nextLong() & ~0xF000L | 0x4000L;
        long lsb = random.nextLong() & ~0xC000_0000_0000_0000L | 0x8000_0000_0000_0000L;
        return new UUID(msb, lsb).toString();
    }

    public static String current() {
        return MDC.get(MDC_KEY);
    }
}
