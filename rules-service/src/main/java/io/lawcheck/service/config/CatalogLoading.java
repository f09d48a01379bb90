package io.lawcheck.service.config;

import io.lawcheck.catalog.StandardCatalog;
import io.lawcheck.catalog.load.CatalogLoader;
import io.lawcheck.core.catalog.Catalog;
import io.lawcheck.core.check.Checker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.aot.AbstractAotProcessor;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Loads the rule catalog (files, static checks, calendar, KieBase) and builds the checker with its first session on
 * a thread of its own while Spring builds the web context, instead of one after the other on the main thread
 * (docs/performance.md, start-up). Started by {@link Starter} (META-INF/spring.factories) as soon as the
 * environment, and with it {@code lawcheck.catalog.base-path}, is known.
 *
 * <p>The {@code catalog} and {@code checker} beans wait for the result ({@link #catalog()}), and every controller
 * needs them, so the context, and with it the HTTP port and health UP, never comes up before the catalog is ready;
 * a broken catalog still stops the start with its {@link io.lawcheck.catalog.load.CatalogException}.
 */
public final class CatalogLoading {
    static final String BEAN_NAME = "lawcheckCatalogLoading";
    private static final Logger log = LoggerFactory.getLogger(CatalogLoading.class);

    private record Loaded(Catalog catalog, Checker checker, String report) {
    }

    private final CompletableFuture<Loaded> result = new CompletableFuture<>();

    private CatalogLoading() {
    }

    /** Starts loading the catalog at {@code basePath} (classpath folder of catalog.yaml) on a new daemon thread. */
    public static CatalogLoading start(String basePath) {
        CatalogLoading loading = new CatalogLoading();
        Thread thread = new Thread(() -> loading.run(basePath), "lawcheck-catalog");
        thread.setDaemon(true); // a start that fails elsewhere must not wait for it
        thread.setContextClassLoader(StandardCatalog.class.getClassLoader());
        thread.start();
        return loading;
    }

    private void run(String basePath) {
        try {
            long t0 = System.nanoTime();
            CatalogLoader loader = new CatalogLoader(StandardCatalog.class.getClassLoader(), basePath);
            Catalog catalog = loader.load();
            long t1 = System.nanoTime();
            Checker checker = Checker.of(catalog);
            long t2 = System.nanoTime();
            result.complete(new Loaded(catalog, checker, "loaded in " + (t2 - t0) / 1_000_000 + " ms ("
                    + loader.timings() + ", first session " + (t2 - t1) / 1_000_000 + " ms)"));
        } catch (Throwable e) {
            result.completeExceptionally(e);
        }
    }

    /** Waits for the catalog; rethrows what loading threw (a CatalogException for a broken catalog). */
    public Catalog catalog() {
        long t0 = System.nanoTime();
        Loaded loaded = join();
        long waited = (System.nanoTime() - t0) / 1_000_000;
        log.info("catalog {} ready: {} on a background thread; start-up waited {} ms for it",
                loaded.catalog().version(), loaded.report(), waited);
        return loaded.catalog();
    }

    /** The checker built on this catalog (its first rule session already made), or null for another catalog. */
    public Checker checkerFor(Catalog catalog) {
        Loaded loaded = join();
        return loaded.catalog() == catalog ? loaded.checker() : null;
    }

    private Loaded join() {
        try {
            return result.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error r) {
                throw r;
            }
            throw e;
        }
    }

    /** Starts the loading for each application context; registered in META-INF/spring.factories. */
    public static final class Starter implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            if (Boolean.getBoolean(AbstractAotProcessor.AOT_PROCESSING)) {
                return; // build-time AOT processing (mvn package) only records bean definitions; no beans are made
            }
            // Bound like LawcheckProperties (relaxed names: LAWCHECK_CATALOG_BASEPATH, --lawcheck.catalog.base-path).
            String basePath = Binder.get(context.getEnvironment()).bind("lawcheck.catalog.base-path", String.class)
                    .orElse(LawcheckProperties.Catalog.DEFAULT_BASE_PATH);
            context.getBeanFactory().registerSingleton(BEAN_NAME, start(basePath));
        }
    }
}
