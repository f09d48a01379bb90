package io.lawcheck.service.web.dto;

import io.lawcheck.core.catalog.Verification;
import io.lawcheck.core.model.TriState;
import io.lawcheck.core.warning.ResponsibleBody;
import io.lawcheck.core.warning.WarningDecision;
import io.lawcheck.core.warning.WarningLevel;

import java.time.LocalDate;
import java.util.List;

/**
 * The platform's warning for one case: level, who handles it and by when, when it escalates if unhandled, the
 * findings behind it, and whether the case is a major case (重大案件) and who supervises it.
 */
public record WarningResponse(String caseId, LocalDate asOf, String catalogVersion, boolean inScope,
                              WarningLevel level, TextDto levelLabel, ResponsibleBody responsible,
                              TextDto responsibleLabel, LocalDate raisedOn, LocalDate handlingDeadline,
                              LocalDate escalatesOn, LocalDate handledOn, List<FindingRefDto> triggers,
                              List<FindingRefDto> attention, TriState majorCase, ResponsibleBody majorCaseSupervisor,
                              TextDto majorCaseSupervisorLabel, String limitsSource, Verification limitsBasis) {

    public static WarningResponse of(WarningDecision d, String catalogVersion) {
        return new WarningResponse(d.caseId(), d.asOf(), catalogVersion, d.inScope(), d.level(),
                text(d.level().label()), d.responsible(), d.responsible() == null ? null : text(d.responsible().label()),
                d.raisedOn(), d.handlingDeadline(), d.escalatesOn(), d.handledOn(),
                d.triggers().stream().map(f -> FindingRefDto.of(f, true)).toList(),
                d.attention().stream().map(f -> FindingRefDto.of(f, true)).toList(), d.majorCase(),
                d.majorCaseSupervisor(),
                d.majorCaseSupervisor() == null ? null : text(d.majorCaseSupervisor().label()), d.limitsSource(),
                d.limitsBasis());
    }

    private static TextDto text(io.lawcheck.core.catalog.LocalizedText t) {
        return new TextDto(t.zh(), t.en());
    }
}
