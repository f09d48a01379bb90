package io.lawcheck.catalog.load;

import com.fasterxml.jackson.core.type.TypeReference;
import io.lawcheck.catalog.StandardCatalog;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped catalog's JSON, made from its YAML at build time (CatalogJson, phase process-classes), is there for
 * every file the index names and reads into the same records as the YAML; a file without current JSON is read
 * as YAML (the broken catalogs in src/test/resources have none, and CatalogChecksTest loads them).
 */
class CatalogJsonTest {
    private static final String BASE = "io/lawcheck/catalog/";
    private final ClassLoader classLoader = StandardCatalog.class.getClassLoader();
    private final CatalogLoader loader = new CatalogLoader(classLoader, BASE);

    @Test
    void everyCatalogFileHasCurrentJsonGivingTheSameRecords() throws IOException {
        CatalogFiles.Index index = same("catalog.yaml", new TypeReference<>() {
        });
        same(index.citations(), new TypeReference<LinkedHashMap<String, CatalogFiles.Provision>>() {
        });
        List<String> checked = new ArrayList<>();
        for (String file : index.rules()) {
            CatalogFiles.RuleFile rules = same(file, new TypeReference<>() {
            });
            assertThat(rules.rules()).isNotEmpty();
            checked.add(file);
        }
        for (String file : index.parameters()) {
            CatalogFiles.ParameterFile parameters = same(file, new TypeReference<>() {
            });
            assertThat(parameters.parameters()).isNotEmpty();
            checked.add(file);
        }
        assertThat(checked).hasSize(index.rules().size() + index.parameters().size());
    }

    @Test
    void jsonIsNamedAfterTheYamlBytes() {
        byte[] a = "a: 1\n".getBytes();
        byte[] b = "a: 2\n".getBytes();
        assertThat(CatalogJson.jsonName("x.yaml", a)).startsWith("x.yaml.").endsWith(".json")
                .isEqualTo(CatalogJson.jsonName("x.yaml", a.clone()))
                .isNotEqualTo(CatalogJson.jsonName("x.yaml", b));
    }

    private <T> T same(String file, TypeReference<T> type) throws IOException {
        byte[] yaml;
        try (InputStream in = classLoader.getResourceAsStream(BASE + file)) {
            assertThat(in).as(file).isNotNull();
            yaml = in.readAllBytes();
        }
        String jsonName = CatalogJson.jsonName(file, yaml);
        T fromJson;
        try (InputStream in = classLoader.getResourceAsStream(BASE + jsonName)) {
            assertThat(in).as("precompiled " + jsonName + " (run mvn process-classes after editing the YAML)")
                    .isNotNull();
            fromJson = loader.readJson(in, type);
        }
        T fromYaml = loader.readYaml(yaml, type);
        assertThat(fromJson).as(file).isEqualTo(fromYaml);
        return fromJson;
    }
}
