package io.lawcheck.service;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * No case field value ever reaches the log, even with Spring MVC and our own packages at DEBUG (where Spring logs
 * request bodies it reads). Requests carry distinctive values; the captured console output is scanned for them.
 */
@SpringBootTest(properties = {"logging.level.org.springframework.web=DEBUG", "logging.level.io.lawcheck=DEBUG",
        "logging.level.org.apache.catalina=DEBUG"})
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class LogPrivacyTest {
    private static final List<String> SECRETS = List.of("QZX-CASE-7731", "QZXOFFICER9", "QZXEVIDENCE", "987654.32",
            "2023-06-17", "130527", "QZXBADREF");

    @Autowired
    MockMvc mvc;

    private String distinctive() {
        return Samples.read("hearing-not-offered.json")
                .replace("SAMPLE-2024-0001", "QZX-CASE-7731")
                .replace("OFFICER-A", "QZXOFFICER9")
                .replace("\"caseId\"", "\"evidence\": [{\"kind\": \"QZXEVIDENCE\", \"status\": \"PRESENT\"}],\n"
                        + "  \"caseId\"")
                .replace("5000}],\n  \"decidedPenalties\"", "987654.32}],\n  \"decidedPenalties\"")
                .replace("2024-09-02", "2023-06-17")
                .replace("120101", "130527");
    }

    @Test
    void caseValuesNeverAppearInTheLog(CapturedOutput output) throws Exception {
        String good = distinctive();
        assertThat(good).contains(SECRETS.subList(0, 6));
        mvc.perform(post("/api/v1/checks").param("asOf", "2024-11-01").contentType(MediaType.APPLICATION_JSON)
                .content(good)).andExpect(status().isOk());
        // rejected requests: validation, type and contradiction errors quote values only back to the caller
        mvc.perform(post("/api/v1/checks").contentType(MediaType.APPLICATION_JSON)
                .content(good.replace("QZXOFFICER9", "QZXBADREF 王"))).andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/checks").contentType(MediaType.APPLICATION_JSON)
                .content(good.replace("\"2024-09-03\"", "\"2023-06-17x\""))).andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/checks").contentType(MediaType.APPLICATION_JSON)
                .content(good.replace("\"2024-09-27\"", "\"2023-06-17\""))).andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/checks").contentType(MediaType.APPLICATION_JSON)
                .content(good.replace("\"ADULT\"", "\"QZXBADREF\""))).andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/checks").contentType(MediaType.APPLICATION_JSON)
                .content(good.substring(0, good.indexOf("QZXOFFICER9") + 5))).andExpect(status().isBadRequest());

        String log = output.getAll();
        assertThat(log).as("the requests were logged at all").contains("rejected request");
        for (String secret : SECRETS) {
            assertThat(log).as("log must not contain %s", secret).doesNotContain(secret);
        }
    }
}
