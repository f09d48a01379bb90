package io.lawcheck.service.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.lawcheck.core.check.CheckMode;
import io.lawcheck.service.web.dto.CaseDto;
import io.lawcheck.service.web.dto.CheckResponse;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Enumeration;
import java.util.Locale;
import java.util.concurrent.atomic.LongAdder;

/**
 * Answers the ordinary {@code POST /api/v1/checks} (a JSON case that reads, validates and checks) without Spring MVC:
 * the same {@link CheckController#check} on the same ObjectMapper and Bean Validation, read from the body's bytes
 * with a pre-built reader and written with a pre-built writer to the output stream in one piece. In the profile,
 * Spring MVC's dispatch, handler lookup, argument resolution, content negotiation and the per-request event cost
 * about a fifth of a check's CPU, more than the rule engine's share (docs/performance.md).
 *
 * <p>Only for what MVC would answer with 200: anything else takes the ordinary path, so errors, status codes and
 * problem answers stay Spring's. Requests not plainly JSON in and JSON out (other media types or parameters,
 * several Accept values, no Content-Length, a query parameter that does not convert) go down the filter chain
 * untouched; a body that does not read, validate, map or check is replayed from the buffered bytes to Spring MVC,
 * which gives its usual 4xx/5xx answer. Registered after the request id, API key and body limit filters, so those
 * apply as before. Tests: {@code FastPathTest} (same bytes and headers as MVC, fallbacks).
 */
public final class CheckFastPath implements Filter {
    static final String PATH = "/api/v1/checks";
    private static final String JSON = "application/json";

    private final CheckController controller;
    private final ObjectReader reader;
    private final ObjectWriter writer;
    private final Validator validator;
    private final LongAdder answered = new LongAdder();

    public CheckFastPath(CheckController controller, ObjectMapper json, Validator validator) {
        this.controller = controller;
        // what Spring's Jackson converter uses: the application's mapper, a reader/writer for the declared types
        this.reader = json.readerFor(CaseDto.class);
        this.writer = json.writerFor(CheckResponse.class);
        this.validator = validator;
    }

    /** Requests answered here (not by Spring MVC), for tests. */
    public long answered() {
        return answered.sum();
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        if (!(req instanceof HttpServletRequest request) || !(res instanceof HttpServletResponse response)
                || !plainJsonPost(request)) {
            chain.doFilter(req, res);
            return;
        }
        LocalDate asOf;
        CheckMode mode;
        try {
            asOf = asOf(request.getParameter("asOf"));
            mode = mode(request.getParameter("mode"));
        } catch (RuntimeException e) {
            chain.doFilter(req, res); // Spring answers 400 naming the parameter (QueryParameters)
            return;
        }
        byte[] body = request.getInputStream().readNBytes((int) request.getContentLengthLong());
        byte[] answer = answer(body, asOf, mode);
        if (answer == null) {
            chain.doFilter(new Replayed(request, body), res);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(JSON);
        response.setContentLength(answer.length);
        response.getOutputStream().write(answer);
        answered.increment();
    }

    /** The answer's bytes, or null when Spring MVC must answer (it will refuse the body or fail the same way). */
    private byte[] answer(byte[] body, LocalDate asOf, CheckMode mode) {
        try {
            CaseDto dto = reader.readValue(body);
            if (dto == null || !validator.validate(dto).isEmpty()) {
                return null;
            }
            return writer.writeValueAsBytes(controller.check(dto, asOf, mode));
        } catch (IOException | RuntimeException e) {
            // An input error, or a failure MVC's ProblemHandler turns into problem+json; a failure after the check
            // (a bug) records the decision twice, once here and once when replayed.
            return null;
        }
    }

    /**
     * POST to exactly this path, {@code Content-Type: application/json} (charset absent or UTF-8, which Jackson
     * reads from the bytes as Spring's converter does), Accept absent, {@code application/json} or any, and a
     * Content-Length (chunked bodies go to MVC, where the body limit counts them as they are read).
     */
    static boolean plainJsonPost(HttpServletRequest request) {
        if (!"POST".equals(request.getMethod()) || !(request.getContextPath() + PATH).equals(request.getRequestURI())) {
            return false;
        }
        long length = request.getContentLengthLong();
        if (length < 1 || length > Integer.MAX_VALUE - 16 || request.getHeader("Transfer-Encoding") != null) {
            return false;
        }
        return jsonContentType(request.getHeaders("Content-Type")) && acceptsJson(request.getHeaders("Accept"));
    }

    static boolean jsonContentType(Enumeration<String> values) {
        String value = single(values);
        if (value == null) {
            return false;
        }
        String type = value.trim().toLowerCase(Locale.ROOT);
        if (type.equals(JSON)) {
            return true;
        }
        if (!type.startsWith(JSON)) {
            return false;
        }
        String rest = type.substring(JSON.length()).trim();
        if (!rest.startsWith(";")) {
            return false;
        }
        String param = rest.substring(1).replace(" ", "");
        return param.equals("charset=utf-8") || param.equals("charset=\"utf-8\"");
    }

    static boolean acceptsJson(Enumeration<String> values) {
        if (values == null || !values.hasMoreElements()) {
            return true;
        }
        String value = single(values);
        if (value == null) {
            return false;
        }
        String type = value.trim().toLowerCase(Locale.ROOT);
        return type.equals(JSON) || type.equals("*/*");
    }

    /** The only value, or null if none or several. */
    private static String single(Enumeration<String> values) {
        if (values == null || !values.hasMoreElements()) {
            return null;
        }
        String value = values.nextElement();
        return values.hasMoreElements() ? null : value;
    }

    /**
     * As {@link QueryParameters} reads {@code asOf}: absent, empty or blank is null (today); not a date, or outside
     * the range of a case's dates, throws (the request then goes to Spring MVC, which answers 400 naming it).
     */
    static LocalDate asOf(String value) {
        return value == null || value.isBlank() ? null : QueryParameters.supportedDate("asOf", value);
    }

    /** As {@link QueryParameters} reads {@code mode} (default SUPERVISION, trimmed). */
    static CheckMode mode(String value) {
        return value == null || value.isEmpty() ? CheckMode.SUPERVISION : CheckMode.valueOf(value.trim());
    }

    /** The request with its body read once, for Spring MVC to read again. */
    static final class Replayed extends HttpServletRequestWrapper {
        private final byte[] body;
        private ServletInputStream stream;

        Replayed(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            if (stream == null) {
                stream = stream(new ByteArrayInputStream(body));
            }
            return stream;
        }

        private static ServletInputStream stream(ByteArrayInputStream in) {
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body was already read");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), charset));
        }
    }
}
