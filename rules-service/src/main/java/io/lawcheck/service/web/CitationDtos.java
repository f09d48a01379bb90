package io.lawcheck.service.web;

import io.lawcheck.core.catalog.Citation;
import io.lawcheck.service.config.ReferenceCache;
import io.lawcheck.service.web.dto.CitationDto;

/**
 * The citation DTOs mapped so far ({@link ResultMapper#toDto(Citation)}), by citation instance: a catalog has a few
 * hundred citations, and each finding carries its rule version's own instances.
 */
final class CitationDtos {
    static final ReferenceCache<Citation, CitationDto> BY_CITATION = new ReferenceCache<>(10_000);

    private CitationDtos() {
    }
}
