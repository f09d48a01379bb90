package io.lawcheck.service;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import java.util.stream.Stream;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Each bad request gets 400 problem+json naming the field; the sample case is edited one field at a time. */
@SpringBootTest
@AutoConfigureMockMvc
class BadInputTest {
    @Autowired
    MockMvc mvc;

    static Stream<Arguments> edits() {
        return Stream.of(
                Arguments.of("negative amount", "\"amountYuan\": 5000}],\n  \"decidedPenalties\"",
                        "\"amountYuan\": -5}],\n  \"decidedPenalties\"", "proposedPenalties[0].amountYuan"),
                Arguments.of("unknown enum", "\"PUBLIC_SECURITY\"", "\"POLICE\"", "agencySystem"),
                Arguments.of("bad date", "\"2024-09-03\"", "\"2024-13-03\"", "steps.FILING.date"),
                Arguments.of("bad jurisdiction", "\"120101\"", "\"12AB\"", "jurisdiction"),
                Arguments.of("unknown field", "\"procedure\"", "\"procedur\"", "procedur"),
                Arguments.of("missing act kind", "\"actKind\": \"PENALTY\",", "", "actKind"),
                Arguments.of("blank case id", "\"SAMPLE-2024-0001\"", "\"\"", "caseId"),
                Arguments.of("name-like case id", "\"SAMPLE-2024-0001\"", "\"张三 110101\"", "caseId"),
                Arguments.of("unknown step kind", "\"DISCOVERY\"", "\"FOUND\"", "steps"),
                Arguments.of("dated non-step", "\"HEARING_RIGHT_NOTIFIED\": {\"happened\": false}",
                        "\"HEARING_RIGHT_NOTIFIED\": {\"happened\": false, \"date\": \"2024-09-20\"}",
                        "steps.HEARING_RIGHT_NOTIFIED.dateConsistent"),
                Arguments.of("amount not a number", "\"amountYuan\": 5000}],\n  \"decidedPenalties\"",
                        "\"amountYuan\": \"lots\"}],\n  \"decidedPenalties\"", "proposedPenalties[0].amountYuan"),
                Arguments.of("certificate reversed", "\"certificateValidFrom\": \"2020-01-01\"",
                        "\"certificateValidFrom\": \"2027-01-01\"", "officers[0].certificatePeriodOrdered"),
                Arguments.of("officer name as ref", "\"OFFICER-A\"", "\"王 五\"", "officers[0].ref"),
                Arguments.of("too many decimals", "\"amountYuan\": 5000}],\n  \"decidedPenalties\"",
                        "\"amountYuan\": 5000.123}],\n  \"decidedPenalties\"", "proposedPenalties[0].amountYuan"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edits")
    void badFieldIsNamed(String name, String from, String to, String field) throws Exception {
        String sample = Samples.read("hearing-not-offered.json");
        String body = sample.replace(from, to);
        org.assertj.core.api.Assertions.assertThat(body).as("the edit applies").isNotEqualTo(sample);
        mvc.perform(post("/api/v1/checks").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem(field)))
                .andExpect(jsonPath("$.detail").value(not(containsString("Exception"))));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"asOf, 2024-02-30", "mode, FAST"})
    void badQueryParameterIsNamed(String param, String value) throws Exception {
        mvc.perform(post("/api/v1/checks").param(param, value).contentType(MediaType.APPLICATION_JSON)
                        .content(Samples.read("hearing-not-offered.json")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value(param));
    }

    /** Found by CaseIntakeFuzzTest: Jackson reads these bytes as UTF-32 and fails with an I/O error, not a parse error. */
    @org.junit.jupiter.api.Test
    void bytesThatAreNoTextAre400() throws Exception {
        byte[] body;
        try (var in = getClass().getResourceAsStream(
                "/io/lawcheck/service/fuzz/CaseIntakeFuzzTestInputs/caseIntake/crash-invalid-utf32")) {
            body = in.readAllBytes();
        }
        mvc.perform(post("/api/v1/checks").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("$"))
                .andExpect(jsonPath("$.errors[0].reason").value("is not JSON text in UTF-8, UTF-16 or UTF-32"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"empty body | ''", "truncated JSON | {\"caseId\": ", "array | []"})
    void unreadableBodyIs400(String name, String body) throws Exception {
        mvc.perform(post("/api/v1/checks").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors").isArray());
    }
}
