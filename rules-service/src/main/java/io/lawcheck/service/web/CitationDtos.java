package io.lawcheck.service.web;

import io.lawcheck.core.catalog.Citation;
import io.lawcheck.service.web.dto.CitationDto;

import java.util.concurrent.ConcurrentHashMap;

/** The citation DTOs mapped so far ({@link ResultMapper#toDto(Citation)}): a catalog has a few hundred citations. */
final class CitationDtos {
    static final ConcurrentHashMap<Citation, CitationDto> BY_CITATION = new ConcurrentHashMap<>();

    private CitationDtos() {
    }
}
