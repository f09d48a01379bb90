package io.lawcheck.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** POST /api/v1/warnings, /checks/batch and /statistics. */
@SpringBootTest
@AutoConfigureMockMvc
class PlatformApiTest {
    static final String NDJSON = "application/x-ndjson";
    /** A Tianjin district case of 2019 whose decision record reached the platform 3 working days late. */
    static final String LATE_CASE = "{\"caseId\":\"TJ-2019-0042\",\"actKind\":\"PENALTY\",\"agencySystem\":"
            + "\"MARKET_REGULATION\",\"jurisdiction\":\"120101\",\"agencyLevel\":\"DISTRICT\",\"procedure\":\"GENERAL\","
            + "\"steps\":{\"DECISION\":{\"date\":\"2019-09-20\",\"platformReceived\":\"2019-09-26\"}},"
            + "\"judgements\":{\"majorPublicInterest\":false,\"majorRightsAffected\":false,"
            + "\"complexMultipleRelations\":false,\"reviewRequiredByOtherLaw\":false}}";
    static final String HISTORY = "[{\"level\":\"LEVEL_1\",\"raised\":\"2019-09-27\"}]";

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Test
    void unhandledLevel1BecomesLevel2ForTheDistrictLegalOfficeAfterNationalDay() throws Exception {
        mvc.perform(post("/api/v1/warnings").param("asOf", "2019-10-11").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"caseFile\":" + LATE_CASE + ",\"history\":" + HISTORY + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.caseId").value("TJ-2019-0042"))
                .andExpect(jsonPath("$.inScope").value(true))
                .andExpect(jsonPath("$.level").value("LEVEL_2"))
                .andExpect(jsonPath("$.levelLabel.zh").value("二级预警"))
                .andExpect(jsonPath("$.responsible").value("DISTRICT_LEGAL_OFFICE"))
                .andExpect(jsonPath("$.raisedOn").value("2019-10-11"))
                .andExpect(jsonPath("$.handlingDeadline").value("2019-10-17"))
                .andExpect(jsonPath("$.escalatesOn").value("2019-10-18"))
                .andExpect(jsonPath("$.triggers[*].ruleId").value(hasItem("PLAT-REC-1")))
                .andExpect(jsonPath("$.majorCase").value("YES"))
                .andExpect(jsonPath("$.majorCaseSupervisor").value("DISTRICT_LEGAL_OFFICE"))
                .andExpect(jsonPath("$.limitsBasis").value("UNVERIFIED"));
    }

    @Test
    void badHistoryIsNamed() throws Exception {
        mvc.perform(post("/api/v1/warnings").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"caseFile\":" + LATE_CASE + ",\"history\":[{\"level\":\"LEVEL_1\",\"raised\":"
                                + "\"2019-09-27\",\"handled\":\"2019-09-01\"}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("history[0].handledAfterRaised")));
        mvc.perform(post("/api/v1/warnings").contentType(MediaType.APPLICATION_JSON).content("{\"history\":[]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("caseFile")));
    }

    List<JsonNode> batch(String body) throws Exception {
        MvcResult started = mvc.perform(post("/api/v1/checks/batch").param("asOf", "2022-06-30")
                        .contentType(NDJSON).content(body))
                .andExpect(request().asyncStarted()).andReturn();
        String out = mvc.perform(asyncDispatch(started)).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(NDJSON))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<JsonNode> lines = new java.util.ArrayList<>();
        for (String line : out.split("\n")) {
            lines.add(json.readTree(line));
        }
        return lines;
    }

    @Test
    void batchAnswersEveryLineInOrderAndNamesTheBadOnes() throws Exception {
        GeneratedCases gen = new GeneratedCases(7L);
        StringBuilder body = new StringBuilder();
        for (int i = 1; i <= 520; i++) {
            body.append(i == 300 ? "" : gen.line(i)).append('\n'); // line 300 blank: skipped, still counted
        }
        body.append("{\"caseId\":\"X\",\"actKind\":\"PENALTY\",\"steps\":{\"FILING\":{\"happened\":false,"
                + "\"date\":\"2020-01-02\"}}}\n");
        body.append("[1,2]\n");
        body.append(LATE_CASE).append('\n');
        List<JsonNode> lines = batch(body.toString());
        assertThat(lines).hasSize(522);
        int expectedLine = 0;
        for (JsonNode n : lines) {
            expectedLine += expectedLine == 299 ? 2 : 1;
            assertThat(n.path("line").asInt()).isEqualTo(expectedLine);
            if (expectedLine <= 520 && GeneratedCases.malformed(expectedLine)) {
                assertThat(n.has("error")).as("line %d", expectedLine).isTrue();
                String field = GeneratedCases.MALFORMED_FIELD[GeneratedCases.malformedKind(expectedLine)];
                if (field != null) {
                    assertThat(n.at("/error/errors/0/field").asText()).isEqualTo(field);
                }
            } else if (expectedLine <= 520) {
                assertThat(n.path("caseId").asText()).isEqualTo(GeneratedCases.caseId(expectedLine));
            }
        }
        assertThat(lines.get(519).at("/error/errors/0/field").asText()).isEqualTo("steps.FILING.dateConsistent");
        assertThat(lines.get(520).at("/error/title").asText()).isEqualTo("Unreadable JSON");
        JsonNode late = lines.get(521);
        assertThat(late.path("caseId").asText()).isEqualTo("TJ-2019-0042");
        assertThat(late.path("findings").findValuesAsText("ruleId")).contains("PLAT-REC-1");
        assertThat(late.path("line").asInt()).isEqualTo(523);
    }

    @Test
    void batchRefusesOtherContentTypes() throws Exception {
        mvc.perform(post("/api/v1/checks/batch").contentType(MediaType.APPLICATION_JSON).content(LATE_CASE))
                .andExpect(status().isUnsupportedMediaType());
    }

    @Test
    void statisticsCountByRuleSystemLevelAndMonth() throws Exception {
        String line = "{\"caseFile\":" + LATE_CASE + ",\"history\":" + HISTORY + "}";
        String wuhan = "{\"caseFile\":" + LATE_CASE.replace("120101", "420102").replace("TJ-2019-0042", "WH-1")
                + "}";
        String body = line + "\n" + wuhan + "\n" + "{\"caseFile\":{\"caseId\":\"\"}}\n" + line + "\n";
        mvc.perform(post("/api/v1/statistics").param("asOf", "2019-10-18").contentType(NDJSON).content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.statistics.cases").value(3))
                .andExpect(jsonPath("$.statistics.invalidLines").value(1))
                .andExpect(jsonPath("$.statistics.byRule['PLAT-REC-1'].VIOLATION").value(2))
                .andExpect(jsonPath("$.statistics.byAgencySystem.MARKET_REGULATION.cases").value(3))
                .andExpect(jsonPath("$.statistics.byAgencySystem.MARKET_REGULATION.warned").value(2))
                .andExpect(jsonPath("$.statistics.byWarningLevel.LEVEL_3").value(2))
                .andExpect(jsonPath("$.statistics.byWarningLevel.NONE").value(1))
                .andExpect(jsonPath("$.statistics.byMonth['2019-09'].cases").value(3))
                .andExpect(jsonPath("$.invalidLines[0].line").value(3))
                .andExpect(jsonPath("$.invalidLines[0].error.errors[*].field").value(hasItem("caseFile.caseId")));
    }
}
