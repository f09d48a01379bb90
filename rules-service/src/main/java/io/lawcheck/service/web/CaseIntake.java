package io.lawcheck.service.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.lawcheck.core.model.EnforcementCase;
import io.lawcheck.service.config.ServiceJson;
import io.lawcheck.service.web.dto.CaseDto;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.mapstruct.factory.Mappers;

import java.io.IOException;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The request path without HTTP: JSON -> CaseDto -> Bean Validation -> CaseMapper -> core model, configured as the
 * service is ({@link ServiceJson}, the same constraints and mapper). Used where no server runs: the fuzz test and
 * the decision-record replay. Client errors come out as {@link com.fasterxml.jackson.core.JsonProcessingException}
 * (unreadable JSON) or {@link InvalidCaseException} (invalid case); anything else is a bug.
 */
public final class CaseIntake {
    private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();

    private final ObjectMapper json;
    private final Validator validator;
    private final CaseMapper mapper;

    public CaseIntake(ObjectMapper json, Validator validator, CaseMapper mapper) {
        this.json = json;
        this.validator = validator;
        this.mapper = mapper;
    }

    public static CaseIntake standalone() {
        return new CaseIntake(ServiceJson.mapper(), VALIDATION.getValidator(), Mappers.getMapper(CaseMapper.class));
    }

    public ObjectMapper json() {
        return json;
    }

    public EnforcementCase read(byte[] body) throws IOException {
        CaseDto dto;
        try {
            dto = json.readValue(body, CaseDto.class);
        } catch (java.io.CharConversionException e) {
            // Jackson detects UTF-8/16/32 from the first bytes; bytes invalid in that encoding are not JSON text
            throw new InvalidCaseException(FieldProblems.NOT_TEXT, e);
        }
        if (dto == null) {
            throw new InvalidCaseException("request body is null", null);
        }
        Set<ConstraintViolation<CaseDto>> violations = validator.validate(dto);
        if (!violations.isEmpty()) {
            throw new InvalidCaseException(violations.stream()
                    .map(v -> FieldProblems.field(v.getPropertyPath()) + ": " + v.getMessage())
                    .sorted(Comparator.naturalOrder()).collect(Collectors.joining("; ")), null);
        }
        return CheckController.toModel(mapper, dto);
    }
}
