package io.lawcheck.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lawcheck.service.web.BatchController;
import io.lawcheck.service.web.CaseIntake;
import io.lawcheck.service.web.InvalidCaseException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;

/**
 * A batch line names its fields exactly as a single check does: for each invalid case, the problems (field and
 * reason, in order) and the title of the single check's problem+json equal those of the batch line's error. Before,
 * a batch line named a null list element or step {@code evidence[2].} / {@code steps.FILING.} (a trailing dot from
 * Hibernate Validator's container-element node). {@link CaseIntake}, the request path without HTTP, names them alike.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SingleBatchParityTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    MockMvc mvc;

    static Arguments bad(String name, Consumer<ObjectNode> edit) {
        ObjectNode c = BadRequestsTest.sample();
        edit.accept(c);
        return Arguments.of(name, c.toString());
    }

    static Stream<Arguments> invalidCases() {
        return Stream.of(
                bad("null list element", c -> c.putArray("evidence").addNull()),
                bad("null evidence after a valid one", c -> {
                    ArrayNode e = c.putArray("evidence");
                    e.addObject().put("kind", "INQUIRY_RECORD").put("status", "PRESENT");
                    e.addNull();
                }),
                bad("null penalty", c -> ((ArrayNode) c.get("decidedPenalties")).addNull()),
                bad("null officer", c -> ((ArrayNode) c.get("officers")).setNull(0)),
                bad("null step", c -> c.with("steps").putNull("FILING")),
                bad("two null steps and a null officer", c -> {
                    c.with("steps").putNull("FILING");
                    c.with("steps").putNull("DECISION");
                    ((ArrayNode) c.get("officers")).setNull(0);
                }),
                bad("null basic-information change", c -> c.with("platform").putArray("basicInfoChanges").addNull()),
                bad("wrong type: amount as text", c -> ((ObjectNode) c.get("decidedPenalties").get(0))
                        .put("amountYuan", "lots")),
                bad("wrong type: step as a string", c -> c.with("steps").put("FILING", "2024-09-03")),
                bad("wrong type: unknown enum", c -> c.put("actKind", "FINE")),
                bad("unreadable date", c -> c.with("steps").with("FILING").put("date", "2024-13-03")),
                bad("unknown field", c -> c.put("partyIdNumber", "110101")),
                bad("step date out of range", c -> c.with("steps").with("DISCOVERY").put("date", "1900-01-01")),
                bad("missing required field", c -> c.remove("actKind")),
                bad("missing required nested field", c -> c.with("platform").putArray("basicInfoChanges")
                        .addObject().put("kind", "NAME")),
                bad("nested date out of range", c -> c.with("coercion").put("measureDate", "2150-01-01")),
                bad("nested list date out of range", c -> c.with("platform").putArray("basicInfoChanges")
                        .addObject().put("changedOn", "1900-01-01")),
                bad("formalities date out of range", c -> c.with("penaltyFormalities").with("officerWithdrawal")
                        .put("appliedOn", "1900-01-01")),
                bad("dates in an impossible order", c -> c.with("steps").with("SERVICE").put("date", "2024-09-01")),
                bad("many at once", c -> {
                    c.put("caseId", "");
                    c.with("licensing").put("decisionDate", "1800-01-01");
                    c.with("penaltyProcedure").put("surchargeFrom", "2100-01-01");
                    c.with("steps").putNull("FILING");
                    c.putArray("evidence").addNull();
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidCases")
    void aBatchLineNamesTheFieldsAsASingleCheck(String name, String body) throws Exception {
        MvcResult r = mvc.perform(post("/api/v1/checks").param("asOf", "2024-11-01")
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn();
        String answer = r.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(r.getResponse().getStatus()).as(answer).isEqualTo(400);
        JsonNode single = JSON.readTree(answer);
        List<String> singleProblems = DateRangeGuardTest.problems(single);
        assertThat(singleProblems).as(answer).isNotEmpty();
        singleProblems.forEach(p -> assertThat(p).as("no trailing dot, no container node").doesNotContain(".:")
                .doesNotContain("<"));

        var started = mvc.perform(post("/api/v1/checks/batch?asOf=2024-11-01").contentType(BatchController.NDJSON)
                .accept(BatchController.NDJSON).content(body + "\n")).andExpect(request().asyncStarted()).andReturn();
        JsonNode line = JSON.readTree(mvc.perform(asyncDispatch(started)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8).strip());
        assertThat(DateRangeGuardTest.problems(line.path("error"))).as(line.toString()).isEqualTo(singleProblems);
        assertThat(line.path("error").path("title").asText()).isEqualTo(single.path("title").asText());

        // the same fields from the request path without HTTP, where Bean Validation refuses the case
        if ("Invalid case".equals(single.path("title").asText())) {
            try {
                CaseIntake.standalone().read(body.getBytes(StandardCharsets.UTF_8));
                throw new AssertionError("CaseIntake accepted " + name);
            } catch (InvalidCaseException e) {
                assertThat(e.getMessage()).isEqualTo(String.join("; ", singleProblems.stream().sorted().toList()));
            }
        }
    }
}
