package io.lawcheck.service.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBase;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import io.lawcheck.service.web.dto.StepDto;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The yyyy-MM-dd shortcut reads exactly what jackson-datatype-jsr310 reads: same date, or the same error (type and
 * message), for well-shaped, impossible and odd inputs; and it is what the DTOs' date properties actually use.
 */
class IsoDateJsonTest {
    private static final ObjectMapper SERVICE = ServiceJson.mapper();
    /** The service's configuration with jsr310's own LocalDate deserializer registered last (so it wins). */
    private static final ObjectMapper PLAIN = ServiceJson.mapper().registerModule(
            new SimpleModule("plain-dates").addDeserializer(LocalDate.class, LocalDateDeserializer.INSTANCE));

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"\"2023-02-28\"", "\"2024-02-29\"", "\"0000-01-01\"", "\"9999-12-31\"", "\"1949-10-01\"",
            "\"2023-02-29\"", "\"2023-13-01\"", "\"2023-00-10\"", "\"2023-04-31\"", "\"2023-01-00\"", "\"2023/01/01\"",
            "\"2023-1-01x\"", "\" 2023-01-01\"", "\"2023-01-01 \"", "\"+2023-01-01\"", "\"-123-01-01\"", "\"20230101\"",
            "\"2023-01-01T00:00:00Z\"", "\"2023-01-01T08:00\"", "\"\uff12\uff10\uff12\uff13-01-01\"", "\"\"", "\"x\"",
            "19000", "null", "[2023,1,1]", "true"})
    void sameDateOrSameErrorAsJsr310(String json) {
        String body = "{\"date\":" + json + "}";
        assertThat(outcome(SERVICE, body)).isEqualTo(outcome(PLAIN, body));
    }

    @Test
    void theDtosUseTheShortcut() throws Exception {
        DefaultDeserializationContext ctxt = ((DefaultDeserializationContext) SERVICE.getDeserializationContext())
                .createInstance(SERVICE.getDeserializationConfig(), null, null);
        var step = (BeanDeserializerBase) ctxt.findRootValueDeserializer(SERVICE.constructType(StepDto.class));
        assertThat(step.findProperty("date").getValueDeserializer()).isInstanceOf(IsoDateJson.Deserializer.class);
        assertThat(SERVICE.readValue("{\"date\":\"2023-02-28\"}", StepDto.class).date())
                .isEqualTo(LocalDate.of(2023, 2, 28));
    }

    @Test
    void shapeChecks() {
        assertThat(IsoDateJson.isoDate("2023-02-28".toCharArray(), 0)).isEqualTo(LocalDate.of(2023, 2, 28));
        assertThat(IsoDateJson.isoDate("x2023-02-28".toCharArray(), 1)).isEqualTo(LocalDate.of(2023, 2, 28));
        assertThat(IsoDateJson.isoDate("2023-02-29".toCharArray(), 0)).isNull();
        assertThat(IsoDateJson.isoDate("2023_02-28".toCharArray(), 0)).isNull();
        assertThat(IsoDateJson.isoDate("2023-0a-28".toCharArray(), 0)).isNull();
    }

    private static String outcome(ObjectMapper mapper, String body) {
        try {
            return "value " + mapper.readValue(body, StepDto.class).date();
        } catch (Exception e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }

}
