package io.lawcheck.core.catalog;

import io.lawcheck.core.model.AgencySystem;
import io.lawcheck.core.model.DivisionCode;
import io.lawcheck.core.model.PartyKind;

import java.time.LocalDate;

/** Where, for whom and on which date a parameter is wanted. */
public record ParameterQuery(DivisionCode jurisdiction, AgencySystem agencySystem, PartyKind partyKind,
                             LocalDate date) {
}
