package io.lawcheck.service;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lawcheck.service.web.BatchController;
import io.lawcheck.service.web.dto.CaseDto;
import io.lawcheck.service.web.dto.WarningRequest;
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

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;

/**
 * Every date a request can carry is range-checked, wherever it is nested. The request DTOs are walked by reflection
 * (record components, into nested DTOs, list elements and map values), and for each {@code LocalDate} found a request
 * dated 1900-01-01 there must be refused with 400 naming exactly that field: a single check and a batch line for the
 * case ({@code CaseDto}), {@code /warnings} and a {@code /statistics} line for a warning request. A new date field
 * that the validator does not check makes its request pass and this test fail. Dates on the range's ends are accepted
 * (never named, never a 500).
 */
@SpringBootTest
@AutoConfigureMockMvc
class DateRangeGuardTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String REASON = "must be between 1949-10-01 and 2099-12-31";
    private static final String DTO_PACKAGE = CaseDto.class.getPackageName();

    @Autowired
    MockMvc mvc;

    /** One step of a JSON path: a property, the first element of a list, or one key of a map. */
    sealed interface Segment permits Property, FirstElement, Key {
    }

    record Property(String name) implements Segment {
    }

    record FirstElement() implements Segment {
    }

    record Key(String key) implements Segment {
    }

    /** The path of one date field, as the problem's {@code field} names it: {@code platform.basicInfoChanges[0].changedOn}. */
    record DatePath(List<Segment> segments) {
        String field() {
            StringBuilder sb = new StringBuilder();
            for (Segment s : segments) {
                if (s instanceof Property p) {
                    sb.append(sb.isEmpty() ? "" : ".").append(p.name());
                } else if (s instanceof Key k) {
                    sb.append('.').append(k.key());
                } else {
                    sb.append("[0]");
                }
            }
            return sb.toString();
        }

        /** A copy of {@code base} with {@code date} at this path (creating the objects and lists on the way). */
        ObjectNode edit(ObjectNode base, String date) {
            ObjectNode root = base.deepCopy();
            ObjectNode current = root;
            for (int i = 0; i < segments.size(); i++) {
                Segment next = i + 1 < segments.size() ? segments.get(i + 1) : null;
                Segment s = segments.get(i);
                String name = s instanceof Property p ? p.name() : s instanceof Key k ? k.key() : null;
                if (name == null) {
                    continue; // handled with the list's property
                }
                if (next == null) {
                    current.put(name, date);
                } else if (next instanceof FirstElement) {
                    ArrayNode list = current.get(name) instanceof ArrayNode a ? a : current.putArray(name);
                    if (list.isEmpty() || !(list.get(0) instanceof ObjectNode)) {
                        list.insertObject(0);
                    }
                    current = (ObjectNode) list.get(0);
                } else {
                    current = current.get(name) instanceof ObjectNode o ? o : current.putObject(name);
                }
            }
            return root;
        }

        @Override
        public String toString() {
            return field();
        }
    }

    /** The {@code LocalDate} fields reachable from {@code root}, depth first in declaration order. */
    static List<DatePath> datePaths(Class<?> root) {
        List<DatePath> out = new ArrayList<>();
        walkRecord(root, List.of(), new HashSet<>(), out);
        return out;
    }

    private static void walkRecord(Class<?> type, List<Segment> prefix, Set<Class<?>> open, List<DatePath> out) {
        if (!type.isRecord()) {
            fail("%s at '%s' is not a record: teach DateRangeGuardTest to read it", type, new DatePath(prefix));
        }
        if (!open.add(type)) {
            fail("%s contains itself at '%s'", type, new DatePath(prefix));
        }
        for (RecordComponent c : type.getRecordComponents()) {
            JsonProperty renamed = c.getAccessor().getAnnotation(JsonProperty.class);
            String name = renamed != null && !renamed.value().isEmpty() ? renamed.value() : c.getName();
            walkType(c.getGenericType(), append(prefix, new Property(name)), open, out);
        }
        open.remove(type);
    }

    private static void walkType(Type type, List<Segment> path, Set<Class<?>> open, List<DatePath> out) {
        Class<?> raw = raw(type);
        if (raw == LocalDate.class) {
            out.add(new DatePath(path));
        } else if (Temporal.class.isAssignableFrom(raw) && raw != LocalTime.class) {
            fail("'%s' is a %s: range-check it and teach DateRangeGuardTest to build it", new DatePath(path), raw);
        } else if (List.class.isAssignableFrom(raw)) {
            walkType(argument(type, 0), append(path, new FirstElement()), open, out);
        } else if (Map.class.isAssignableFrom(raw)) {
            Class<?> key = raw(argument(type, 0));
            String first = key.isEnum() ? ((Enum<?>) key.getEnumConstants()[0]).name()
                    : key == String.class ? "KEY" : null;
            if (first == null) {
                fail("'%s' is a map keyed by %s: teach DateRangeGuardTest to build one", new DatePath(path), key);
            }
            walkType(argument(type, 1), append(path, new Key(first)), open, out);
        } else if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
            List<DatePath> inside = new ArrayList<>();
            walkType(raw.isArray() ? raw.getComponentType() : argument(type, 0), append(path, new FirstElement()),
                    open, inside);
            assertThat(inside).as("dates inside the unordered collection '%s'", new DatePath(path)).isEmpty();
        } else if (raw.getPackageName().equals(DTO_PACKAGE)) {
            walkRecord(raw, path, open, out);
        }
        // anything else (text, numbers, booleans, enums, times of day) holds no date
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        throw new AssertionError("unexpected type " + type);
    }

    private static Type argument(Type type, int i) {
        if (!(type instanceof ParameterizedType p)) {
            throw new AssertionError("raw collection type " + type);
        }
        return p.getActualTypeArguments()[i];
    }

    private static List<Segment> append(List<Segment> prefix, Segment s) {
        List<Segment> path = new ArrayList<>(prefix);
        path.add(s);
        return List.copyOf(path);
    }

    static ObjectNode sampleCase() {
        return BadRequestsTest.sample();
    }

    static ObjectNode sampleWarningRequest() {
        ObjectNode request = JSON.createObjectNode();
        request.set("caseFile", sampleCase());
        request.putArray("history").addObject().put("level", "LEVEL_1").put("raised", "2024-09-27");
        return request;
    }

    static Stream<Arguments> caseDates() {
        return datePaths(CaseDto.class).stream().map(Arguments::of);
    }

    static Stream<Arguments> warningRequestDates() {
        return datePaths(WarningRequest.class).stream().map(Arguments::of);
    }

    @Test
    void theWalkFindsTheDatesOfEveryKindOfNesting() {
        List<String> fields = datePaths(CaseDto.class).stream().map(DatePath::field).toList();
        assertThat(fields).doesNotHaveDuplicates().contains(
                "steps.ACT_START.date", "steps.ACT_START.platformReceived", // map values
                "officers[0].certificateValidFrom", // list elements
                "penaltyFormalities.paymentDeferral.periodEnd", "penaltyFormalities.officerWithdrawal.decidedOn",
                "penaltyProcedure.surchargeFrom", "coercion.measureDate", "coercion.courtApplicationDate",
                "licensing.receivedDate", "licensing.renewalDecisionDate",
                "platform.basicInfoChanges[0].changedOn", "platform.basicInfoChanges[0].changeRequestedOn");
        // 2 per step, 2 per officer, 5 penalty formalities, 1 penalty procedure, 13 coercion, 13 licensing, 2 changes
        assertThat(fields).hasSize(38);
        List<String> warning = datePaths(WarningRequest.class).stream().map(DatePath::field).toList();
        assertThat(warning).hasSize(40).contains("caseFile.coercion.measureDate", "history[0].raised",
                "history[0].handled");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("caseDates")
    void aSingleCheckNamesTheDate(DatePath path) throws Exception {
        String body = path.edit(sampleCase(), "1900-01-01").toString();
        assertThat(problems(single("/api/v1/checks", body, 400))).as(body).contains(path.field() + ": " + REASON);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("caseDates")
    void aBatchLineNamesTheDate(DatePath path) throws Exception {
        String body = path.edit(sampleCase(), "1900-01-01").toString();
        JsonNode line = JSON.readTree(batch(body).strip());
        assertThat(line.path("error").path("title").asText()).as(body).isEqualTo("Invalid case");
        assertThat(problems(line.path("error"))).as(body).contains(path.field() + ": " + REASON);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("caseDates")
    void theEndsOfTheRangeAreAccepted(DatePath path) throws Exception {
        for (String date : List.of("1949-10-01", "2099-12-31")) {
            String body = path.edit(sampleCase(), date).toString();
            MvcResult r = send("/api/v1/checks", body);
            String answer = r.getResponse().getContentAsString(StandardCharsets.UTF_8);
            // other checks may refuse such a case (dates in an impossible order): never this field's range, never 500
            assertThat(r.getResponse().getStatus()).as(answer).isIn(200, 400);
            if (r.getResponse().getStatus() == 400) {
                assertThat(problems(JSON.readTree(answer))).as(answer).doesNotContain(path.field() + ": " + REASON);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("warningRequestDates")
    void aWarningRequestNamesTheDate(DatePath path) throws Exception {
        String body = path.edit(sampleWarningRequest(), "1900-01-01").toString();
        assertThat(problems(single("/api/v1/warnings", body, 400))).as(body).contains(path.field() + ": " + REASON);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("warningRequestDates")
    void aStatisticsLineNamesTheDate(DatePath path) throws Exception {
        String body = path.edit(sampleWarningRequest(), "1900-01-01").toString();
        MvcResult r = mvc.perform(post("/api/v1/statistics").param("asOf", "2024-11-01")
                .contentType(BatchController.NDJSON).content(body + "\n")).andReturn();
        JsonNode answer = JSON.readTree(r.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(answer.path("statistics").path("invalidLines").asInt()).as(body).isEqualTo(1);
        assertThat(problems(answer.path("invalidLines").path(0).path("error"))).as(body)
                .contains(path.field() + ": " + REASON);
    }

    private MvcResult send(String uri, String body) throws Exception {
        return mvc.perform(post(uri)
                .param("asOf", "2024-11-01").contentType(MediaType.APPLICATION_JSON).content(body)).andReturn();
    }

    private JsonNode single(String uri, String body, int status) throws Exception {
        MvcResult r = send(uri, body);
        String answer = r.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(r.getResponse().getStatus()).as(answer).isEqualTo(status);
        assertThat(r.getResponse().getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        return JSON.readTree(answer);
    }

    private String batch(String line) throws Exception {
        var started = mvc.perform(post("/api/v1/checks/batch?asOf=2024-11-01").contentType(BatchController.NDJSON)
                .accept(BatchController.NDJSON).content(line + "\n")).andExpect(request().asyncStarted()).andReturn();
        return mvc.perform(asyncDispatch(started)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    static List<String> problems(JsonNode problem) {
        List<String> out = new ArrayList<>();
        problem.path("errors").forEach(e -> out.add(e.path("field").asText() + ": " + e.path("reason").asText()));
        return out;
    }
}
