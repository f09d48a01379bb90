package io.lawcheck.service;

import io.lawcheck.service.web.dto.CaseDto;
import io.lawcheck.service.web.dto.DecisionDocumentDto;
import io.lawcheck.service.web.dto.JudgementsDto;
import io.lawcheck.service.web.dto.LegalReviewDto;
import io.lawcheck.service.web.dto.OfficerWithdrawalDto;
import io.lawcheck.service.web.dto.OnTheSpotFormDto;
import io.lawcheck.service.web.dto.PaymentDeferralDto;
import io.lawcheck.service.web.dto.PartyDto;
import io.lawcheck.service.web.dto.PenaltyFormalitiesDto;
import io.lawcheck.service.web.dto.PenaltyProcedureDto;
import io.lawcheck.service.web.dto.ServiceDto;
import io.lawcheck.service.web.dto.StepDto;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.metadata.PropertyDescriptor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CaseDto cascades validation ({@code @Valid}) only into nested types that have constraints (a speed-up: see
 * CaseDto). If one of the uncascaded types gains a constraint, this fails: put {@code @Valid} back on its field.
 */
class ValidationCascadeTest {
    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    @ParameterizedTest(name = "{0}")
    @ValueSource(classes = {PartyDto.class, LegalReviewDto.class, ServiceDto.class,
            JudgementsDto.class, DecisionDocumentDto.class, PenaltyFormalitiesDto.class, OnTheSpotFormDto.class,
            PaymentDeferralDto.class, OfficerWithdrawalDto.class})
    void typesNotCascadedIntoHaveNoConstraints(Class<?> type) {
        assertThat(VALIDATOR.getConstraintsForClass(type).isBeanConstrained())
                .as("%s has constraints now: cascade into it with @Valid", type.getSimpleName()).isFalse();
    }

    @Test
    void everyOtherNestedRecordIsCascaded() {
        for (PropertyDescriptor p : VALIDATOR.getConstraintsForClass(CaseDto.class).getConstrainedProperties()) {
            Class<?> type = p.getElementClass();
            if (type.getPackageName().equals(CaseDto.class.getPackageName())) {
                assertThat(p.isCascaded()).as(p.getPropertyName()).isTrue();
            }
        }
        assertThat(VALIDATOR.getConstraintsForClass(CaseDto.class).getConstraintsForProperty("penaltyProcedure")
                .isCascaded()).isTrue();
        assertThat(VALIDATOR.getConstraintsForClass(PenaltyProcedureDto.class).getConstraintsForProperty("hearing")
                .isCascaded()).isTrue();
        // StepDto has constraints (@AssertTrue on happened/date/platformReceived): its map values stay cascaded
        assertThat(VALIDATOR.getConstraintsForClass(StepDto.class).isBeanConstrained()).isTrue();
    }
}
