package io.lawcheck.service.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits of the NDJSON endpoints (POST /api/v1/checks/batch, /api/v1/statistics).
 *
 * @param maxCases  cases (non-blank lines) per request; later lines get one error line and are not read
 * @param maxBytes  a request declaring a larger Content-Length is refused with 413 before anything is read
 * @param chunkSize cases read, then parsed and checked on all cores, at a time (one rule session per core and chunk);
 *                  what is in flight of a chunk must fit the young generation's survivor space, or it is promoted
 *                  and collected by full GCs (docs/performance.md)
 */
@ConfigurationProperties(prefix = "lawcheck.batch")
public record BatchProperties(Integer maxCases, Long maxBytes, Integer chunkSize) {
    public BatchProperties {
        maxCases = maxCases == null ? 100_000 : maxCases;
        maxBytes = maxBytes == null ? 512L * 1024 * 1024 : maxBytes;
        chunkSize = chunkSize == null ? 500 : chunkSize;
        if (maxCases < 1 || maxBytes < 1 || chunkSize < 1) {
            throw new IllegalArgumentException("lawcheck.batch limits must be positive");
        }
    }
}
