package io.lawcheck.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The batch endpoint reads lines as bytes: CR LF and CR end lines as LF does, a line that is not UTF-8 gets its own
 * error naming the problem (the lines around it are checked), and with chunks of 250 lines (two slices each, checked
 * on both cores) every answer comes back once, in input order.
 */
@SpringBootTest(properties = "lawcheck.batch.chunk-size=250")
@AutoConfigureMockMvc
class BatchLinesTest {
    static final int LINES = 1_100;

    @Autowired
    MockMvc mvc;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void answersInOrderWithInvalidUtf8AndMixedLineEnds() throws Exception {
        GeneratedCases gen = new GeneratedCases(11L);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int i = 1; i <= LINES; i++) {
            byte[] line = gen.line(i).getBytes(StandardCharsets.UTF_8);
            if (invalid(i)) {
                line[line.length / 2] = (byte) 0xff; // inside the case: no longer UTF-8
            }
            body.write(line);
            body.write(i % 3 == 0 ? new byte[]{'\r', '\n'} : i % 3 == 1 ? new byte[]{'\n'} : new byte[]{'\r'});
        }
        // a case id in Chinese is valid UTF-8 (read as such, then refused by its pattern, not by the decoder)
        body.write("{\"caseId\":\"行政处罚-1\",\"actKind\":\"PENALTY\"}\n".getBytes(StandardCharsets.UTF_8));
        MvcResult started = mvc.perform(post("/api/v1/checks/batch").param("asOf", "2022-06-30")
                .contentType("application/x-ndjson").content(body.toByteArray()))
                .andExpect(request().asyncStarted()).andReturn();
        String out = mvc.perform(asyncDispatch(started)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        List<JsonNode> answers = new ArrayList<>();
        for (String line : out.split("\n")) {
            answers.add(json.readTree(line));
        }
        assertThat(answers).hasSize(LINES + 1);
        for (int i = 1; i <= LINES; i++) {
            JsonNode a = answers.get(i - 1);
            assertThat(a.path("line").asInt()).as("answer %d", i).isEqualTo(i);
            if (invalid(i)) {
                assertThat(a.at("/error/title").asText()).isEqualTo("Unreadable JSON");
                assertThat(a.at("/error/errors/0/field").asText()).isEqualTo("$");
                assertThat(a.at("/error/errors/0/reason").asText()).as("line %d", i)
                        .startsWith("is not UTF-8 text: invalid byte sequence at byte ");
            } else if (GeneratedCases.malformed(i)) {
                assertThat(a.has("error")).as("line %d", i).isTrue();
            } else {
                assertThat(a.path("caseId").asText()).as("line %d", i).isEqualTo(GeneratedCases.caseId(i));
                assertThat(a.has("error")).as("line %d: %s", i, a).isFalse();
            }
        }
        JsonNode chinese = answers.get(LINES);
        assertThat(chinese.path("line").asInt()).isEqualTo(LINES + 1);
        assertThat(chinese.at("/error/title").asText()).isEqualTo("Invalid case");
        assertThat(chinese.at("/error/errors/0/field").asText()).isEqualTo("caseId");
    }

    /** Lines made invalid UTF-8: spread over chunks and slices, never one of GeneratedCases' malformed lines. */
    private static boolean invalid(int line) {
        return line % 97 == 5;
    }
}
