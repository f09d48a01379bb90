package io.lawcheck.service.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.lawcheck.catalog.StandardCatalog;
import io.lawcheck.catalog.load.CatalogLoader;
import io.lawcheck.core.catalog.Catalog;
import io.lawcheck.core.check.Checker;
import io.lawcheck.service.records.DecisionRecorder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.ZoneId;

/**
 * The catalog is loaded and checked once at start-up, on a thread of its own ({@link CatalogLoading}); a broken
 * catalog stops the service from starting ({@link CatalogFailureAnalyzer} prints the problems).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LawcheckProperties.class)
public class CheckerConfiguration {
    /** Legal dates are in China's time zone; only the default as-of date reads this clock. */
    public static final ZoneId LEGAL_ZONE = ZoneId.of("Asia/Shanghai");

    @Bean
    public Catalog catalog(ObjectProvider<CatalogLoading> loading, LawcheckProperties properties) {
        CatalogLoading started = loading.getIfAvailable();
        // Without CatalogLoading.Starter (a context not made by SpringApplication): load here, on this thread.
        if (started != null) {
            return started.catalog();
        }
        return new CatalogLoader(StandardCatalog.class.getClassLoader(), properties.getCatalog().getBasePath()).load();
    }

    @Bean
    public Checker checker(Catalog catalog, ObjectProvider<CatalogLoading> loading) {
        CatalogLoading started = loading.getIfAvailable();
        Checker built = started == null ? null : started.checkerFor(catalog);
        return built != null ? built : Checker.of(catalog);
    }

    @Bean
    public Clock clock() {
        return Clock.system(LEGAL_ZONE);
    }

    @Bean
    public Jackson2ObjectMapperBuilderCustomizer strictJson(LawcheckProperties properties) {
        return builder -> builder.postConfigurer(m -> ServiceJson.configure(m,
                properties.getLimits().getMaxNestingDepth(), properties.getLimits().getMaxStringLength()));
    }

    @Bean(destroyMethod = "close")
    public DecisionRecorder decisionRecorder(LawcheckProperties properties) {
        LawcheckProperties.Records r = properties.getRecords();
        return r.isEnabled() ? DecisionRecorder.start(r.getPath(), r.getQueueCapacity()) : DecisionRecorder.off();
    }
}
