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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The penalty-procedure facts travel from JSON to the rules; the catalog lists the new rules and what they read. */
@SpringBootTest
@AutoConfigureMockMvc
class PenaltyProcedureApiTest {
    @Autowired
    MockMvc mvc;

    @Test
    void decisionDocumentWithoutSealIsReportedWithTheItem() throws Exception {
        String json = Samples.read("compliant-2022.json").replace("\"agencySeal\": true", "\"agencySeal\": false");
        mvc.perform(post("/api/v1/checks").param("asOf", "2022-12-01").contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.findings[?(@.ruleId=='P-DEC-2')].status").value("VIOLATION"))
                .andExpect(jsonPath("$.findings[?(@.ruleId=='P-DEC-2')].facts.missing").value("agencySeal"))
                .andExpect(jsonPath("$.summary.violations").value(1));
    }

    @Test
    void negativeCollectedAmountIsRejectedNamingTheField() throws Exception {
        String json = Samples.read("compliant-2022.json").replace("\"correctionOrdered\": true",
                "\"correctionOrdered\": true, \"collectedOnTheSpotYuan\": -5");
        mvc.perform(post("/api/v1/checks").param("asOf", "2022-12-01").contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("penaltyProcedure.collectedOnTheSpotYuan")));
    }

    @Test
    void catalogListsTheWholePenaltyCatalogWithDeclaredParameters() throws Exception {
        mvc.perform(get("/api/v1/rules"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ruleCount").value(greaterThanOrEqualTo(50)))
                .andExpect(jsonPath("$.rules[*].id").value(hasItem("P-SIMP-1")))
                .andExpect(jsonPath("$.rules[?(@.id=='P-SIMP-1')].versions[0].reads[0]").value("summary.fineLimit"));
    }
}
