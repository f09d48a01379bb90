package io.lawcheck.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lawcheck.service.web.BatchController;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;

/**
 * The exact field problems (field and reason, in order) of Bean Validation refusals, one per kind of constraint the
 * DTOs use, as Hibernate Validator 8.0 gave them before the move to 9.1 (docs/performance.md): the same texts, with
 * Jakarta EL for the messages that need it ({@code @DecimalMax}), in English and in Chinese, and several reasons
 * for one field sorted by reason (the validator's own order is a hash set's). Single checks (MVC) and batch lines
 * ({@code FieldProblems}) alike.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ValidationMessagesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    MockMvc mvc;

    static ObjectNode sample() {
        try {
            return (ObjectNode) JSON.readTree(Samples.read("hearing-not-offered.json"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Arguments bad(String name, Consumer<ObjectNode> edit, String... fieldReason) {
        ObjectNode c = sample();
        edit.accept(c);
        return Arguments.of(name, c.toString(), List.of(fieldReason));
    }

    static Stream<Arguments> english() {
        return Stream.of(
                bad("blank case id: two reasons, by reason", c -> c.put("caseId", ""),
                        "caseId: must be an opaque reference of letters, digits and _ . : / -",
                        "caseId: must not be blank"),
                bad("case id too long", c -> c.put("caseId", "X".repeat(65)), "caseId: size must be between 0 and 64"),
                bad("act kind missing", c -> c.remove("actKind"), "actKind: must not be null"),
                bad("amount: digits", c -> ((ObjectNode) c.get("decidedPenalties").get(0))
                                .put("amountYuan", new BigDecimal("12345678901234.123")),
                        "decidedPenalties[0].amountYuan: numeric value out of bounds (<13 digits>.<2 digits> expected)"),
                bad("penalty null", c -> ((ArrayNode) c.get("decidedPenalties")).addNull(),
                        "decidedPenalties[1]: must not be null"),
                bad("step null", c -> c.with("steps").putNull("FILING"), "steps.FILING: must not be null"),
                bad("receipt before the step", c -> c.with("steps").with("FILING").put("platformReceived", "2024-09-01"),
                        "steps.FILING.receiptAfterStep: platformReceived cannot be before the step's date"),
                bad("contradictions", c -> {
                    c.with("steps").with("DECISION").remove("date");
                    c.with("steps").with("DECISION").put("happened", false);
                }, "decidedPenalties: cannot be given when steps.DECISION.happened is false",
                        "steps.SERVICE: cannot have happened when steps.DECISION.happened is false"),
                bad("evidence", c -> {
                    ArrayNode e = c.putArray("evidence");
                    e.addObject().put("kind", "bad kind");
                    e.addObject().put("kind", "");
                    e.addNull();
                }, "evidence[0].kind: must be an evidence kind code in capitals, e.g. INQUIRY_RECORD",
                        "evidence[1].kind: must be an evidence kind code in capitals, e.g. INQUIRY_RECORD",
                        "evidence[1].kind: must not be blank",
                        "evidence[2]: must not be null"),
                bad("hearing agents", c -> c.with("penaltyProcedure").with("hearing").put("agentCount", -1),
                        "penaltyProcedure.hearing.agentCount: must be greater than or equal to 0"),
                bad("surcharge rate (an EL message)", c -> c.with("penaltyProcedure")
                                .put("surchargeRatePercentPerDay", new BigDecimal("100.5")),
                        "penaltyProcedure.surchargeRatePercentPerDay: must be less than or equal to 100"),
                bad("freeze amount: two reasons, by reason", c -> c.with("coercion")
                                .put("freezeAmount", new BigDecimal("-1.001")).put("periodDays", 400),
                        "coercion.freezeAmount: must be greater than or equal to 0",
                        "coercion.freezeAmount: numeric value out of bounds (<15 digits>.<2 digits> expected)",
                        "coercion.periodDays: must be less than or equal to 366"),
                bad("platform changes", c -> {
                    ArrayNode x = c.with("platform").putArray("basicInfoChanges");
                    x.addObject().put("changedOn", "2024-02-02").put("changeRequestedOn", "2024-01-01");
                    x.addObject();
                }, "platform.basicInfoChanges[0].requestAfterChange: changeRequestedOn cannot be before changedOn",
                        "platform.basicInfoChanges[1].changedOn: must not be null"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("english")
    void singleCheck(String name, String body, List<String> expected) throws Exception {
        assertThat(problems(check(body, "en"))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("english")
    void batchLine(String name, String body, List<String> expected) throws Exception {
        var started = mvc.perform(post("/api/v1/checks/batch?asOf=2024-11-01").contentType(BatchController.NDJSON)
                .accept(BatchController.NDJSON).content(body + "\n")).andExpect(request().asyncStarted()).andReturn();
        String answer = mvc.perform(asyncDispatch(started)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        JsonNode line = JSON.readTree(answer.strip());
        assertThat(line.path("error").path("title").asText()).isEqualTo("Invalid case");
        // the same fields as a single check, a null list element or step too ("evidence[2]", not "evidence[2].")
        assertThat(problems(line.path("error"))).isEqualTo(expected);
    }

    @Test
    void chineseMessages() throws Exception {
        ObjectNode c = sample();
        c.with("penaltyProcedure").put("surchargeRatePercentPerDay", new BigDecimal("100.5"));
        c.put("caseId", "");
        assertThat(problems(check(c.toString(), "zh-CN"))).containsExactly(
                "caseId: must be an opaque reference of letters, digits and _ . : / -",
                "caseId: 不能为空",
                "penaltyProcedure.surchargeRatePercentPerDay: 必须小于或等于100");
    }

    private JsonNode check(String body, String language) throws Exception {
        String answer = mvc.perform(post("/api/v1/checks?asOf=2024-11-01").contentType(MediaType.APPLICATION_JSON)
                        .header(HttpHeaders.ACCEPT_LANGUAGE, language).content(body))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        JsonNode problem = JSON.readTree(answer);
        assertThat(problem.path("status").asInt()).as(answer).isEqualTo(400);
        return problem;
    }

    private static List<String> problems(JsonNode problem) {
        List<String> out = new ArrayList<>();
        problem.path("errors").forEach(e -> out.add(e.path("field").asText() + ": " + e.path("reason").asText()));
        return out;
    }
}
