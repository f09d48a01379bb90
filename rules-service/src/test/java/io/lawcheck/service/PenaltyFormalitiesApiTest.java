package io.lawcheck.service;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The penaltyFormalities facts (deferred payment, court application, on-the-spot form, officers' withdrawal) travel
 * from JSON to the rules, and their dates are checked like the other case dates.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PenaltyFormalitiesApiTest {
    private static final String SAMPLE = "deferred-fine-late-court-application.json";

    @Autowired
    MockMvc mvc;

    @Test
    void courtApplicationCountedFromTheEndOfTheDeferral() throws Exception {
        // deferral ends 2022-07-01; 3 months end on National Day, moved to the make-up working day 2022-10-08
        mvc.perform(post("/api/v1/checks").param("asOf", "2022-12-01").contentType(MediaType.APPLICATION_JSON)
                        .content(Samples.read(SAMPLE)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.findings[?(@.ruleId=='P-PAY-8')].status").value("VIOLATION"))
                .andExpect(jsonPath("$.findings[?(@.ruleId=='P-PAY-8')].dueDate").value("2022-10-08"))
                .andExpect(jsonPath("$.findings[?(@.ruleId=='P-PAY-6')]").isEmpty());
    }

    @Test
    void refusedApprovalIsReportedByPayment6() throws Exception {
        String json = Samples.read(SAMPLE).replace("\"agencyApproved\": true", "\"agencyApproved\": false");
        mvc.perform(post("/api/v1/checks").param("asOf", "2022-12-01").contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.findings[?(@.ruleId=='P-PAY-6')].status").value("VIOLATION"))
                .andExpect(jsonPath("$.findings[?(@.ruleId=='P-PAY-8')]").isEmpty());
    }

    @Test
    void badDeferralDateIsNamed() throws Exception {
        String json = Samples.read(SAMPLE).replace("\"periodEnd\": \"2022-07-01\"", "\"periodEnd\": \"2022-13-01\"");
        mvc.perform(post("/api/v1/checks").param("asOf", "2022-12-01").contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("penaltyFormalities.paymentDeferral.periodEnd")));
    }

    private static String withWithdrawal(String withdrawal) throws Exception {
        return Samples.read(SAMPLE).replace("\"remedySought\": false", "\"remedySought\": false,\n    \"officerWithdrawal\": "
                + withdrawal);
    }

    @Test
    void withdrawalApplicationNotDecidedBeforeThePenaltyIsReported() throws Exception {
        // the penalty was decided on 2021-12-15 (2021 text: the agency head decides the party's application)
        mvc.perform(post("/api/v1/checks").param("asOf", "2022-12-01").contentType(MediaType.APPLICATION_JSON)
                        .content(withWithdrawal("{\"partyApplied\": true, \"appliedOn\": \"2021-11-20\", \"decided\": false}")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.findings[?(@.ruleId=='P-REC-1')].status").value("VIOLATION"))
                .andExpect(jsonPath("$.findings[?(@.ruleId=='P-REC-1')].ruleVersion").value("2021"));
        mvc.perform(post("/api/v1/checks").param("asOf", "2022-12-01").contentType(MediaType.APPLICATION_JSON)
                        .content(withWithdrawal("{\"appliedOn\": \"2021-11-20\", \"decidedOn\": \"2021-11-25\","
                                + " \"decidedByAgencyHead\": true}")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.findings[?(@.ruleId=='P-REC-1')]").isEmpty());
        mvc.perform(post("/api/v1/checks").param("asOf", "2022-12-01").contentType(MediaType.APPLICATION_JSON)
                        .content(withWithdrawal("{\"relatedOfficerActed\": true}")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.findings[?(@.ruleId=='P-REC-1')].status").value("VIOLATION"));
    }

    @Test
    void withdrawalDecidedBeforeItWasAppliedForIsRejectedNamingTheField() throws Exception {
        mvc.perform(post("/api/v1/checks").param("asOf", "2022-12-01").contentType(MediaType.APPLICATION_JSON)
                        .content(withWithdrawal("{\"appliedOn\": \"2021-11-20\", \"decidedOn\": \"2021-11-19\"}")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("penaltyFormalities.officerWithdrawal.decidedOn")));
    }

    @Test
    void formalitiesDatesOutOfRangeAreRejectedNamingTheField() throws Exception {
        String json = Samples.read(SAMPLE).replace("\"periodEnd\": \"2022-07-01\"", "\"periodEnd\": \"2150-07-01\"")
                .replace("\"courtApplicationDate\": \"2022-10-09\"", "\"courtApplicationDate\": \"1900-10-09\"");
        mvc.perform(post("/api/v1/checks").param("asOf", "2022-12-01").contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("penaltyFormalities.paymentDeferral.periodEnd")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("penaltyFormalities.courtApplicationDate")));
    }
}
