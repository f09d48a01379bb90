package io.lawcheck.bench.http;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.lawcheck.core.model.DivisionCode;
import io.lawcheck.core.model.EnforcementCase;
import io.lawcheck.core.model.TriState;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A generated case ({@link io.lawcheck.bench.CaseGenerator}) as the JSON that POST /api/v1/checks and the NDJSON batch
 * endpoint accept: the service's DTOs mirror the model's record components by name (its CaseMapper maps by name), so
 * the model's fields are written as they are, except that a three-valued fact becomes {@code true}/{@code false} and
 * UNKNOWN is left out (absent = unknown), and a division code is its six digits. An empty list stays {@code []}
 * (for officers, "none" differs from "unknown").
 */
public final class CaseJson {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new SimpleModule()
                    .addSerializer(TriState.class, new TriStateAsBoolean())
                    .addSerializer(DivisionCode.class, new DivisionCodeAsText()))
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .withConfigOverride(TriState.class, o -> o.setInclude(
                    JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_EMPTY)))
            .build();

    private CaseJson() {
    }

    /** One line of NDJSON (no line break) in UTF-8. */
    public static byte[] line(EnforcementCase c) {
        try {
            return JSON.writeValueAsString(c).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the case model cannot be written as JSON", e);
        }
    }

    private static final class TriStateAsBoolean extends StdSerializer<TriState> {
        TriStateAsBoolean() {
            super(TriState.class);
        }

        @Override
        public boolean isEmpty(SerializerProvider provider, TriState value) {
            return value == null || value == TriState.UNKNOWN;
        }

        @Override
        public void serialize(TriState value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            if (value == TriState.UNKNOWN) {
                gen.writeNull();
            } else {
                gen.writeBoolean(value == TriState.YES);
            }
        }
    }

    private static final class DivisionCodeAsText extends StdSerializer<DivisionCode> {
        DivisionCodeAsText() {
            super(DivisionCode.class);
        }

        @Override
        public void serialize(DivisionCode value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(value.code());
        }
    }
}
