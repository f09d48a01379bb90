package io.lawcheck.catalog;

import io.lawcheck.catalog.load.CatalogLoader;
import io.lawcheck.core.catalog.Catalog;

/**
 * The catalog shipped in this jar: the rules of 行政处罚法 (1996/2009/2017/2021), with citations, hearing
 * thresholds by agency system and jurisdiction, and the official holiday calendar.
 *
 * <pre>{@code
 * Checker checker = Checker.of(StandardCatalog.load());   // once; about half a second
 * CheckResult result = checker.check(enforcementCase, LocalDate.now(ZoneId.of("Asia/Shanghai")));
 * }</pre>
 */
public final class StandardCatalog {
    static final String BASE_PATH = "io/lawcheck/catalog";

    private StandardCatalog() {
    }

    /** Loads and checks the shipped catalog; throws {@link io.lawcheck.catalog.load.CatalogException} if broken. */
    public static Catalog load() {
        return new CatalogLoader(StandardCatalog.class.getClassLoader(), BASE_PATH).load();
    }
}
