package io.lawcheck.service.config;

import io.lawcheck.core.catalog.Catalog;
import io.lawcheck.core.warning.WarningPolicy;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The supervision platform's warning policy (limits and calendar from the catalog) and the batch limits. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BatchProperties.class)
public class PlatformConfiguration {
    @Bean
    public WarningPolicy warningPolicy(Catalog catalog) {
        return new WarningPolicy(catalog.calendar(), catalog.parameters());
    }
}
