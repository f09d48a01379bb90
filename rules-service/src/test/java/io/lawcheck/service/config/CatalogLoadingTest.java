package io.lawcheck.service.config;

import io.lawcheck.catalog.load.CatalogException;
import io.lawcheck.core.catalog.Catalog;
import io.lawcheck.core.check.Checker;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The catalog loaded on its own thread gives what loading on the caller's thread gave, failures included. */
class CatalogLoadingTest {
    @Test
    void shippedCatalogComesWithItsChecker() {
        CatalogLoading loading = CatalogLoading.start("io/lawcheck/catalog");
        Catalog catalog = loading.catalog();
        assertThat(catalog.rules().all()).hasSizeGreaterThanOrEqualTo(50);
        Checker checker = loading.checkerFor(catalog);
        assertThat(checker).isNotNull();
        assertThat(checker.catalog()).isSameAs(catalog);
        // A checker is only handed out for the very catalog it was built on.
        Catalog other = new Catalog(catalog.version(), catalog.kieBase(), catalog.rules(), catalog.parameters(),
                catalog.calendar());
        assertThat(loading.checkerFor(other)).isNull();
    }

    @Test
    void brokenCatalogThrowsItsOwnExceptionToTheWaitingThread() {
        CatalogLoading loading = CatalogLoading.start("broken-catalog");
        // Not wrapped (CompletionException): the failure analyzer and callers see the CatalogException itself.
        assertThatThrownBy(loading::catalog).isExactlyInstanceOf(CatalogException.class)
                .hasMessageContaining("rule version P-OFF-1@2021 cites APL-2099-1, which is not in the citations data");
        assertThatThrownBy(() -> loading.checkerFor(null)).isExactlyInstanceOf(CatalogException.class);
    }

    @Test
    void missingCatalogIsNamed() {
        assertThatThrownBy(CatalogLoading.start("no/such/catalog")::catalog)
                .isExactlyInstanceOf(CatalogException.class)
                .hasMessageContaining("catalog file not found: no/such/catalog/catalog.yaml");
    }
}
