package io.lawcheck.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The input contract: every malformed, incomplete, contradictory or oversized request gets a 4xx
 * {@code application/problem+json} answer whose {@code errors} name the field ({@code $} = the body as a whole) and
 * say why; never a 500, never a stack trace. Each case edits the sample "hearing-not-offered" one way.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BadRequestsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    MockMvc mvc;

    /** A bad request: a name, the body, and the field its problem must name. */
    record Bad(String name, String body, String field) {
        @Override
        public String toString() {
            return name;
        }
    }

    static ObjectNode sample() {
        try {
            return (ObjectNode) JSON.readTree(Samples.read("hearing-not-offered.json"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static ObjectNode withdrawal(ObjectNode c) {
        return (ObjectNode) c.with("penaltyFormalities").with("officerWithdrawal");
    }

    static Bad edit(String name, String field, Consumer<ObjectNode> change) {
        ObjectNode c = sample();
        change.accept(c);
        return new Bad(name, c.toString(), field);
    }

    static Bad raw(String name, String field, String body) {
        return new Bad(name, body, field);
    }

    static ObjectNode step(ObjectNode c, String kind) {
        return (ObjectNode) c.with("steps").with(kind);
    }

    static ObjectNode officer(ObjectNode c) {
        return (ObjectNode) c.get("officers").get(0);
    }

    static ObjectNode decided(ObjectNode c) {
        return (ObjectNode) c.get("decidedPenalties").get(0);
    }

    static List<Bad> badRequests() {
        List<Bad> all = new ArrayList<>();
        // identity and kinds
        all.add(edit("case id missing", "caseId", c -> c.remove("caseId")));
        all.add(edit("case id blank", "caseId", c -> c.put("caseId", "")));
        all.add(edit("case id too long", "caseId", c -> c.put("caseId", "X".repeat(65))));
        all.add(edit("case id looks like a name", "caseId", c -> c.put("caseId", "张三 110101199001011234")));
        all.add(edit("case id is an object", "caseId", c -> c.putObject("caseId")));
        all.add(edit("act kind missing", "actKind", c -> c.remove("actKind")));
        all.add(edit("act kind unknown", "actKind", c -> c.put("actKind", "FINE")));
        all.add(edit("act kind as a number", "actKind", c -> c.put("actKind", 0)));
        all.add(edit("act kind empty string", "actKind", c -> c.put("actKind", "")));
        all.add(edit("agency system unknown", "agencySystem", c -> c.put("agencySystem", "POLICE")));
        all.add(edit("agency system in lower case", "agencySystem", c -> c.put("agencySystem", "public_security")));
        all.add(edit("jurisdiction five digits", "jurisdiction", c -> c.put("jurisdiction", "12010")));
        all.add(edit("jurisdiction letters", "jurisdiction", c -> c.put("jurisdiction", "12AB01")));
        all.add(edit("agency level unknown", "agencyLevel", c -> c.put("agencyLevel", "CITYWIDE")));
        all.add(edit("party kind unknown", "party.kind", c -> c.with("party").put("kind", "PERSON")));
        all.add(edit("party age band unknown", "party.ageBand", c -> c.with("party").put("ageBand", "OLD")));
        all.add(edit("party as a string", "party", c -> c.put("party", "INDIVIDUAL")));
        all.add(edit("party name is refused", "party.name", c -> c.with("party").put("name", "王五")));
        all.add(edit("procedure unknown", "procedure", c -> c.put("procedure", "FAST")));
        all.add(edit("unknown top-level field", "partyIdNumber", c -> c.put("partyIdNumber", "110101")));
        // penalties
        all.add(edit("negative proposed amount", "proposedPenalties[0].amountYuan",
                c -> ((ObjectNode) c.get("proposedPenalties").get(0)).put("amountYuan", -5)));
        all.add(edit("negative decided amount", "decidedPenalties[0].amountYuan",
                c -> decided(c).put("amountYuan", -0.01)));
        all.add(edit("three decimals", "decidedPenalties[0].amountYuan",
                c -> decided(c).put("amountYuan", new java.math.BigDecimal("5000.123"))));
        all.add(edit("fourteen integer digits", "decidedPenalties[0].amountYuan",
                c -> decided(c).put("amountYuan", new java.math.BigDecimal("12345678901234"))));
        all.add(edit("amount not a number", "decidedPenalties[0].amountYuan",
                c -> decided(c).put("amountYuan", "lots")));
        all.add(edit("amount is a boolean", "decidedPenalties[0].amountYuan",
                c -> decided(c).put("amountYuan", true)));
        all.add(raw("amount with a huge exponent", "decidedPenalties[0].amountYuan",
                sample().toString().replace("\"decidedPenalties\":[{\"kind\":\"FINE\",\"amountYuan\":5000}",
                        "\"decidedPenalties\":[{\"kind\":\"FINE\",\"amountYuan\":1e400}")));
        all.add(edit("penalty kind missing", "decidedPenalties[0].kind", c -> decided(c).remove("kind")));
        all.add(edit("penalty kind unknown", "decidedPenalties[0].kind", c -> decided(c).put("kind", "JAIL")));
        all.add(edit("penalty is null", "decidedPenalties[0]", c -> ((ArrayNode) c.get("decidedPenalties")).setNull(0)));
        all.add(edit("warning with an amount", "decidedPenalties[0].amountYuan",
                c -> decided(c).put("kind", "WARNING")));
        all.add(edit("21 proposed penalties", "proposedPenalties", c -> {
            ArrayNode a = c.putArray("proposedPenalties");
            for (int i = 0; i < 21; i++) {
                a.addObject().put("kind", "WARNING");
            }
        }));
        all.add(edit("penalties as an object", "proposedPenalties", c -> c.putObject("proposedPenalties")));
        // steps: format
        all.add(edit("unknown step kind", "steps", c -> c.with("steps").putObject("FOUND")));
        all.add(edit("month 13", "steps.FILING.date", c -> step(c, "FILING").put("date", "2024-13-03")));
        all.add(edit("30 February", "steps.FILING.date", c -> step(c, "FILING").put("date", "2024-02-30")));
        all.add(edit("empty date", "steps.FILING.date", c -> step(c, "FILING").put("date", "")));
        all.add(edit("slashed date", "steps.FILING.date", c -> step(c, "FILING").put("date", "2024/09/03")));
        all.add(edit("happened 'yes'", "steps.FILING.happened", c -> step(c, "FILING").put("happened", "yes")));
        all.add(edit("happened 1", "steps.FILING.happened", c -> step(c, "FILING").put("happened", 1)));
        all.add(edit("step is null", "steps.FILING", c -> c.with("steps").putNull("FILING")));
        all.add(edit("unknown step field", "steps.FILING.when", c -> step(c, "FILING").put("when", "morning")));
        all.add(edit("dated step that did not happen", "steps.HEARING_RIGHT_NOTIFIED.dateConsistent",
                c -> step(c, "HEARING_RIGHT_NOTIFIED").put("date", "2024-09-20")));
        all.add(edit("platform received before the step", "steps.FILING.receiptAfterStep",
                c -> step(c, "FILING").put("platformReceived", "2024-09-01")));
        // steps: contradictions
        all.add(edit("decision before filing", "steps.DECISION.date", c -> step(c, "FILING").put("date",
                "2024-09-28")));
        all.add(edit("service before decision", "steps.SERVICE.date", c -> step(c, "SERVICE").put("date",
                "2024-09-26")));
        all.add(edit("publication before decision", "steps.PUBLICATION.date",
                c -> step(c, "PUBLICATION").put("date", "2024-09-01")));
        all.add(edit("hearing held before notified", "steps.HEARING_HELD.date", c -> {
            step(c, "HEARING_RIGHT_NOTIFIED").remove("happened");
            step(c, "HEARING_RIGHT_NOTIFIED").put("date", "2024-09-20");
            step(c, "HEARING_HELD").put("date", "2024-09-19");
        }));
        all.add(edit("hearing held before requested", "steps.HEARING_HELD.date", c -> {
            step(c, "HEARING_REQUESTED").put("date", "2024-09-22");
            step(c, "HEARING_HELD").put("date", "2024-09-21");
        }));
        all.add(edit("hearing held before its notice was served", "steps.HEARING_HELD.date", c -> {
            step(c, "HEARING_SCHEDULE_SERVED").put("date", "2024-09-24");
            step(c, "HEARING_HELD").put("date", "2024-09-23");
        }));
        all.add(edit("hearing notice before the request", "steps.HEARING_SCHEDULE_SERVED.date", c -> {
            step(c, "HEARING_REQUESTED").put("date", "2024-09-22");
            step(c, "HEARING_SCHEDULE_SERVED").put("date", "2024-09-21");
        }));
        all.add(edit("filing before discovery", "steps.FILING.date", c -> step(c, "DISCOVERY").put("date",
                "2024-09-04")));
        all.add(edit("act ends before it starts", "steps.ACT_END.date", c -> {
            step(c, "ACT_START").put("date", "2024-08-02");
            step(c, "ACT_END").put("date", "2024-08-01");
        }));
        all.add(edit("decided penalties without a decision", "decidedPenalties", c -> {
            c.with("steps").remove("SERVICE");
            step(c, "DECISION").remove("date");
            step(c, "DECISION").put("happened", false);
        }));
        all.add(edit("service without a decision", "steps.SERVICE", c -> {
            c.remove("decidedPenalties");
            step(c, "DECISION").remove("date");
            step(c, "DECISION").put("happened", false);
        }));
        all.add(edit("date in 1900", "steps.DISCOVERY.date", c -> step(c, "DISCOVERY").put("date", "1900-01-01")));
        all.add(edit("date in 2150", "steps.SERVICE.date", c -> step(c, "SERVICE").put("date", "2150-01-01")));
        all.add(edit("platform received in 2200", "steps.SERVICE.platformReceived",
                c -> step(c, "SERVICE").put("platformReceived", "2200-01-01")));
        // penalty formalities: dates in range, withdrawal dates in an order that can be true
        all.add(edit("court application in 1900", "penaltyFormalities.courtApplicationDate",
                c -> c.with("penaltyFormalities").put("courtApplicationDate", "1900-01-01")));
        all.add(edit("deferral approved in 1800", "penaltyFormalities.paymentDeferral.approvedOn",
                c -> c.with("penaltyFormalities").with("paymentDeferral").put("approvedOn", "1800-01-01")));
        all.add(edit("deferral ends in 2150", "penaltyFormalities.paymentDeferral.periodEnd",
                c -> c.with("penaltyFormalities").with("paymentDeferral").put("periodEnd", "2150-01-01")));
        all.add(edit("withdrawal applied for in 1900", "penaltyFormalities.officerWithdrawal.appliedOn",
                c -> withdrawal(c).put("appliedOn", "1900-01-01")));
        all.add(edit("withdrawal decided in 2150", "penaltyFormalities.officerWithdrawal.decidedOn",
                c -> withdrawal(c).put("decidedOn", "2150-01-01")));
        all.add(edit("withdrawal decided before applied for", "penaltyFormalities.officerWithdrawal.decidedOn", c -> {
            withdrawal(c).put("appliedOn", "2024-09-10");
            withdrawal(c).put("decidedOn", "2024-09-09");
        }));
        all.add(edit("withdrawal decision dated but not decided", "penaltyFormalities.officerWithdrawal.decidedOn",
                c -> withdrawal(c).put("decided", false).put("decidedOn", "2024-09-12")));
        all.add(edit("withdrawal application dated but not made", "penaltyFormalities.officerWithdrawal.appliedOn",
                c -> withdrawal(c).put("partyApplied", false).put("appliedOn", "2024-09-10")));
        all.add(edit("withdrawal officer named", "penaltyFormalities.officerWithdrawal.officerName",
                c -> withdrawal(c).put("officerName", "王五")));
        all.add(edit("withdrawal decided 'yes'", "penaltyFormalities.officerWithdrawal.decided",
                c -> withdrawal(c).put("decided", "yes")));
        // officers, evidence, review, service, judgements
        all.add(edit("officer ref is a name", "officers[0].ref", c -> officer(c).put("ref", "王 五")));
        all.add(edit("officer ref missing", "officers[0].ref", c -> officer(c).remove("ref")));
        all.add(edit("officer role unknown", "officers[0].role", c -> officer(c).put("role", "CHIEF")));
        all.add(edit("certificate period reversed", "officers[0].certificatePeriodOrdered",
                c -> officer(c).put("certificateValidFrom", "2027-01-01")));
        all.add(edit("certificate from 1800", "officers[0].certificateValidFrom",
                c -> officer(c).put("certificateValidFrom", "1800-01-01")));
        all.add(edit("certified 'maybe'", "officers[0].certified", c -> officer(c).put("certified", "maybe")));
        all.add(edit("officer is null", "officers[0]", c -> ((ArrayNode) c.get("officers")).setNull(0)));
        all.add(edit("51 officers", "officers", c -> {
            ArrayNode a = c.putArray("officers");
            for (int i = 0; i < 51; i++) {
                a.addObject().put("ref", "O-" + i);
            }
        }));
        all.add(edit("evidence kind in lower case", "evidence[0].kind",
                c -> c.putArray("evidence").addObject().put("kind", "inquiry_record").put("status", "PRESENT")));
        all.add(edit("evidence status unknown", "evidence[0].status",
                c -> c.putArray("evidence").addObject().put("kind", "INQUIRY_RECORD").put("status", "MAYBE")));
        all.add(edit("review result unknown", "legalReview.result", c -> c.with("legalReview").put("result", "OK")));
        all.add(edit("reviewer name is refused", "legalReview.reviewerName",
                c -> c.with("legalReview").put("reviewerName", "李四")));
        all.add(edit("service method unknown", "service.method", c -> c.with("service").put("method", "PIGEON")));
        all.add(edit("party present 'no'", "service.partyPresent", c -> c.with("service").put("partyPresent", "no")));
        all.add(edit("unknown judgement", "judgements.guilty", c -> c.with("judgements").put("guilty", true)));
        all.add(edit("judgement 0", "judgements.heavyPenalty", c -> c.with("judgements").put("heavyPenalty", 0)));
        // the body as a whole and its limits
        String sample = sample().toString();
        all.add(raw("duplicate key", "caseId", sample.replace("{\"caseId\"", "{\"caseId\":\"A\",\"caseId\"")));
        all.add(raw("trailing content", "$", sample + " {}"));
        all.add(raw("truncated inside a date", "steps.DECISION.date", sample.substring(0, sample.length() / 2)));
        all.add(raw("empty body", "$", ""));
        all.add(raw("JSON array", "$", "[]"));
        all.add(raw("JSON null", "$", "null"));
        all.add(raw("JSON string", "$", "\"case\""));
        all.add(raw("nested arrays", "evidence[0]", sample.replace("{\"caseId\"",
                "{\"evidence\":" + "[".repeat(40) + "]".repeat(40) + ",\"caseId\"")));
        all.add(raw("case id longer than the string limit", "caseId",
                sample.replace("\"SAMPLE-2024-0001\"", "\"" + "A".repeat(10_001) + "\"")));
        all.add(raw("number longer than the number limit", "decidedPenalties[0]",
                sample.replace("\"decidedPenalties\":[{\"kind\":\"FINE\",\"amountYuan\":5000}",
                        "\"decidedPenalties\":[{\"kind\":\"FINE\",\"amountYuan\":" + "9".repeat(60) + "}")));
        all.add(raw("truncated after a field", "$", sample.substring(0, sample.indexOf(",\"actKind\"") + 1)));
        return all;
    }

    static Stream<Arguments> cases() {
        return badRequests().stream().map(Arguments::of);
    }

    @Test
    void atLeastFiftyDistinctBadRequests() {
        List<Bad> all = badRequests();
        Set<String> bodies = new HashSet<>();
        all.forEach(b -> bodies.add(b.body()));
        assertThat(bodies).as("distinct bodies").hasSize(all.size());
        assertThat(all).hasSizeGreaterThanOrEqualTo(50);
        assertThat(all.stream().map(Bad::body)).doesNotContain(sample().toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void answeredWithProblemJsonNamingTheField(Bad bad) throws Exception {
        MvcResult r = mvc.perform(post("/api/v1/checks").param("asOf", "2024-11-01")
                .contentType(MediaType.APPLICATION_JSON).content(bad.body())).andReturn();
        String body = r.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(r.getResponse().getStatus()).as("status; body %s", body).isEqualTo(400);
        assertThat(r.getResponse().getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JsonNode problem = JSON.readTree(body);
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertThat(fields).as("fields named; problem %s", body).contains(bad.field());
        problem.get("errors").forEach(e -> assertThat(e.get("reason").asText()).isNotBlank());
        assertThat(body).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("\"trace\"");
    }
}
