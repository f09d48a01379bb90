package io.lawcheck.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.lawcheck.core.check.CheckMode;
import io.lawcheck.core.check.Checker;
import io.lawcheck.service.config.HttpConfiguration;
import io.lawcheck.service.web.CaseIntake;
import io.lawcheck.service.web.QueryParameters;
import io.lawcheck.service.web.ResultMapper;
import io.lawcheck.service.web.dto.CheckResponse;
import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The request path's speed-ups keep the API as it was: query parameters read by {@link QueryParameters} give what
 * Spring's conversion gave (defaults, first value, trimming, ISO dates, 400 naming the parameter), citations written
 * from cached JSON are byte for byte the ordinary serializer's output, and the Tomcat settings are in force.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class HttpPathTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    ServletWebServerApplicationContext context;
    @Autowired
    RequestMappingHandlerAdapter adapter;
    @Autowired
    ObjectMapper json;
    @Autowired
    Checker checker;
    @Autowired
    ResultMapper resultMapper;

    @Test
    void requestThreadsAreOnePerCpuAndOneMoreWithinTheCheckersIdleSessionsAndConnectionsStayOpen() {
        TomcatWebServer server = (TomcatWebServer) context.getWebServer();
        AbstractHttp11Protocol<?> protocol =
                (AbstractHttp11Protocol<?>) server.getTomcat().getConnector().getProtocolHandler();
        assertThat(protocol.getMaxThreads()).isEqualTo(HttpConfiguration.defaultMaxThreads())
                .isEqualTo(Runtime.getRuntime().availableProcessors() + 1)
                // every request thread finds an idle rule session (Checker keeps max(8, 4 x CPUs))
                .isLessThanOrEqualTo(Math.max(8, 4 * Runtime.getRuntime().availableProcessors()));
        assertThat(protocol.getMaxKeepAliveRequests()).isEqualTo(-1);
    }

    @Test
    void theServicesQueryParametersAreReadFirst() {
        assertThat(adapter.getArgumentResolvers()).first().isInstanceOf(QueryParameters.class);
    }

    @ParameterizedTest(name = "mode=''{0}'' -> {1}")
    @CsvSource(value = {"<absent>, SUPERVISION", "'', SUPERVISION", "PRECHECK, PRECHECK", "' PRECHECK ', PRECHECK",
            "SUPERVISION, SUPERVISION"}, nullValues = "<absent>")
    void modeAsSpringReadIt(String mode, String expected) throws Exception {
        var request = post("/api/v1/checks").param("asOf", "2024-11-01").contentType(MediaType.APPLICATION_JSON)
                .content(Samples.read("compliant-2022.json"));
        if (mode != null) {
            request.param("mode", mode);
        }
        mvc.perform(request).andExpect(status().isOk()).andExpect(jsonPath("$.mode").value(expected));
    }

    @ParameterizedTest(name = "asOf=''{0}'' -> {1}")
    @CsvSource({"2024-11-01, 2024-11-01", "2024-11-01+08:00, 2024-11-01", "2020-02-29, 2020-02-29"})
    void isoDatesAsSpringReadThem(String asOf, String expected) throws Exception {
        mvc.perform(post("/api/v1/checks").param("asOf", asOf).contentType(MediaType.APPLICATION_JSON)
                        .content(Samples.read("compliant-2022.json")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.asOf").value(expected));
    }

    @Test
    void emptyOrBlankAsOfIsTodayAndTheFirstOfTwoValuesWins() throws Exception {
        for (String empty : new String[]{"", "  "}) {
            mvc.perform(post("/api/v1/checks").param("asOf", empty).contentType(MediaType.APPLICATION_JSON)
                            .content(Samples.read("compliant-2022.json")))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.asOf").isNotEmpty());
        }
        mvc.perform(post("/api/v1/checks").param("asOf", "2024-11-01", "2023-01-01")
                        .contentType(MediaType.APPLICATION_JSON).content(Samples.read("compliant-2022.json")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.asOf").value("2024-11-01"));
    }

    @ParameterizedTest(name = "{0}={1} on {2}")
    @CsvSource({"mode, precheck, /api/v1/checks", "mode, 1, /api/v1/checks", "asOf, 2024-1-01, /api/v1/checks",
            "asOf, ' 2024-11-01', /api/v1/checks", "asOf, 2024-13-01, /api/v1/checks/batch",
            "mode, FAST, /api/v1/checks/batch"})
    void valuesThatDoNotConvertAre400NamingTheParameter(String param, String value, String path) throws Exception {
        boolean batch = path.endsWith("batch");
        mvc.perform(post(path).param(param, value)
                        .contentType(batch ? MediaType.parseMediaType("application/x-ndjson") : MediaType.APPLICATION_JSON)
                        .content(Samples.read("compliant-2022.json").replace("\n", "")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value(param));
    }

    @Test
    void citationsWrittenFromCachedJsonAreTheOrdinarySerializersBytes() throws Exception {
        ObjectMapper plain = Jackson2ObjectMapperBuilder.json().serializationInclusion(JsonInclude.Include.NON_NULL)
                .featuresToDisable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
        for (String sample : new String[]{"hearing-not-offered.json", "draft-major-decision.json",
                "compliant-2022.json"}) {
            var model = CaseIntake.standalone().read(Samples.read(sample).getBytes(StandardCharsets.UTF_8));
            CheckResponse response = resultMapper.toResponse(checker.check(model, LocalDate.of(2024, 11, 1),
                    CheckMode.PRECHECK));
            assertThat(response.findings()).flatExtracting(f -> f.citations()).isNotEmpty();
            String expected = plain.writeValueAsString(response);
            assertThat(json.writeValueAsString(response)).as(sample + ", first write").isEqualTo(expected);
            assertThat(new String(json.writeValueAsBytes(response), StandardCharsets.UTF_8))
                    .as(sample + ", from the cache, as UTF-8 bytes").isEqualTo(expected);
            assertThat(json.writerWithDefaultPrettyPrinter().writeValueAsString(response))
                    .as(sample + ", pretty-printed (not cached)")
                    .isEqualTo(plain.writerWithDefaultPrettyPrinter().writeValueAsString(response));
        }
    }
}
