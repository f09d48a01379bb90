package io.lawcheck.bench.service;

import io.lawcheck.bench.BaselineChecker;
import io.lawcheck.core.catalog.Catalog;
import io.lawcheck.core.check.CaseChecker;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

/**
 * For the HTTP load benchmark only (benchmarks/http-load.sh): with this jar on the service's {@code loader.path}
 * and {@code lawcheck.engine=baseline}, POST /api/v1/checks is answered by the hand-written {@link BaselineChecker}
 * (the shared subset of rules) instead of the rule engine. The production jar contains none of this.
 *
 * <p>An initializer (META-INF/spring.factories), not an auto-configuration with a {@code @ConditionalOnProperty}:
 * the service runs in Spring AOT mode, where auto-configurations and their conditions are fixed when the service
 * is built and one on {@code loader.path} would be ignored. Initializers run at every start in both modes, so the
 * Drools and the baseline server start the same way (same jar, same mode) and differ only in this one bean.
 */
public class BaselineEngineInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
    /** Printed at start-up; http-load.sh checks for it so a baseline run can never silently measure Drools. */
    public static final String BANNER = "lawcheck.engine=baseline: checks are answered by the hand-written benchmark "
            + "baseline";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (!"baseline".equals(context.getEnvironment().getProperty("lawcheck.engine"))) {
            return;
        }
        if (!(context instanceof GenericApplicationContext generic)) {
            throw new IllegalStateException("lawcheck.engine=baseline needs a GenericApplicationContext, got "
                    + context.getClass().getName());
        }
        // Primary over the service's Checker: CheckController asks for a CaseChecker.
        generic.registerBean("baselineCaseChecker", CaseChecker.class, () -> {
            LoggerFactory.getLogger(BaselineEngineInitializer.class).warn("{} (rules {}), not by Drools", BANNER,
                    BaselineChecker.RULE_IDS);
            return new BaselineChecker(generic.getBean(Catalog.class));
        }, definition -> definition.setPrimary(true));
    }
}
