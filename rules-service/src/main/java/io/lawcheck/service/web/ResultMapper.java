package io.lawcheck.service.web;

import io.lawcheck.core.catalog.Citation;
import io.lawcheck.core.catalog.Catalog;
import io.lawcheck.core.catalog.RuleDefinition;
import io.lawcheck.core.catalog.RuleVersion;
import io.lawcheck.core.check.CheckResult;
import io.lawcheck.core.check.DecisionWindow;
import io.lawcheck.core.check.Finding;
import io.lawcheck.core.check.FindingStatus;
import io.lawcheck.service.web.dto.CatalogDto;
import io.lawcheck.service.web.dto.CheckResponse;
import io.lawcheck.service.web.dto.CitationDto;
import io.lawcheck.service.web.dto.DecisionWindowDto;
import io.lawcheck.service.web.dto.FindingDto;
import io.lawcheck.service.web.dto.RuleDto;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import java.util.List;

/** Maps core results and catalog metadata to the API's response shapes. */
@Mapper
public interface ResultMapper {
    @Mapping(target = "summary", expression = "java(summary(result))")
    CheckResponse toResponse(CheckResult result);

    FindingDto toDto(Finding finding);

    @Mapping(target = "conditional", expression = "java(window.conditional())")
    @Mapping(target = "closed", expression = "java(window.closed())")
    DecisionWindowDto toDto(DecisionWindow window);

    DecisionWindowDto.Reason toDto(DecisionWindow.Reason reason);

    @Mapping(target = "label", expression = "java(toText(citation.label()))")
    CitationDto toDto(Citation citation);

    io.lawcheck.service.web.dto.TextDto toText(io.lawcheck.core.catalog.LocalizedText text);

    RuleDto toDto(RuleDefinition rule);

    RuleDto.Version toDto(RuleVersion version);

    default CheckResponse.Summary summary(CheckResult result) {
        return new CheckResponse.Summary(result.withStatus(FindingStatus.VIOLATION).size(),
                result.withStatus(FindingStatus.NEEDS_REVIEW).size(), result.withStatus(FindingStatus.PENDING).size(),
                result.withStatus(FindingStatus.SATISFIED).size(),
                result.withStatus(FindingStatus.ENGINE_ERROR).size());
    }

    default CatalogDto toDto(Catalog catalog) {
        List<RuleDto> rules = catalog.rules().all().stream().map(this::toDto).toList();
        return new CatalogDto(catalog.version(), catalog.calendar().version(), catalog.calendar().firstYear(),
                catalog.calendar().lastYear(), rules.size(), rules);
    }
}
