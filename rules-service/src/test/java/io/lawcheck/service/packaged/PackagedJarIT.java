package io.lawcheck.service.packaged;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar as the README runs it ({@code java -jar lawcheck-service.jar}, no flags) starts in Spring AOT
 * mode and answers; {@code -Dspring.aot.enabled=false} switches AOT off. Run by failsafe after {@code package}
 * (the generated AOT code exists only in the jar), port 0 on 127.0.0.1, every wait bounded.
 */
class PackagedJarIT {
    private static final Duration START_LIMIT = Duration.ofSeconds(180);
    private static final Pattern PORT = Pattern.compile("Tomcat started on port (\\d+)");
    private static final String KEY = "packaged-jar-it-key-0123456789";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void plainJavaJarStartsInAotModeAndChecksACase() throws Exception {
        // An API key from the command line: run-time properties still apply in AOT mode (only conditions are fixed).
        try (Server server = Server.start("aot", List.of(), "--lawcheck.api.keys=" + KEY)) {
            assertThat(server.log()).contains("Starting AOT-processed LawcheckApplication");
            assertThat(get(server, "/actuator/health").body()).contains("\"UP\"");
            assertThat(get(server, "/actuator/health/readiness").statusCode()).isEqualTo(200);

            assertThat(check(server, null).statusCode()).isEqualTo(401);
            HttpResponse<String> checked = check(server, KEY);
            assertThat(checked.statusCode()).isEqualTo(200);
            assertThat(checked.body()).contains("\"P-HEAR-1\"").contains("\"VIOLATION\"");

            HttpResponse<String> bad = http.send(post(server, "/api/v1/checks?asOf=2024-11-01", "{\"caseId\":")
                    .header("X-API-Key", KEY).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(bad.statusCode()).isEqualTo(400);
            assertThat(bad.headers().firstValue("Content-Type")).hasValueSatisfying(
                    t -> assertThat(t).startsWith("application/problem+json"));

            assertThat(get(server, "/v3/api-docs").body()).contains("/api/v1/checks");
            assertThat(get(server, "/api/v1/rules").statusCode()).isEqualTo(401); // under /api/**, key needed
        }
    }

    @Test
    void aotCanBeSwitchedOff() throws Exception {
        try (Server server = Server.start("no-aot", List.of("-Dspring.aot.enabled=false"))) {
            assertThat(server.log()).contains("Starting LawcheckApplication")
                    .doesNotContain("AOT-processed");
            assertThat(get(server, "/actuator/health").body()).contains("\"UP\"");
            assertThat(check(server, null).statusCode()).isEqualTo(200);
        }
    }

    private HttpResponse<String> check(Server server, String key) throws Exception {
        HttpRequest.Builder request = post(server, "/api/v1/checks?asOf=2024-11-01", sample("hearing-not-offered.json"));
        if (key != null) {
            request.header("X-API-Key", key);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(Server server, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(server.uri(path)).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder post(Server server, String path, String json) {
        return HttpRequest.newBuilder(server.uri(path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
    }

    private static String sample(String name) throws IOException {
        try (InputStream in = PackagedJarIT.class.getClassLoader().getResourceAsStream("samples/" + name)) {
            assertThat(in).as("sample " + name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** {@code java [jvmArgs] -jar lawcheck-service.jar --server.address=127.0.0.1 --server.port=0 [args]}. */
    private record Server(Process process, Path logFile, int port) implements AutoCloseable {
        static Server start(String name, List<String> jvmArgs, String... args) throws Exception {
            Path jar = Path.of(System.getProperty("service.jar", "target/lawcheck-service.jar"));
            assertThat(jar).as("the packaged jar (run by failsafe after package)").exists();
            Path logFile = Path.of("target", "packaged-jar-it", name + ".log");
            Files.createDirectories(logFile.getParent());
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(jvmArgs);
            command.addAll(List.of("-jar", jar.toString(), "--server.address=127.0.0.1", "--server.port=0"));
            command.addAll(List.of(args));
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(logFile.toFile()).start();
            long deadline = System.nanoTime() + START_LIMIT.toNanos();
            try {
                while (System.nanoTime() < deadline) {
                    Matcher m = PORT.matcher(Files.readString(logFile));
                    if (m.find()) {
                        return new Server(process, logFile, Integer.parseInt(m.group(1)));
                    }
                    if (!process.isAlive()) {
                        throw new AssertionError("the jar exited with " + process.exitValue() + " before its port "
                                + "opened; log " + logFile + ":\n" + Files.readString(logFile));
                    }
                    Thread.sleep(100);
                }
                throw new AssertionError("no port after " + START_LIMIT + "; log " + logFile + ":\n"
                        + Files.readString(logFile));
            } catch (Throwable e) {
                process.destroyForcibly();
                throw e;
            }
        }

        URI uri(String path) {
            return URI.create("http://127.0.0.1:" + port + path);
        }

        String log() throws IOException {
            return Files.readString(logFile);
        }

        @Override
        public void close() throws Exception {
            process.destroy(); // SIGTERM: graceful shutdown
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }
}
