package io.lawcheck.service;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Configurable batch limits: cases per request (an error line, then stop) and bytes (413 problem+json). */
@SpringBootTest(properties = {"lawcheck.batch.max-cases=5", "lawcheck.batch.max-bytes=20000",
        "lawcheck.batch.chunk-size=2"})
@AutoConfigureMockMvc
class BatchLimitsTest {
    @Autowired
    MockMvc mvc;

    @Test
    void linesBeyondTheLimitGetOneErrorLine() throws Exception {
        GeneratedCases gen = new GeneratedCases(1L);
        StringBuilder body = new StringBuilder();
        for (int i = 1; i <= 8; i++) {
            body.append(gen.line(i)).append('\n');
        }
        MvcResult started = mvc.perform(post("/api/v1/checks/batch").param("asOf", "2022-06-30")
                .contentType("application/x-ndjson").content(body.toString())).andReturn();
        String out = mvc.perform(asyncDispatch(started)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String[] lines = out.split("\n");
        assertThat(lines).hasSize(6);
        assertThat(lines[4]).contains("\"caseId\":\"GEN-000005\"");
        assertThat(lines[5]).contains("\"line\":6").contains("Batch limit exceeded");
    }

    @Test
    void oversizedBodyIs413() throws Exception {
        String big = (new GeneratedCases(2L).line(1) + "\n").repeat(40);
        mvc.perform(post("/api/v1/checks/batch").contentType("application/x-ndjson").content(big))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Batch too large"));
    }
}
