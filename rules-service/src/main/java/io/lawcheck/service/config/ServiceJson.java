package io.lawcheck.service.config;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.lawcheck.service.web.dto.CitationDto;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

import java.util.Set;

/**
 * The one JSON configuration of the API, used by the service's ObjectMapper and by tests that parse requests
 * without a server (the fuzz test), so both read JSON alike. Strict on purpose: an input the checker could misread
 * is refused (400) rather than guessed.
 */
public final class ServiceJson {
    public static final int DEFAULT_MAX_NESTING_DEPTH = 32;
    public static final int DEFAULT_MAX_STRING_LENGTH = 10_000;
    /** Longest number: a 13-digit amount with 2 decimals fits; 1e999999 style numbers do not. */
    static final int MAX_NUMBER_LENGTH = 40;

    private ServiceJson() {
    }

    /** An ObjectMapper configured as the service's, with the default limits. */
    public static ObjectMapper mapper() {
        return Jackson2ObjectMapperBuilder.json()
                .postConfigurer(m -> configure(m, DEFAULT_MAX_NESTING_DEPTH, DEFAULT_MAX_STRING_LENGTH)).build();
    }

    public static void configure(ObjectMapper mapper, int maxNestingDepth, int maxStringLength) {
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                // an enum given as a number would silently pick a constant by position
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL);
        // a key given twice: which one is meant is unknowable
        mapper.getFactory().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(maxNestingDepth).maxStringLength(maxStringLength)
                .maxNumberLength(MAX_NUMBER_LENGTH).maxNameLength(maxStringLength).build());
        // "" is not "unknown" (null/absent is): refuse it for dates, enums and numbers instead of reading null
        mapper.coercionConfigDefaults().setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        // 1/0 are not booleans here: a three-valued fact must be true, false or null
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        // citations are catalog constants: written from JSON rendered once (same bytes)
        mapper.registerModule(new CatalogConstantJson(Set.of(CitationDto.class)));
        // yyyy-MM-dd without DateTimeFormatter; anything else as jsr310 reads it (same values and errors)
        mapper.registerModule(IsoDateJson.module());
    }
}
