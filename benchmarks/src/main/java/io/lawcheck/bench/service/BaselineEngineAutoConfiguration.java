package io.lawcheck.bench.service;

import io.lawcheck.bench.BaselineChecker;
import io.lawcheck.core.catalog.Catalog;
import io.lawcheck.core.check.CaseChecker;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * For the HTTP load benchmark only (benchmarks/http-load.sh): with this jar on the service's {@code loader.path}
 * and {@code lawcheck.engine=baseline}, POST /api/v1/checks is answered by the hand-written {@link BaselineChecker}
 * (the shared subset of rules) instead of the rule engine. The production jar contains none of this.
 */
@AutoConfiguration
@ConditionalOnProperty(name = "lawcheck.engine", havingValue = "baseline")
public class BaselineEngineAutoConfiguration {
    /** Printed at start-up; http-load.sh checks for it so a baseline run can never silently measure Drools. */
    public static final String BANNER = "lawcheck.engine=baseline: checks are answered by the hand-written benchmark "
            + "baseline";

    @Bean
    @Primary
    public CaseChecker baselineCaseChecker(Catalog catalog) {
        LoggerFactory.getLogger(BaselineEngineAutoConfiguration.class).warn("{} (rules {}), not by Drools", BANNER,
                BaselineChecker.RULE_IDS);
        return new BaselineChecker(catalog);
    }
}
