package io.lawcheck.service;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class CheckApiTest {
    @Autowired
    MockMvc mvc;

    @Test
    void sampleCaseWithoutHearingNoticeGetsTheHearingViolationWithItsArticle() throws Exception {
        mvc.perform(post("/api/v1/checks").param("asOf", "2024-11-01").contentType(MediaType.APPLICATION_JSON)
                        .content(Samples.read("hearing-not-offered.json")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.caseId").value("SAMPLE-2024-0001"))
                .andExpect(jsonPath("$.asOf").value("2024-11-01"))
                .andExpect(jsonPath("$.catalogVersion").isNotEmpty())
                .andExpect(jsonPath("$.findings[?(@.ruleId=='P-HEAR-1')].status").value("VIOLATION"))
                .andExpect(jsonPath("$.findings[?(@.ruleId=='P-HEAR-1')].citations[0].id").value("APL-2021-63-1"))
                .andExpect(jsonPath("$.findings[?(@.ruleId=='P-HEAR-1')].parameters.fineThreshold").value("2000"))
                .andExpect(jsonPath("$.findings[?(@.ruleId=='P-OFF-1')].status").value("VIOLATION"))
                .andExpect(jsonPath("$.findings[?(@.ruleId=='P-SERV-1')].status").value("VIOLATION"))
                // 7 working days after Fri 2024-09-27: Sun 09-29 and Sat 10-12 are make-up working days
                .andExpect(jsonPath("$.findings[?(@.ruleId=='P-SERV-1')].dueDate").value("2024-10-12"))
                .andExpect(jsonPath("$.findings[?(@.ruleId=='P-OFF-2')].facts.uncertified").value("OFFICER-B"))
                .andExpect(jsonPath("$.summary.violations").value(4));
    }

    @Test
    void compliantCaseHasNoViolation() throws Exception {
        mvc.perform(post("/api/v1/checks").param("asOf", "2022-12-01").contentType(MediaType.APPLICATION_JSON)
                        .content(Samples.read("compliant-2022.json")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.summary.violations").value(0));
    }

    @Test
    void precheckOfADraftShowsTheOpenHearingWindow() throws Exception {
        // Notice served Thu 2026-11-19; 5 working days end Thu 2026-11-26.
        mvc.perform(post("/api/v1/checks").param("asOf", "2026-11-23").param("mode", "PRECHECK")
                        .contentType(MediaType.APPLICATION_JSON).content(Samples.read("draft-major-decision.json")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.mode").value("PRECHECK"))
                .andExpect(jsonPath("$.findings[?(@.ruleId=='P-HEAR-10')].status").value("PENDING"))
                .andExpect(jsonPath("$.findings[?(@.ruleId=='P-HEAR-10')].dueDate").value("2026-11-26"))
                .andExpect(jsonPath("$.findings[?(@.ruleId=='P-HEAR-1')].status").value("SATISFIED"))
                .andExpect(jsonPath("$.findings[?(@.ruleId=='P-REV-1')].status").value("NEEDS_REVIEW"))
                .andExpect(jsonPath("$.decisionWindow.earliest").value("2026-11-27"))
                .andExpect(jsonPath("$.decisionWindow.conditional").value(false))
                .andExpect(jsonPath("$.decisionWindow.reasons[0].bound").value("EARLIEST"))
                .andExpect(jsonPath("$.decisionWindow.reasons[0].ruleId").value("P-HEAR-10"))
                // 90 days from 2026-10-09 ends in 2027, which the holiday calendar does not cover yet: no latest
                // date is asserted; P-DEC-3 asks for a hand count instead.
                .andExpect(jsonPath("$.decisionWindow.latest").doesNotExist())
                .andExpect(jsonPath("$.findings[?(@.ruleId=='P-DEC-3')].status").value("NEEDS_REVIEW"));
    }

    @Test
    void aDecidedCaseHasNoDecisionWindow() throws Exception {
        mvc.perform(post("/api/v1/checks").param("asOf", "2024-11-01").param("mode", "PRECHECK")
                        .contentType(MediaType.APPLICATION_JSON).content(Samples.read("hearing-not-offered.json")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.decisionWindow").doesNotExist());
    }

    @Test
    void rulesAreListedWithCitationsAndDates() throws Exception {
        mvc.perform(get("/api/v1/rules"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ruleCount").value(greaterThanOrEqualTo(15)))
                .andExpect(jsonPath("$.rules[*].id").value(hasItem("P-HEAR-3")))
                .andExpect(jsonPath("$.rules[?(@.id=='P-HEAR-3')].versions[0].from").value("2021-07-15"))
                .andExpect(jsonPath("$.rules[?(@.id=='P-HEAR-3')].versions[0].citations[0].label.zh")
                        .value("中华人民共和国行政处罚法（2021年修订）第63条第1款"));
    }

    @Test
    void healthAndOpenApiAreServed() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/checks'].post").exists());
    }

    @Test
    void wrongContentTypeIs415ProblemJson() throws Exception {
        mvc.perform(post("/api/v1/checks").contentType(MediaType.TEXT_PLAIN).content("hello"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
