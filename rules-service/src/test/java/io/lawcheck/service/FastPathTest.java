package io.lawcheck.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lawcheck.service.web.CheckFastPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The check endpoint's fast path ({@link CheckFastPath}) answers plain JSON checks exactly as Spring MVC does (same
 * status, body bytes and headers, over real HTTP), and leaves everything else to MVC: bad bodies, parameters and
 * media types get MVC's usual answers, with the body replayed where the fast path had read it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FastPathTest {
    /** Headers that differ between any two answers (or by how the body was framed), not by who answered. */
    private static final Set<String> PER_ANSWER = Set.of("date", "content-length", "transfer-encoding", "keep-alive",
            "connection");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    int port;
    @Autowired
    FilterRegistrationBean<CheckFastPath> registration;
    @Autowired
    ObjectMapper json;

    record Answer(int status, Map<String, String> headers, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    Answer post(String query, String contentType, String accept, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/checks" + query))
                .timeout(Duration.ofSeconds(30)).header("X-Request-Id", "fast-path-test")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (accept != null) {
            b.header("Accept", accept);
        }
        HttpResponse<byte[]> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        Map<String, String> headers = new TreeMap<>();
        r.headers().map().forEach((k, v) -> {
            if (!PER_ANSWER.contains(k.toLowerCase()) && !k.startsWith(":")) {
                headers.put(k.toLowerCase(), String.join(",", v));
            }
        });
        return new Answer(r.statusCode(), headers, r.body());
    }

    long answered() {
        return registration.getFilter().answered();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "hearing-not-offered.json, ?asOf=2024-11-01",
            "hearing-not-offered.json, ?asOf=2024-11-01&mode=PRECHECK",
            "compliant-2022.json, ?asOf=2022-12-01",
            "draft-major-decision.json, ?asOf=2026-11-23&mode=PRECHECK",
            "draft-major-decision.json, ?asOf=2024-11-01&mode=%20SUPERVISION%20",
            "compliant-2022.json, ''",
            "compliant-2022.json, ?asOf=1949-10-01",
            "compliant-2022.json, ?asOf=2099-12-31",
    })
    void answersAsSpringMvcDoesByteForByte(String sample, String query) throws Exception {
        String body = Samples.read(sample);
        long before = answered();
        // "application/json, */*" is not a form the fast path takes: Spring MVC answers it, negotiating application/json
        Answer mvc = post(query, "application/json", "application/json, */*", body);
        assertThat(answered()).as("MVC answered").isEqualTo(before);
        Answer fast = post(query, "application/json", "application/json", body);
        assertThat(answered()).as("the fast path answered").isEqualTo(before + 1);

        assertThat(mvc.status()).isEqualTo(200);
        assertThat(fast.status()).isEqualTo(200);
        assertThat(fast.text()).isEqualTo(mvc.text());
        assertThat(fast.headers()).isEqualTo(mvc.headers()).containsEntry("content-type", "application/json")
                .containsEntry("x-request-id", "fast-path-test");
    }

    @Test
    void otherPlainJsonFormsTakeTheFastPathToo() throws Exception {
        String body = Samples.read("compliant-2022.json");
        String expected = post("?asOf=2022-12-01", "application/json", "application/json, */*", body).text();
        for (String[] types : new String[][]{{"application/json;charset=UTF-8", null},
                {"Application/JSON; charset=\"utf-8\"", "*/*"}}) {
            long before = answered();
            Answer a = post("?asOf=2022-12-01", types[0], types[1], body);
            assertThat(answered()).as(String.join(" / ", types)).isEqualTo(before + 1);
            assertThat(a.text()).isEqualTo(expected);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unknown field       | \"procedure\"      | \"procedur\"      | procedur",
            "invalid (Bean Validation) | \"SAMPLE-2024-0001\" | \"\"    | caseId",
            "malformed JSON      | \"steps\": {       | \"steps\": {{     | steps",
    })
    void bodiesTheFastPathCannotAnswerAreReplayedToSpringMvc(String name, String from, String to, String field)
            throws Exception {
        String sample = Samples.read("hearing-not-offered.json");
        String body = sample.replace(from, to);
        assertThat(body).as("the edit applies").isNotEqualTo(sample);
        long before = answered();
        Answer a = post("?asOf=2024-11-01", "application/json", "application/json", body);
        assertThat(answered()).isEqualTo(before);
        assertThat(a.status()).as(a.text()).isEqualTo(400);
        assertThat(a.headers().get("content-type")).isEqualTo("application/problem+json");
        JsonNode problem = json.readTree(a.body());
        assertThat(problem.path("requestId").asText()).isEqualTo("fast-path-test");
        assertThat(problem.path("errors").findValuesAsText("field")).anySatisfy(f -> assertThat(f).startsWith(field));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource({
            "?asOf=2024-13-01, application/json, application/json, 400",
            "?mode=SOMETIMES, application/json, application/json, 400",
            "?asOf=1949-09-30, application/json, application/json, 400",
            "?asOf=2100-01-01, application/json, application/json, 400",
            "?asOf=2024-11-01, text/plain, application/json, 415",
            "?asOf=2024-11-01, application/json;charset=ISO-8859-1, application/json, 200",
            "?asOf=2024-11-01, application/json, text/html, 406",
    })
    void requestsNotPlainlyJsonGoToSpringMvcUntouched(String query, String contentType, String accept, int status)
            throws Exception {
        long before = answered();
        Answer a = post(query, contentType, accept, Samples.read("hearing-not-offered.json"));
        assertThat(a.status()).as(a.text()).isEqualTo(status);
        assertThat(answered()).isEqualTo(before);
    }

    @Test
    void theFastPathRunsAfterTheOtherFilters() {
        // request id (HIGHEST_PRECEDENCE), API key (+10), body limit (+20): all apply before the fast path answers
        assertThat(registration.getOrder()).isEqualTo(org.springframework.core.Ordered.HIGHEST_PRECEDENCE + 30);
        assertThat(registration.getUrlPatterns()).containsExactly("/api/v1/checks");
    }
}
