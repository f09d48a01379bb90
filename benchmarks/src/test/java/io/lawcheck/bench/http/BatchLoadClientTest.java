package io.lawcheck.bench.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lawcheck.bench.CaseGenerator;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The batch load client's parts (nothing timed): the NDJSON it sends and how it counts the answer. */
class BatchLoadClientTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void generatedCasesBecomeOneJsonObjectPerLineInTheRequestShape() throws Exception {
        byte[][] lines = BatchLoad.lines(CaseGenerator.generate(500));
        for (int i = 0; i < lines.length; i++) {
            String line = new String(lines[i], StandardCharsets.UTF_8);
            assertThat(line).endsWith("\n");
            assertThat(line.indexOf('\n')).isEqualTo(line.length() - 1);
            JsonNode c = JSON.readTree(line);
            assertThat(c.path("caseId").asText()).isEqualTo("BENCH-" + i);
            assertThat(c.path("actKind").asText()).isIn("PENALTY", "COERCION", "LICENSING");
            assertThat(c.path("jurisdiction").asText()).matches("\\d{6}");
            // three-valued facts are booleans (unknown left out), never the model's YES/NO/UNKNOWN
            assertThat(line).doesNotContain("\"YES\"", "\"NO\"");
            c.path("steps").forEach(step -> assertThat(step.path("happened").isMissingNode()
                    || step.path("happened").isBoolean()).isTrue());
            c.path("officers").forEach(o -> assertThat(o.path("certified").isMissingNode()
                    || o.path("certified").isBoolean()).isTrue());
        }
    }

    @Test
    void theMixHasPenaltyCoercionAndLicensingFiles() throws Exception {
        java.util.Set<String> kinds = new java.util.HashSet<>();
        for (byte[] line : BatchLoad.lines(CaseGenerator.generate(500))) {
            kinds.add(JSON.readTree(line).path("actKind").asText());
        }
        assertThat(kinds).contains("PENALTY", "COERCION", "LICENSING");
    }

    @Test
    void requestBodyCyclesThroughTheLinesAndEndsAfterItsCount() throws Exception {
        byte[][] lines = {"a\n".getBytes(StandardCharsets.US_ASCII), "bb\n".getBytes(StandardCharsets.US_ASCII),
                "ccc\n".getBytes(StandardCharsets.US_ASCII)};
        AtomicLong sent = new AtomicLong();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try (InputStream in = new BatchLoad.Lines(lines, 2, 5, sent)) {
            byte[] small = new byte[3]; // reads that split lines
            for (int n; (n = in.read(small, 0, small.length)) > 0; ) {
                body.write(small, 0, n);
            }
            assertThat(in.read()).isEqualTo(-1);
        }
        assertThat(body.toString(StandardCharsets.US_ASCII)).isEqualTo("ccc\na\nbb\nccc\na\n");
        assertThat(sent.get()).isEqualTo(body.size());
    }

    @Test
    void answerLinesAndErrorLinesAreCountedAcrossBufferBoundaries() {
        String answer = "{\"line\":1,\"caseId\":\"A\",\"summary\":{\"engineErrors\":0},\"findings\":[]}\n"
                + "{\"line\":2,\"error\":{\"title\":\"Invalid case\",\"errors\":[]}}\n"
                + "{\"line\":3,\"caseId\":\"B\",\"findings\":[{\"message\":{\"en\":\"quoted \\\"error\\\": no\"}}]}\n";
        byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
        for (int split = 1; split < bytes.length; split++) {
            BatchLoad.LineCounter counter = new BatchLoad.LineCounter();
            byte[] first = java.util.Arrays.copyOfRange(bytes, 0, split);
            byte[] second = java.util.Arrays.copyOfRange(bytes, split, bytes.length);
            counter.accept(first, first.length);
            counter.accept(second, second.length);
            assertThat(counter.lines).as("split at %d", split).isEqualTo(3);
            assertThat(counter.errors).as("split at %d", split).isEqualTo(1);
        }
    }

    @Test
    void onlyTheLoopbackIsDriven() {
        assertThatThrownBy(() -> BatchLoad.main(new String[]{"http://10.1.2.3:8080", "1"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("loopback only");
    }
}
