package io.lawcheck.service.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The fast path's reading of request headers, and request ids made without SecureRandom. */
class RequestHeadersTest {
    @Test
    void newRequestIdsAreVersion4UuidsAndDistinct() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String id = RequestIdFilter.newId();
            UUID uuid = UUID.fromString(id);
            assertThat(uuid.version()).isEqualTo(4);
            assertThat(uuid.variant()).isEqualTo(2);
            assertThat(id).hasSize(36).matches("[0-9a-f-]{36}");
            ids.add(id);
        }
        assertThat(ids).hasSize(1000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "Application/JSON", " application/json ", "application/json;charset=UTF-8",
            "application/json; charset=utf-8", "application/json;charset=\"UTF-8\""})
    void plainJsonContentTypes(String type) {
        assertThat(CheckFastPath.jsonContentType(Collections.enumeration(List.of(type)))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/jsonx", "application/json;charset=ISO-8859-1", "application/json;q=1",
            "application/problem+json", "text/json", "application/json;charset=UTF-16", ""})
    void otherContentTypesAreLeftToSpring(String type) {
        assertThat(CheckFastPath.jsonContentType(Collections.enumeration(List.of(type)))).isFalse();
        assertThat(CheckFastPath.jsonContentType(Collections.enumeration(List.of("application/json", type)))).isFalse();
        assertThat(CheckFastPath.jsonContentType(Collections.emptyEnumeration())).isFalse();
    }

    @Test
    void acceptAbsentJsonOrAnythingOnly() {
        assertThat(CheckFastPath.acceptsJson(Collections.emptyEnumeration())).isTrue();
        assertThat(CheckFastPath.acceptsJson(Collections.enumeration(List.of("application/json")))).isTrue();
        assertThat(CheckFastPath.acceptsJson(Collections.enumeration(List.of("*/*")))).isTrue();
        assertThat(CheckFastPath.acceptsJson(Collections.enumeration(List.of("application/json, */*")))).isFalse();
        assertThat(CheckFastPath.acceptsJson(Collections.enumeration(List.of("text/html")))).isFalse();
        assertThat(CheckFastPath.acceptsJson(Collections.enumeration(List.of("*/*", "text/html")))).isFalse();
    }
}
