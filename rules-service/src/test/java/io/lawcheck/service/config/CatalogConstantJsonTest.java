package io.lawcheck.service.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.lawcheck.core.catalog.Verification;
import io.lawcheck.service.web.dto.CitationDto;
import io.lawcheck.service.web.dto.TextDto;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Citations written from JSON rendered once per instance: the same bytes as the ordinary serializer, for the same
 * instance again, for an equal instance and for a different citation (a cache by instance must never answer with
 * another citation's bytes).
 */
class CatalogConstantJsonTest {
    private static CitationDto citation(String article, String summary) {
        return new CitationDto("APL-2021-" + article, new TextDto("行政处罚法（2021年修订）第" + article + "条",
                "Administrative Penalty Law (2021 revision) Art. " + article), new TextDto("行政处罚法", "APL"),
                new TextDto("2021年修订", "2021 revision"), article, null, null, new TextDto(summary, summary + " (en)"),
                Verification.VERIFIED);
    }

    @Test
    void writesWhatThePlainSerializerWrites() throws Exception {
        ObjectMapper service = ServiceJson.mapper();
        ObjectMapper plain = new ObjectMapper().setSerializationInclusion(
                com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL);
        CitationDto a = citation("63", "听证“较大数额”");
        CitationDto equalToA = citation("63", "听证“较大数额”");
        CitationDto b = citation("58", "法制审核");
        List<CitationDto> written = List.of(a, a, equalToA, b, a);
        String expected = plain.writeValueAsString(written);
        assertThat(service.writeValueAsString(written)).isEqualTo(expected);
        // again, now from the rendered bytes
        assertThat(service.writeValueAsString(written)).isEqualTo(expected);
        assertThat(service.writeValueAsString(b)).isEqualTo(plain.writeValueAsString(b)).doesNotContain("\"63\"");
    }
}
