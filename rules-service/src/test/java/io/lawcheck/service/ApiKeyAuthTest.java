package io.lawcheck.service;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** With keys configured, /api/** needs X-API-Key; health and the API description stay open. */
@SpringBootTest(properties = "lawcheck.api.keys=first-key-0123456789,second-key-0123456789")
@AutoConfigureMockMvc
class ApiKeyAuthTest {
    @Autowired
    MockMvc mvc;

    @Test
    void requestWithoutKeyGets401ProblemJson() throws Exception {
        mvc.perform(post("/api/v1/checks").contentType(MediaType.APPLICATION_JSON)
                        .content(Samples.read("hearing-not-offered.json")))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("WWW-Authenticate", containsString("X-API-Key")))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.errors[0].field").value("X-API-Key"));
        mvc.perform(get("/api/v1/rules")).andExpect(status().isUnauthorized());
    }

    @Test
    void wrongKeyGets401() throws Exception {
        mvc.perform(get("/api/v1/rules").header("X-API-Key", "first-key-012345678")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/rules").header("X-API-Key", "")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/rules").header("X-API-Key", "first-key-0123456789x"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void eitherConfiguredKeyIsAccepted() throws Exception {
        mvc.perform(post("/api/v1/checks").param("asOf", "2024-11-01").header("X-API-Key", "first-key-0123456789")
                        .contentType(MediaType.APPLICATION_JSON).content(Samples.read("hearing-not-offered.json")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.summary.violations").value(4));
        mvc.perform(get("/api/v1/rules").header("X-API-Key", "second-key-0123456789")).andExpect(status().isOk());
    }

    @Test
    void healthAndApiDescriptionStayOpen() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk());
    }

    @Test
    void requestIdIsEchoedOnRejections() throws Exception {
        mvc.perform(get("/api/v1/rules").header("X-Request-Id", "lb-4711"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("X-Request-Id", "lb-4711"))
                .andExpect(jsonPath("$.requestId").value("lb-4711"));
    }
}
