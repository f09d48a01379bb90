package io.lawcheck.service.web;

import io.lawcheck.core.model.DivisionCode;
import io.lawcheck.core.model.EnforcementCase;
import io.lawcheck.core.model.Step;
import io.lawcheck.core.model.TriState;
import io.lawcheck.service.web.dto.CaseDto;
import io.lawcheck.service.web.dto.StepDto;
import org.mapstruct.Mapper;

/** Maps the validated JSON case to the core model. Booleans become three-valued facts: null is UNKNOWN. */
@Mapper
public interface CaseMapper {
    EnforcementCase toModel(CaseDto dto);

    default TriState triState(Boolean value) {
        return TriState.of(value);
    }

    default DivisionCode divisionCode(String code) {
        return code == null ? null : DivisionCode.of(code);
    }

    default Step step(StepDto dto) {
        return new Step(dto.happened() == null ? null : TriState.of(dto.happened()), dto.date(),
                dto.platformReceived());
    }
}
