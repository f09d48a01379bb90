package io.lawcheck.service.web.dto;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

/**
 * A date in the range {@link ConsistentCaseValidator} accepts for the dates of a case (1949-10-01..2099-12-31), with
 * the same reason. For dates outside {@code CaseDto} in types validated anyway (the warning history of
 * {@code WarningRequest}); the case's own dates are checked by {@link ConsistentCase}, which needs no cascade.
 */
@Documented
@Constraint(validatedBy = SupportedDate.Validator.class)
@Target(ElementType.FIELD) // on a record component: its field, which Hibernate Validator reads
@Retention(RetentionPolicy.RUNTIME)
public @interface SupportedDate {
    String message() default "must be between 1949-10-01 and 2099-12-31";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Validator implements ConstraintValidator<SupportedDate, LocalDate> {
        @Override
        public boolean isValid(LocalDate date, ConstraintValidatorContext context) {
            return date == null || ConsistentCaseValidator.inRange(date);
        }
    }
}
