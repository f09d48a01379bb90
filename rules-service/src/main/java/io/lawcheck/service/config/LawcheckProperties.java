package io.lawcheck.service.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The service's own settings ({@code lawcheck.*} in application.yaml; every one can be set from the environment by
 * Spring's relaxed binding, e.g. {@code LAWCHECK_API_KEYS=k1,k2}, {@code LAWCHECK_LIMITS_MAXBODY=512KB},
 * {@code LAWCHECK_RECORDS_ENABLED=true}). See docs/operations.md.
 */
@ConfigurationProperties(prefix = "lawcheck")
public class LawcheckProperties {
    private final Limits limits = new Limits();
    private final Api api = new Api();
    private final Records records = new Records();
    private final Catalog catalog = new Catalog();

    public Limits getLimits() {
        return limits;
    }

    public Api getApi() {
        return api;
    }

    public Records getRecords() {
        return records;
    }

    public Catalog getCatalog() {
        return catalog;
    }

    /** Input limits: larger requests get 413, deeper or longer JSON gets 400. */
    public static class Limits {
        /** Largest request body; a case is about 1-2 KB. */
        private DataSize maxBody = DataSize.ofKilobytes(256);
        /** Deepest JSON nesting accepted (a case nests 4 levels). */
        private int maxNestingDepth = ServiceJson.DEFAULT_MAX_NESTING_DEPTH;
        /** Longest JSON string or field name accepted, in characters. */
        private int maxStringLength = ServiceJson.DEFAULT_MAX_STRING_LENGTH;

        public DataSize getMaxBody() {
            return maxBody;
        }

        public void setMaxBody(DataSize maxBody) {
            this.maxBody = maxBody;
        }

        public int getMaxNestingDepth() {
            return maxNestingDepth;
        }

        public void setMaxNestingDepth(int maxNestingDepth) {
            this.maxNestingDepth = maxNestingDepth;
        }

        public int getMaxStringLength() {
            return maxStringLength;
        }

        public void setMaxStringLength(int maxStringLength) {
            this.maxStringLength = maxStringLength;
        }
    }

    /** API keys: when at least one is set, every /api/** request needs header X-API-Key with one of them. */
    public static class Api {
        private List<String> keys = new ArrayList<>();

        public List<String> getKeys() {
            return keys;
        }

        public void setKeys(List<String> keys) {
            this.keys = keys;
        }
    }

    /** Decision records (one JSON line per check, no case content), written off the request path. */
    public static class Records {
        private boolean enabled = false;
        private Path path = Path.of("records", "decisions.jsonl");
        /** Records waiting to be written; when full, new records are dropped (counted and logged), never waited for. */
        private int queueCapacity = 10_000;

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public Path getPath() {
            return path;
        }

        public void setPath(Path path) {
            this.path = path;
        }

        public int getQueueCapacity() {
            return queueCapacity;
        }

        public void setQueueCapacity(int queueCapacity) {
            this.queueCapacity = queueCapacity;
        }
    }

    /** Where the catalog is read from on the classpath (tests point this at a broken catalog). */
    public static class Catalog {
        static final String DEFAULT_BASE_PATH = "io/lawcheck/catalog";

        private String basePath = DEFAULT_BASE_PATH;

        public String getBasePath() {
            return basePath;
        }

        public void setBasePath(String basePath) {
            this.basePath = basePath;
        }
    }
}
