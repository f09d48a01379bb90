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
import org.mapstruct.Named;

import java.util.List;

/** Maps core results and catalog metadata to the API's response shapes. */
@Mapper
public interface ResultMapper {
    @Mapping(target = "summary", expression = "java(summary(result))")
    CheckResponse toResponse(CheckResult result);

    /**
     * Written out rather than generated: a {@link Finding} is a class (its message is rendered when first read), not
     * a record, and MapStruct sees only {@code getX()} getters on classes. Its maps are already unmodifiable copies:
     * no second copy per finding.
     */
    default FindingDto toDto(Finding finding) {
        if (finding == null) {
            return null;
        }
        return new FindingDto(finding.ruleId(), finding.ruleVersion(), finding.family(), finding.severity(),
                finding.status(), finding.dueDate(), toText(finding.title()), toText(finding.message()),
                citationListToCitationDtoList(finding.citations()), finding.facts(), finding.parameters(),
                finding.basis());
    }

    List<CitationDto> citationListToCitationDtoList(List<Citation> citations);

    @Mapping(target = "conditional", expression = "java(window.conditional())")
    @Mapping(target = "closed", expression = "java(window.closed())")
    DecisionWindowDto toDto(DecisionWindow window);

    DecisionWindowDto.Reason toDto(DecisionWindow.Reason reason);

    /**
     * Citations are catalog constants: each is mapped once (its label is built from several texts) and the same DTO is
     * returned after that; {@link io.lawcheck.service.config.CatalogConstantJson} then writes it from bytes rendered
     * once.
     */
    default CitationDto toDto(Citation citation) {
        return citation == null ? null : CitationDtos.BY_CITATION.computeIfAbsent(citation, this::newCitationDto);
    }

    @Named("newCitationDto")
    @Mapping(target = "label", expression = "java(toText(citation.label()))")
    CitationDto newCitationDto(Citation citation);

    io.lawcheck.service.web.dto.TextDto toText(io.lawcheck.core.catalog.LocalizedText text);

    RuleDto toDto(RuleDefinition rule);

    RuleDto.Version toDto(RuleVersion version);

    default CheckResponse.Summary summary(CheckResult result) {
        int[] byStatus = new int[FindingStatus.values().length];
        for (Finding f : result.findings()) {
            byStatus[f.status().ordinal()]++;
        }
        return new CheckResponse.Summary(byStatus[FindingStatus.VIOLATION.ordinal()],
                byStatus[FindingStatus.NEEDS_REVIEW.ordinal()], byStatus[FindingStatus.PENDING.ordinal()],
                byStatus[FindingStatus.SATISFIED.ordinal()], byStatus[FindingStatus.ENGINE_ERROR.ordinal()]);
    }

    default CatalogDto toDto(Catalog catalog) {
        List<RuleDto> rules = catalog.rules().all().stream().map(this::toDto).toList();
        return new CatalogDto(catalog.version(), catalog.calendar().version(), catalog.calendar().firstYear(),
                catalog.calendar().lastYear(), rules.size(), rules);
    }
}
