package io.lawcheck.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Iterator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 100,000 generated cases (fixed seed), 1% malformed, streamed over loopback HTTP: exactly one answer line per case,
 * in order, errors where the bad lines are, results everywhere else. Timing is printed, never asserted.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BatchLoadTest {
    static final int CASES = 100_000;

    @LocalServerPort
    int port;

    @Test
    void hundredThousandCasesComeBackOneLineEachInOrder() throws Exception {
        GeneratedCases gen = new GeneratedCases(4L);
        ByteArrayOutputStream body = new ByteArrayOutputStream(CASES * 700);
        for (int i = 1; i <= CASES; i++) {
            body.write(gen.line(i).getBytes(StandardCharsets.UTF_8));
            body.write('\n');
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/api/v1/checks/batch?asOf=2022-06-30"))
                .timeout(Duration.ofMinutes(5))
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        long start = System.nanoTime();
        HttpResponse<Stream<String>> response = client.send(request, HttpResponse.BodyHandlers.ofLines());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/x-ndjson"));
        ObjectMapper json = new ObjectMapper();
        int count = 0;
        int errors = 0;
        int violations = 0;
        try (Stream<String> lines = response.body()) {
            for (Iterator<String> it = lines.iterator(); it.hasNext(); ) {
                JsonNode node = json.readTree(it.next());
                count++;
                assertThat(node.path("line").asInt()).as("answer %d is for line %d", count, count).isEqualTo(count);
                if (GeneratedCases.malformed(count)) {
                    errors++;
                    String field = GeneratedCases.MALFORMED_FIELD[GeneratedCases.malformedKind(count)];
                    if (field == null) {
                        assertThat(node.path("error").path("title").asText()).isEqualTo("Unreadable JSON");
                    } else {
                        assertThat(node.path("error").path("errors").get(0).path("field").asText())
                                .as("line %d names its bad field: %s", count, node).isEqualTo(field);
                    }
                    assertThat(node.has("caseId")).isFalse();
                } else {
                    assertThat(node.path("caseId").asText()).isEqualTo(GeneratedCases.caseId(count));
                    assertThat(node.has("error")).as("line %d: %s", count, node).isFalse();
                    violations += node.path("summary").path("violations").asInt();
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(count).isEqualTo(CASES);
        assertThat(errors).isEqualTo(CASES / 100);
        assertThat(violations).as("the generated cases exercise the rules").isPositive();
        System.out.printf("batch: %d cases (%d MB) in %.1f s = %.0f cases/s over loopback HTTP%n", CASES,
                body.size() / 1_000_000, seconds, CASES / seconds);
    }
}
