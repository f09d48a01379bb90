package io.lawcheck.service.config;

import io.lawcheck.catalog.StandardCatalog;
import io.lawcheck.core.catalog.Catalog;
import io.lawcheck.core.check.Checker;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.ZoneId;

/** The catalog is loaded and checked once at start-up; a broken catalog stops the service from starting. */
@Configuration(proxyBeanMethods = false)
public class CheckerConfiguration {
    /** Legal dates are in China's time zone; only the default as-of date reads this clock. */
    public static final ZoneId LEGAL_ZONE = ZoneId.of("Asia/Shanghai");

    @Bean
    public Catalog catalog() {
        return StandardCatalog.load();
    }

    @Bean
    public Checker checker(Catalog catalog) {
        return Checker.of(catalog);
    }

    @Bean
    public Clock clock() {
        return Clock.system(LEGAL_ZONE);
    }
}
