package io.lawcheck.service.records;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.lawcheck.core.model.EnforcementCase;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The canonical form of a case, whose SHA-256 a decision record carries: the <em>mapped</em> core model (so two
 * requests that mean the same case hash alike whatever their key order, whitespace or spelling of defaults)
 * serialised as compact JSON with
 * <ul>
 * <li>the model's record components only (fields, not derived getters), object keys and map keys sorted;</li>
 * <li>dates ISO-8601, enums by name, nulls left out;</li>
 * <li>amounts as strings without trailing zeros ({@code 5000.00} and {@code 5E+3} are both {@code "5000"}).</li>
 * </ul>
 * Changing this form changes every hash: do it only with a note in docs/operations.md.
 */
public final class CanonicalCase {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new SimpleModule().addSerializer(BigDecimal.class, new PlainAmount()))
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private CanonicalCase() {
    }

    public static String json(EnforcementCase c) {
        try {
            return JSON.writeValueAsString(c);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the case model cannot be serialised", e);
        }
    }

    /** Lower-case hex SHA-256 of the UTF-8 canonical JSON. */
    public static String sha256(EnforcementCase c) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(json(c).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class PlainAmount extends StdSerializer<BigDecimal> {
        PlainAmount() {
            super(BigDecimal.class);
        }

        @Override
        public void serialize(BigDecimal value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString());
        }
    }
}
