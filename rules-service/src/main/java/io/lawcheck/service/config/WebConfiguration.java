package io.lawcheck.service.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.lawcheck.service.web.ApiKeyFilter;
import io.lawcheck.service.web.BodyLimitFilter;
import io.lawcheck.service.web.CheckController;
import io.lawcheck.service.web.CheckFastPath;
import io.lawcheck.service.web.RequestIdFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Request id first (so every later log line has it), then authentication, then the body limit, then the check
 * endpoint's fast path (plain JSON checks answered without Spring MVC; everything else goes on to MVC).
 */
@Configuration(proxyBeanMethods = false)
public class WebConfiguration {
    private static final Logger log = LoggerFactory.getLogger(WebConfiguration.class);

    @Bean
    public FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
        FilterRegistrationBean<RequestIdFilter> r = new FilterRegistrationBean<>(new RequestIdFilter());
        r.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return r;
    }

    @Bean
    public FilterRegistrationBean<ApiKeyFilter> apiKeyFilter(LawcheckProperties properties, ObjectMapper json) {
        ApiKeyFilter filter = new ApiKeyFilter(properties.getApi().getKeys(), json);
        if (filter.enabled()) {
            log.info("API key authentication is ON for /api/** ({} key(s)); send header {}",
                    properties.getApi().getKeys().size(), ApiKeyFilter.HEADER);
        } else {
            log.warn("""
                    ************************************************************************************
                    API key authentication is OFF: anyone who can reach this port can submit cases.
                    Turn it on with LAWCHECK_API_KEYS=<key1>,<key2> (or lawcheck.api.keys); keys of at
                    least {} characters, sent in header {}. See docs/operations.md.
                    ************************************************************************************""",
                    ApiKeyFilter.MIN_KEY_LENGTH, ApiKeyFilter.HEADER);
        }
        FilterRegistrationBean<ApiKeyFilter> r = new FilterRegistrationBean<>(filter);
        r.addUrlPatterns("/api/*");
        r.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return r;
    }

    @Bean
    public FilterRegistrationBean<BodyLimitFilter> bodyLimitFilter(LawcheckProperties properties, ObjectMapper json) {
        FilterRegistrationBean<BodyLimitFilter> r = new FilterRegistrationBean<>(
                new BodyLimitFilter(properties.getLimits().getMaxBody().toBytes(), json));
        // Single-case endpoints only: the NDJSON endpoints (/api/v1/checks/batch, /api/v1/statistics) carry up to
        // lawcheck.batch.max-cases cases and enforce lawcheck.batch.max-bytes themselves.
        r.addUrlPatterns("/api/v1/checks", "/api/v1/warnings");
        r.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return r;
    }

    @Bean
    public FilterRegistrationBean<CheckFastPath> checkFastPath(CheckController controller, ObjectMapper json,
                                                               jakarta.validation.Validator validator) {
        FilterRegistrationBean<CheckFastPath> r = new FilterRegistrationBean<>(
                new CheckFastPath(controller, json, validator));
        r.addUrlPatterns("/api/v1/checks");
        r.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
        return r;
    }
}
