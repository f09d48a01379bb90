package io.lawcheck.catalog.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The catalog's YAML files as JSON, made at build time (exec-maven-plugin, phase process-classes, in this module's
 * pom) so that start-up parses JSON: Jackson's JSON parser reads the ~240 KB of metadata, citations and parameters
 * about 3x faster than its YAML parser on a cold JVM, and the YAML module is then not loaded at all
 * (docs/performance.md, "Start-up").
 *
 * <p>{@code metadata/hearing.yaml} gets {@code metadata/hearing.yaml.<first 16 hex of its SHA-256>.json} beside it:
 * the loader looks for the JSON named after the YAML bytes it just read, so an edited YAML without a fresh JSON
 * (an IDE build, a catalog outside this module such as the tests' broken ones) is read as YAML, never stale.
 * The JSON holds the same tree the YAML parser produces; {@code CatalogJsonTest} checks that both give equal records.
 */
public final class CatalogJson {
    private CatalogJson() {
    }

    /** Name of the precompiled JSON for a YAML file with these bytes. */
    static String jsonName(String yamlFile, byte[] yamlBytes) {
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(yamlBytes);
            return yamlFile + "." + HexFormat.of().formatHex(sha, 0, 8) + ".json";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every JVM has SHA-256
        }
    }

    /** Writes the JSON beside every {@code *.yaml} under each folder given (build time). */
    public static void main(String[] args) throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        ObjectMapper json = new ObjectMapper();
        int written = 0;
        for (String folder : args) {
            Path root = Path.of(folder);
            List<Path> files;
            try (Stream<Path> walk = Files.walk(root)) {
                files = walk.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
            }
            for (Path file : files) {
                byte[] bytes = Files.readAllBytes(file);
                JsonNode tree = yaml.readTree(bytes);
                Path target = file.resolveSibling(jsonName(file.getFileName().toString(), bytes));
                json.writeValue(target.toFile(), tree);
                written++;
            }
        }
        System.out.println("CatalogJson: " + written + " YAML file(s) written as JSON");
    }
}
