package io.lawcheck.bench.service;

import io.lawcheck.bench.BaselineChecker;
import io.lawcheck.bench.SubsetCatalog;
import io.lawcheck.core.catalog.Catalog;
import io.lawcheck.core.check.Assessment;
import io.lawcheck.core.check.CaseChecker;
import io.lawcheck.core.check.Checker;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

import java.util.function.Supplier;

/**
 * For the HTTP load benchmark only (benchmarks/http-load.sh, http-ab.sh): with this jar on the service's
 * {@code loader.path}, {@code lawcheck.engine} picks who answers POST /api/v1/checks:
 * <ul>
 * <li>{@code baseline}: the hand-written {@link BaselineChecker} (the shared subset of rules);</li>
 * <li>{@code subset}: Drools on the same subset ({@link SubsetCatalog}: the shipped KieBase cut down to
 * {@link BaselineChecker#RULE_IDS}), so that subset ÷ baseline is the engine's share of the HTTP cost for the same
 * rules, while drools ÷ subset is what the rest of the law costs;</li>
 * <li>{@code none}: no rules at all, every case answered with no findings ({@link #noRules}): what HTTP, JSON,
 * validation and mapping cost on their own, the floor under every engine on this machine;</li>
 * <li>anything else ({@code drools}, the default): the service's own Checker over the full catalog.</li>
 * </ul>
 * The production jar contains none of this.
 *
 * <p>An initializer (META-INF/spring.factories), not an auto-configuration with a {@code @ConditionalOnProperty}:
 * the service runs in Spring AOT mode, where auto-configurations and their conditions are fixed when the service
 * is built and one on {@code loader.path} would be ignored. Initializers run at every start in both modes, so all
 * three servers start the same way (same jar, same mode) and differ only in this one bean.
 */
public class BenchmarkEngineInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
    /** Printed at start-up; the scripts check for it so a run can never silently measure another engine. */
    public static final String BANNER = "lawcheck.engine=baseline: checks are answered by the hand-written benchmark "
            + "baseline";
    public static final String SUBSET_BANNER = "lawcheck.engine=subset: checks are answered by Drools on the "
            + "benchmark subset";
    public static final String NONE_BANNER = "lawcheck.engine=none: checks are answered with no findings, no rules run";

    /**
     * The {@code none} engine: an {@link Assessment} of the case on which no rule runs, so the answer is built and
     * written exactly as a check's (case id, as-of date, mode, the catalog's versions, a draft's decision window),
     * with no findings. Everything before it (parsing, validation, mapping) is the same as for the other engines.
     */
    static CaseChecker noRules(Catalog catalog) {
        return (enforcementCase, asOf, mode) -> new Assessment(enforcementCase, asOf, mode, catalog).result();
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String engine = context.getEnvironment().getProperty("lawcheck.engine");
        if ("baseline".equals(engine)) {
            register(context, () -> {
                LoggerFactory.getLogger(BenchmarkEngineInitializer.class).warn("{} (rules {}), not by Drools", BANNER,
                        BaselineChecker.RULE_IDS);
                return new BaselineChecker(((GenericApplicationContext) context).getBean(Catalog.class));
            });
        } else if ("none".equals(engine)) {
            register(context, () -> {
                LoggerFactory.getLogger(BenchmarkEngineInitializer.class).warn(NONE_BANNER);
                return noRules(((GenericApplicationContext) context).getBean(Catalog.class));
            });
        } else if ("subset".equals(engine)) {
            register(context, () -> {
                Checker checker = Checker.of(SubsetCatalog.load(BaselineChecker.RULE_IDS));
                LoggerFactory.getLogger(BenchmarkEngineInitializer.class).warn("{} (rules {}), not the full catalog",
                        SUBSET_BANNER, BaselineChecker.RULE_IDS);
                return checker;
            });
        }
    }

    private static void register(ConfigurableApplicationContext context, Supplier<CaseChecker> checker) {
        if (!(context instanceof GenericApplicationContext generic)) {
            throw new IllegalStateException("lawcheck.engine=" + context.getEnvironment().getProperty("lawcheck.engine")
                    + " needs a GenericApplicationContext, got " + context.getClass().getName());
        }
        // Primary over the service's Checker: CheckController asks for a CaseChecker.
        generic.registerBean("benchmarkCaseChecker", CaseChecker.class, checker, d -> d.setPrimary(true));
    }
}
