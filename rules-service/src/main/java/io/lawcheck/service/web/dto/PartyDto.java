package io.lawcheck.service.web.dto;

import io.lawcheck.core.model.AgeBand;
import io.lawcheck.core.model.PartyKind;

/** The kind of party and, for individuals, the age band; nothing that identifies the person. */
public record PartyDto(PartyKind kind, AgeBand ageBand) {
}
