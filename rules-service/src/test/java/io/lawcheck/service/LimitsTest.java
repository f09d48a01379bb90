package io.lawcheck.service;

import io.lawcheck.service.config.ServiceJson;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Size limits are configuration: here max-body is lowered to 4 KB. */
@SpringBootTest(properties = "lawcheck.limits.max-body=4KB")
@AutoConfigureMockMvc
class LimitsTest {
    @Autowired
    MockMvc mvc;

    @Test
    void bodyOverTheLimitGets413ProblemJson() throws Exception {
        String big = Samples.read("hearing-not-offered.json").replace("\"caseId\"",
                "\"evidence\": [" + "{\"kind\": \"INQUIRY_RECORD\", \"status\": \"PRESENT\"},".repeat(100)
                        + "{\"kind\": \"INQUIRY_RECORD\"}],\n  \"caseId\"");
        mvc.perform(post("/api/v1/checks").contentType(MediaType.APPLICATION_JSON).content(big))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("$"))
                .andExpect(jsonPath("$.errors[0].reason").value("request body must not be larger than 4096 bytes"));
    }

    @Test
    void bodyUnderTheLimitIsChecked() throws Exception {
        mvc.perform(post("/api/v1/checks").param("asOf", "2024-11-01").contentType(MediaType.APPLICATION_JSON)
                        .content(Samples.read("hearing-not-offered.json")))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Request-Id", matchesPattern("[0-9a-f-]{36}")));
    }

    @Test
    void deepNestingIsRefusedByTheParser() {
        assertThatThrownBy(() -> ServiceJson.mapper().readTree("[".repeat(33) + "]".repeat(33)))
                .hasMessageContaining("nesting depth");
    }
}
