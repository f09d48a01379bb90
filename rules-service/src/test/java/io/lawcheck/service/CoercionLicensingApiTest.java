package io.lawcheck.service;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The 行政强制 and 行政许可 samples through the HTTP API: the JSON sections reach the rules and come back cited. */
@SpringBootTest
@AutoConfigureMockMvc
class CoercionLicensingApiTest {
    @Autowired
    MockMvc mvc;

    @Test
    void seizureDisposedOfOneDayLateIsAViolationOfArt27() throws Exception {
        // seized Mon 2023-09-04: 30 natural days end on 10-04, a holiday; the period runs to Sat 10-07 (make-up day)
        mvc.perform(post("/api/v1/checks").param("asOf", "2024-01-15").contentType(MediaType.APPLICATION_JSON)
                        .content(Samples.read("seizure-overdue.json")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.caseId").value("SAMPLE-2023-C001"))
                .andExpect(jsonPath("$.findings[?(@.ruleId=='C-SEIZ-4')].status").value("VIOLATION"))
                .andExpect(jsonPath("$.findings[?(@.ruleId=='C-SEIZ-4')].ruleVersion").value("2012"))
                .andExpect(jsonPath("$.findings[?(@.ruleId=='C-SEIZ-4')].dueDate").value("2023-10-07"))
                .andExpect(jsonPath("$.findings[?(@.ruleId=='C-SEIZ-4')].citations[0].id").value("ACL-2011-27"))
                .andExpect(jsonPath("$.findings[?(@.ruleId=='C-SEIZ-4')].message.zh")
                        .value(hasItem(containsString("2023-10-08"))))
                .andExpect(jsonPath("$.summary.violations").value(1));
    }

    @Test
    void licenceDecidedAfterTwentyWorkingDaysIsLate() throws Exception {
        // accepted Fri 2023-09-15: 20 working days (Art 82) across the National Day week end on Thu 10-19
        mvc.perform(post("/api/v1/checks").param("asOf", "2024-01-15").contentType(MediaType.APPLICATION_JSON)
                        .content(Samples.read("licence-late.json")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.findings[?(@.ruleId=='L-DEC-1')].status").value("VIOLATION"))
                .andExpect(jsonPath("$.findings[?(@.ruleId=='L-DEC-1')].ruleVersion").value("2004"))
                .andExpect(jsonPath("$.findings[?(@.ruleId=='L-DEC-1')].dueDate").value("2023-10-19"))
                .andExpect(jsonPath("$.findings[?(@.ruleId=='L-DEC-1')].citations[0].id").value("ALIC-2019-42-1"))
                .andExpect(jsonPath("$.summary.violations").value(1));
    }

    @Test
    void preCheckOfBothSamplesShowsWhatIsAlreadyMet() throws Exception {
        mvc.perform(post("/api/v1/checks").param("asOf", "2024-01-15").param("mode", "PRECHECK")
                        .contentType(MediaType.APPLICATION_JSON).content(Samples.read("seizure-overdue.json")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.findings[?(@.ruleId=='C-PROC-1')].status").value("SATISFIED"))
                .andExpect(jsonPath("$.findings[?(@.ruleId=='C-SEIZ-4')].status").value("VIOLATION"));
        mvc.perform(post("/api/v1/checks").param("asOf", "2024-01-15").param("mode", "PRECHECK")
                        .contentType(MediaType.APPLICATION_JSON).content(Samples.read("licence-late.json")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.findings[?(@.ruleId=='L-DEC-6')].status").value("SATISFIED"))
                .andExpect(jsonPath("$.findings[?(@.ruleId=='L-DEC-1')].status").value("VIOLATION"));
    }

    @Test
    void negativePeriodIsNamed() throws Exception {
        String body = Samples.read("seizure-overdue.json").replace("\"periodDays\": 30", "\"periodDays\": -1");
        mvc.perform(post("/api/v1/checks").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("coercion.periodDays")));
    }

    @Test
    void badTimeIsNamed() throws Exception {
        String body = Samples.read("seizure-overdue.json").replace("\"10:30\"", "\"25:30\"");
        mvc.perform(post("/api/v1/checks").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("coercion.measureTime")));
    }
}
