package io.lawcheck.catalog;

import io.lawcheck.catalog.load.CatalogException;
import io.lawcheck.catalog.load.CatalogLoader;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The loader reports where its time went (for the start-up log); what it reports, not how fast it is. */
class CatalogLoaderTimingsTest {
    @Test
    void aLoadReportsEachPhase() {
        CatalogLoader loader = new CatalogLoader(getClass().getClassLoader(), "io/lawcheck/catalog");
        assertThat(loader.timings()).isNull();
        loader.load();
        CatalogLoader.Timings t = loader.timings();
        assertThat(t.readNanos()).isPositive();
        assertThat(t.kieBaseNanos()).isPositive();
        assertThat(t.checksNanos()).isNotNegative();
        assertThat(t.calendarNanos()).isNotNegative();
        assertThat(t.toString()).matches("files \\d+ ms, checks \\d+ ms, calendar \\d+ ms, KieBase \\d+ ms");
    }

    @Test
    void aRefusedLoadStillReportsItsPhases() {
        CatalogLoader loader = new CatalogLoader(getClass().getClassLoader(), "broken/bad-citation");
        assertThatThrownBy(loader::load).isInstanceOf(CatalogException.class);
        assertThat(loader.timings()).isNotNull();
    }
}
