package io.lawcheck.service.web.dto;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The case does not contradict itself: its dates are in the supported range and in an order that can happen, and
 * what it says happened agrees with what it says did not. Each contradiction names the field that breaks it,
 * e.g. {@code steps.DECISION.date}. See {@link ConsistentCaseValidator} for the list and why each one is a
 * contradiction rather than a violation the rules should find.
 */
@Documented
@Constraint(validatedBy = ConsistentCaseValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ConsistentCase {
    String message() default "the case contradicts itself";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
