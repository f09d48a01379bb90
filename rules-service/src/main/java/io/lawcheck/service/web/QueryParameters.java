package io.lawcheck.service.web;

import io.lawcheck.service.config.IsoDateJson;
import io.lawcheck.service.web.dto.ConsistentCaseValidator;
import org.springframework.core.MethodParameter;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ValueConstants;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Reads this service's {@code @RequestParam} dates ({@code @DateTimeFormat(iso = DATE)}) and enums ({@code mode})
 * directly, as Spring's own resolver would, but without its per-request work: a data binder per parameter, the
 * default value run through placeholders and SpEL, and a converter lookup keyed by the parameter's annotations, whose
 * reflective hashCode ran on every request. Together about 8% of a check's CPU in the profile (docs/performance.md).
 * Same results and errors: the first value of the parameter; empty or absent gives the default or null; a value that
 * does not convert is a {@link MethodArgumentTypeMismatchException} (ProblemHandler: 400 naming the parameter).
 * A date outside the range every date of a case has ({@link ConsistentCaseValidator#inRange}, 1949-10-01..2099-12-31)
 * is a {@link DateOutOfRangeException}: 400 naming the parameter with the body dates' reason. The only such date
 * parameter is {@code asOf}, on every endpoint that takes it; a date decades away is a typing error, as in the body.
 * Registered ahead of Spring's resolvers for io.lawcheck controllers only ({@code HttpConfiguration}).
 */
public final class QueryParameters implements HandlerMethodArgumentResolver {
    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
        if (param == null || !parameter.getContainingClass().getName().startsWith("io.lawcheck.")) {
            return false;
        }
        Class<?> type = parameter.getParameterType();
        if (type == LocalDate.class) {
            DateTimeFormat format = parameter.getParameterAnnotation(DateTimeFormat.class);
            return format != null && format.iso() == DateTimeFormat.ISO.DATE && format.pattern().isEmpty()
                    && format.fallbackPatterns().length == 0;
        }
        return type.isEnum();
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                  NativeWebRequest request, WebDataBinderFactory binderFactory) throws Exception {
        RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
        String name = param.name().isEmpty() ? parameter.getParameterName() : param.name();
        String value = request.getParameter(name);
        String defaultValue = ValueConstants.DEFAULT_NONE.equals(param.defaultValue()) ? null : param.defaultValue();
        if (value == null || value.isEmpty()) {
            if (defaultValue != null) {
                value = defaultValue;
            } else if (value == null && param.required()) {
                throw new MissingServletRequestParameterException(name, parameter.getParameterType().getSimpleName());
            } else {
                return null;
            }
        }
        Class<?> type = parameter.getParameterType();
        try {
            if (type == LocalDate.class) {
                if (value.isBlank()) { // Spring's date parser reads text without a letter or digit as null
                    if (param.required()) {
                        throw new MissingServletRequestParameterException(name, type.getSimpleName(), true);
                    }
                    return null;
                }
                return supportedDate(name, value);
            }
            return enumValue(type, value.trim());
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new MethodArgumentTypeMismatchException(value, type, name, parameter, e);
        }
    }

    /**
     * {@code value} as an ISO date ({@link DateTimeParseException} if it is none), refused with a
     * {@link DateOutOfRangeException} naming {@code name} outside the range of a case's dates.
     */
    static LocalDate supportedDate(String name, String value) {
        // yyyy-MM-dd without DateTimeFormatter (1.6% of a single check's samples); anything else as before
        LocalDate date = IsoDateJson.isoDate(value);
        if (date == null) {
            date = LocalDate.parse(value, DateTimeFormatter.ISO_DATE);
        }
        if (!ConsistentCaseValidator.inRange(date)) {
            throw new DateOutOfRangeException(name);
        }
        return date;
    }

    /** A date query parameter outside 1949-10-01..2099-12-31 (ProblemHandler: 400 naming it). */
    public static final class DateOutOfRangeException extends RuntimeException {
        private final String parameter;

        DateOutOfRangeException(String parameter) {
            super(parameter + " " + ConsistentCaseValidator.RANGE_REASON, null, false, false); // bad input: no stack
            this.parameter = parameter;
        }

        public String parameter() {
            return parameter;
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumValue(Class<?> type, String value) {
        return Enum.valueOf((Class<? extends Enum>) type, value);
    }
}
