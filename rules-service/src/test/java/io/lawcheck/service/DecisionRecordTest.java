package io.lawcheck.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lawcheck.core.catalog.Catalog;
import io.lawcheck.service.records.CanonicalCase;
import io.lawcheck.service.records.RecordReplay;
import io.lawcheck.service.web.CaseIntake;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** With records on, each check leaves one JSON line without case content that replays to the same findings. */
@SpringBootTest
@AutoConfigureMockMvc
class DecisionRecordTest {
    static final Path RECORDS;

    static {
        try {
            // under the module's build directory, so that runs leave nothing in /tmp (mvn clean removes it)
            Path target = Files.createDirectories(Path.of("target"));
            RECORDS = Files.createTempDirectory(target, "lawcheck-records").resolve("sub/decisions.jsonl");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void records(DynamicPropertyRegistry registry) {
        registry.add("lawcheck.records.enabled", () -> "true");
        registry.add("lawcheck.records.path", RECORDS::toString);
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    Catalog catalog;

    private static String awaitLine(String requestId) throws Exception {
        for (int i = 0; i < 100; i++) { // at most 10 s
            if (Files.exists(RECORDS)) {
                for (String line : Files.readAllLines(RECORDS, StandardCharsets.UTF_8)) {
                    if (line.contains("\"" + requestId + "\"")) {
                        return line;
                    }
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no record for " + requestId);
    }

    @Test
    void recordNamesCatalogHashAndFindingsButNoCaseContentAndReplays() throws Exception {
        String sample = Samples.read("hearing-not-offered.json");
        mvc.perform(post("/api/v1/checks").param("asOf", "2024-11-01").header("X-Request-Id", "rec-1")
                .contentType(MediaType.APPLICATION_JSON).content(sample)).andExpect(status().isOk());

        String line = awaitLine("rec-1");
        JsonNode r = new ObjectMapper().readTree(line);
        assertThat(r.get("requestId").asText()).isEqualTo("rec-1");
        assertThat(r.get("time").asText()).isNotBlank();
        assertThat(r.get("asOf").asText()).isEqualTo("2024-11-01");
        assertThat(r.get("mode").asText()).isEqualTo("SUPERVISION");
        assertThat(r.get("catalogVersion").asText()).isEqualTo(catalog.version());
        assertThat(r.get("calendarVersion").asText()).isEqualTo(catalog.calendar().version());
        assertThat(r.has("warningLevel")).isTrue();
        assertThat(r.get("warningLevel").isNull()).isTrue();
        assertThat(r.get("inputSha256").asText()).isEqualTo(CanonicalCase.sha256(
                CaseIntake.standalone().read(sample.getBytes(StandardCharsets.UTF_8))));
        assertThat(r.get("findings").findValuesAsText("ruleId")).contains("P-HEAR-1", "P-OFF-1");
        assertThat(r.get("findings").findValuesAsText("status")).contains("VIOLATION");
        for (String content : List.of("SAMPLE-2024-0001", "OFFICER-A", "OFFICER-B", "120101", "2024-09-27", "5000")) {
            assertThat(line).as("record must not contain %s", content).doesNotContain(content);
        }

        RecordReplay.Outcome same = RecordReplay.replay(line, sample.getBytes(StandardCharsets.UTF_8), catalog);
        assertThat(same.inputMatches()).isTrue();
        assertThat(same.catalogMatches()).isTrue();
        assertThat(same.findingsMatch()).isTrue();
        assertThat(same.exitCode()).isZero();

        // the same case written differently (key order, spacing, 5000.00) is the same input
        String reformatted = sample.replace("5000}", "5000.00}").replace("\n", " ");
        assertThat(RecordReplay.replay(line, reformatted.getBytes(StandardCharsets.UTF_8), catalog).exitCode())
                .isZero();

        RecordReplay.Outcome other = RecordReplay.replay(line, sample.replace("\"OFFICER-B\", \"role\": \"AUXILIARY\"",
                "\"OFFICER-B\", \"role\": \"ENFORCEMENT_OFFICER\"").getBytes(StandardCharsets.UTF_8), catalog);
        assertThat(other.inputMatches()).isFalse();
        assertThat(other.exitCode()).isEqualTo(2);
    }

    @Test
    void warningDecisionsRecordTheirLevel() throws Exception {
        mvc.perform(post("/api/v1/warnings").param("asOf", "2019-10-11").header("X-Request-Id", "rec-warn")
                .contentType(MediaType.APPLICATION_JSON).content("{\"caseFile\":" + PlatformApiTest.LATE_CASE
                        + ",\"history\":" + PlatformApiTest.HISTORY + "}")).andExpect(status().isOk());
        JsonNode r = new ObjectMapper().readTree(awaitLine("rec-warn"));
        assertThat(r.get("warningLevel").asText()).isEqualTo("LEVEL_2");
        assertThat(r.get("mode").asText()).isEqualTo("PRECHECK");
        assertThat(r.get("findings").findValuesAsText("ruleId")).contains("PLAT-REC-1");
    }

    @Test
    void eachCaseOfABatchIsRecorded() throws Exception {
        String one = Samples.read("hearing-not-offered.json").replace("\n", " ");
        String body = one + "\n" + "{not json}\n" + one.replace("SAMPLE-2024-0001", "SAMPLE-2024-0002") + "\n";
        org.springframework.test.web.servlet.MvcResult started = mvc.perform(post("/api/v1/checks/batch")
                        .param("asOf", "2024-11-01").header("X-Request-Id", "rec-batch")
                        .contentType("application/x-ndjson").content(body))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.request().asyncStarted())
                .andReturn();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch(started))
                .andExpect(status().isOk());
        awaitLine("rec-batch");
        long recorded = 0;
        for (int i = 0; i < 100 && recorded < 2; i++) { // at most 10 s for the writer thread
            recorded = Files.readAllLines(RECORDS, StandardCharsets.UTF_8).stream()
                    .filter(l -> l.contains("\"rec-batch\"")).count();
            Thread.sleep(recorded < 2 ? 100 : 0);
        }
        assertThat(recorded).as("one record per valid case, none for the bad line").isEqualTo(2);
    }
}
