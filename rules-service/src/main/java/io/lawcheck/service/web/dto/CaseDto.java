package io.lawcheck.service.web.dto;

import io.lawcheck.core.model.ActKind;
import io.lawcheck.core.model.AgencyLevel;
import io.lawcheck.core.model.AgencySystem;
import io.lawcheck.core.model.ProcedureKind;
import io.lawcheck.core.model.StepKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.Map;

/**
 * One enforcement case as JSON. No personal data: {@code caseId} is an opaque reference. Any field left out or
 * null is unknown to the checker, never "no". Booleans are three-valued: true, false, or null/absent (unknown).
 * <p>{@code @Valid} only where the nested type has constraints: cascading into the others (party, legal review,
 * service, judgements) could find nothing, yet cost Hibernate Validator its path bookkeeping for every one of their
 * properties (docs/performance.md). {@code ValidationCascadeTest} fails if one of them gains a constraint.
 */
@ConsistentCase
public record CaseDto(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9_.:/-]+",
                message = "must be an opaque reference of letters, digits and _ . : / -") String caseId,
        @NotNull ActKind actKind,
        AgencySystem agencySystem,
        @Pattern(regexp = "\\d{6}", message = "must be a six-digit GB/T 2260 division code") String jurisdiction,
        AgencyLevel agencyLevel,
        PartyDto party,
        ProcedureKind procedure,
        @Size(max = 20) List<@Valid @NotNull PenaltyDto> proposedPenalties,
        @Size(max = 20) List<@Valid @NotNull PenaltyDto> decidedPenalties,
        @Size(max = 64) Map<@NotNull StepKind, @Valid @NotNull StepDto> steps,
        @Size(max = 50) List<@Valid @NotNull OfficerDto> officers,
        @Size(max = 200) List<@Valid @NotNull EvidenceDto> evidence,
        LegalReviewDto legalReview,
        ServiceDto service,
        JudgementsDto judgements,
        @Valid PenaltyProcedureDto penaltyProcedure,
        @Valid CoercionDto coercion,
        @Valid LicensingDto licensing,
        @Valid PlatformDto platform,
        PenaltyFormalitiesDto penaltyFormalities) { // no constraints: not cascaded
    /** Case content never reaches a log line, even when a framework logs request bodies at DEBUG. */
    @Override
    public String toString() {
        return "CaseDto[content withheld]";
    }
}
