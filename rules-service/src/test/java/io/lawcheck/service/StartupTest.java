package io.lawcheck.service;

import io.lawcheck.catalog.load.CatalogException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Starting the service for real (port 0, loopback only): the default run, and refusal of a broken catalog. */
@ExtendWith(OutputCaptureExtension.class)
class StartupTest {
    /** Properties as command-line arguments: they override application.yaml (default properties would not). */
    private static ConfigurableApplicationContext start(String... properties) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--server.address=127.0.0.1"));
        for (String p : properties) {
            args.add("--" + p);
        }
        return new SpringApplicationBuilder(LawcheckApplication.class).run(args.toArray(String[]::new));
    }

    @Test
    void defaultRunHasAuthOffSaysSoLoudlyAndChecksCases(CapturedOutput output) throws Exception {
        try (ConfigurableApplicationContext app = start()) {
            assertThat(output.getOut()).contains("API key authentication is OFF")
                    .contains("LAWCHECK_API_KEYS")
                    // loaded on its own thread while Spring started, and waited for before the port opened
                    .containsPattern("catalog \\S+ ready: loaded in \\d+ ms \\(files \\d+ ms, checks \\d+ ms, "
                            + "calendar \\d+ ms, KieBase \\d+ ms, first session \\d+ ms\\) on a background thread");
            // Excluded auto-configurations (LawcheckApplication): no meter registry, no per-request observation.
            assertThat(app.getBeanNamesForType(MeterRegistry.class)).isEmpty();
            assertThat(app.getBeanNamesForType(ObservationRegistry.class)).isEmpty();
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            HttpResponse<String> ok = http.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port + "/api/v1/checks?asOf=2024-11-01"))
                    .timeout(Duration.ofSeconds(20)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(Samples.read("hearing-not-offered.json"))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(ok.statusCode()).isEqualTo(200);
            assertThat(ok.headers().firstValue("X-Request-Id")).isPresent();

            // A chunked body (no Content-Length) over the limit is cut off while being read: 413, not 500.
            byte[] big = ("{\"evidence\": [" + "{\"kind\": \"INQUIRY_RECORD\"},".repeat(12_000)
                    + "{\"kind\": \"INQUIRY_RECORD\"}]}").getBytes(StandardCharsets.UTF_8);
            HttpResponse<String> tooLarge = http.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port + "/api/v1/checks"))
                    .timeout(Duration.ofSeconds(20)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(tooLarge.statusCode()).as(tooLarge.body()).isEqualTo(413);
            assertThat(tooLarge.headers().firstValue("Content-Type")).hasValueSatisfying(
                    t -> assertThat(t).startsWith("application/problem+json"));
        }
    }

    @Test
    void brokenCatalogStopsTheStartWithItsProblems(CapturedOutput output) {
        assertThatThrownBy(() -> start("lawcheck.catalog.base-path=broken-catalog").close())
                .hasRootCauseInstanceOf(CatalogException.class);
        assertThat(output.getAll())
                .contains("The rule catalog was refused, so the service did not start")
                .contains("rule version P-OFF-1@2021 cites APL-2099-1, which is not in the citations data")
                .contains("lawcheck.catalog.base-path");
    }

    @Test
    void missingCatalogStopsTheStart(CapturedOutput output) {
        assertThatThrownBy(() -> start("lawcheck.catalog.base-path=no/such/catalog").close())
                .hasRootCauseInstanceOf(CatalogException.class);
        assertThat(output.getAll()).contains("catalog file not found: no/such/catalog/catalog.yaml");
    }
}
