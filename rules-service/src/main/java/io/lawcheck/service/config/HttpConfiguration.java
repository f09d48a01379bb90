package io.lawcheck.service.config;

import io.lawcheck.service.web.QueryParameters;
import org.apache.coyote.AbstractProtocol;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

import java.util.ArrayList;
import java.util.List;

/**
 * The request path's settings that are code: this service's query parameters read without Spring's per-request
 * conversion machinery ({@link QueryParameters}), and request threads sized to the CPUs. Checking is CPU-bound:
 * Tomcat's default of 200 threads let 64 connections run 64 checks at once on 2 cores, each holding a rule session
 * (the checker keeps {@code max(8, 4 x CPUs)} idle sessions and builds and drops the rest), and time-slicing them
 * stretched every answer. With {@code CPUs + 1} threads (fewer than the idle sessions, so every request finds one),
 * further requests wait briefly in the connector's queue instead. A/B runs on 2 cores (docs/performance.md): 4
 * threads cost less CPU per request than 8 with a lower p99; 3 gave 25% more checks per second than 4 at the same
 * p99; 2 gave more still but doubled the p99 (one thread off the CPU then stalls half the service). Batch answers
 * stream on Spring's task executor, not on these threads. {@code server.tomcat.threads.max}, when set, wins.
 */
@Configuration(proxyBeanMethods = false)
public class HttpConfiguration {
    static final String MAX_THREADS = "server.tomcat.threads.max";

    /** Default request threads: one per CPU and one more (within the checker's idle sessions, max(8, 4 x CPUs)). */
    public static int defaultMaxThreads() {
        return Runtime.getRuntime().availableProcessors() + 1;
    }

    /** Puts {@link QueryParameters} ahead of Spring's resolvers (custom resolvers otherwise come after them). */
    @Bean
    public static BeanPostProcessor queryParametersFirst() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof RequestMappingHandlerAdapter adapter && adapter.getArgumentResolvers() != null) {
                    List<HandlerMethodArgumentResolver> resolvers = new ArrayList<>();
                    resolvers.add(new QueryParameters());
                    resolvers.addAll(adapter.getArgumentResolvers());
                    adapter.setArgumentResolvers(resolvers);
                }
                return bean;
            }
        };
    }

    @Bean
    public RequestThreads requestThreads(Environment env) {
        return new RequestThreads(env.containsProperty(MAX_THREADS) ? -1 : defaultMaxThreads());
    }

    /** Runs after Spring Boot's own Tomcat customizer (order 0), so its connector setting is applied last. */
    public static final class RequestThreads implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>,
            Ordered {
        private final int max;

        RequestThreads(int max) {
            this.max = max;
        }

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            if (max < 1) {
                return; // server.tomcat.threads.max is set: Spring Boot applies it
            }
            factory.addConnectorCustomizers(connector -> {
                if (connector.getProtocolHandler() instanceof AbstractProtocol<?> protocol) {
                    protocol.setMaxThreads(max);
                    protocol.setMinSpareThreads(Math.min(protocol.getMinSpareThreads(), max));
                }
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
