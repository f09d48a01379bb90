package io.lawcheck.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lawcheck.service.web.BatchController;
import io.lawcheck.service.web.QueryParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The {@code asOf} query parameter has the range every date of a request body has (1949-10-01..2099-12-31): on each
 * endpoint that takes it, the day before the first and the day after the last are refused with 400 problem+json
 * naming {@code asOf} with the body dates' reason; the first and the last day are accepted. {@code /checks} is sent
 * both as the fast path answers it and as Spring MVC does (an Accept header with two types).
 */
@SpringBootTest
@AutoConfigureMockMvc
class AsOfRangeTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    MockMvc mvc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** One endpoint taking {@code asOf}, with a valid body for it. */
    record Endpoint(String name, String uri, String contentType, String accept, String body) {
        MockHttpServletRequestBuilder request(String asOf) {
            MockHttpServletRequestBuilder b = post(uri).param("asOf", asOf).contentType(contentType).content(body);
            return accept == null ? b : b.header("Accept", accept);
        }

        boolean streamed() {
            return uri.endsWith("/batch");
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> endpoints() {
        String c = DateRangeGuardTest.sampleCase().toString();
        String w = DateRangeGuardTest.sampleWarningRequest().toString();
        String json = MediaType.APPLICATION_JSON_VALUE;
        return Stream.of(
                new Endpoint("checks (fast path)", "/api/v1/checks", json, json, c),
                new Endpoint("checks (Spring MVC)", "/api/v1/checks", json, "application/json, */*", c),
                new Endpoint("checks/batch", "/api/v1/checks/batch", BatchController.NDJSON, BatchController.NDJSON,
                        c + "\n"),
                new Endpoint("warnings", "/api/v1/warnings", json, json, w),
                new Endpoint("statistics", "/api/v1/statistics", BatchController.NDJSON, json, w + "\n"))
                .map(Arguments::of);
    }

    /**
     * Every date query parameter of the API is {@code asOf}, read by {@link QueryParameters} (which range-checks it),
     * on exactly the endpoints tested here: a new endpoint taking a date fails this test until it is added above.
     */
    @Test
    void everyDateQueryParameterIsAsOfOnTheEndpointsTestedHere() {
        Set<String> paths = new TreeSet<>();
        QueryParameters resolver = new QueryParameters();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            for (MethodParameter p : handler.getMethodParameters()) {
                RequestParam param = p.getParameterAnnotation(RequestParam.class);
                if (param != null && p.getParameterType() == LocalDate.class) {
                    assertThat(resolver.supportsParameter(p)).as(handler.toString()).isTrue();
                    assertThat(param.name().isEmpty() ? p.getParameterName() : param.name()).isEqualTo("asOf");
                    paths.addAll(info.getPatternValues());
                }
            }
        });
        Set<String> tested = new TreeSet<>();
        endpoints().forEach(a -> tested.add(((Endpoint) a.get()[0]).uri()));
        assertThat(paths).isEqualTo(tested);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void justOutsideTheRangeIsRefusedNamingAsOf(Endpoint e) throws Exception {
        for (String asOf : List.of("1949-09-30", "2100-01-01")) {
            MvcResult r = mvc.perform(e.request(asOf)).andReturn();
            String answer = r.getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(r.getResponse().getStatus()).as(asOf + ": " + answer).isEqualTo(400);
            assertThat(r.getResponse().getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            JsonNode problem = JSON.readTree(answer);
            assertThat(problem.path("title").asText()).isEqualTo("Invalid parameter");
            assertThat(DateRangeGuardTest.problems(problem)).as(answer)
                    .containsExactly("asOf: " + DateRangeGuardTest.REASON);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void theEndsOfTheRangeAreAccepted(Endpoint e) throws Exception {
        for (String asOf : List.of("1949-10-01", "2099-12-31")) {
            MvcResult r = mvc.perform(e.request(asOf)).andReturn();
            if (e.streamed()) {
                r = mvc.perform(asyncDispatch(r)).andReturn();
            }
            String answer = r.getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(r.getResponse().getStatus()).as(asOf + ": " + answer).isEqualTo(200);
            JsonNode body = JSON.readTree(answer.strip());
            assertThat(body.has("error")).as(answer).isFalse(); // the batch line: checked, not refused
            assertThat(body.path("statistics").path("invalidLines").asInt()).as(answer).isZero();
            assertThat(body.path("asOf").asText(asOf)).isEqualTo(asOf);
        }
    }
}
