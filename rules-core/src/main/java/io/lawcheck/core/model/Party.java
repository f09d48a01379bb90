package io.lawcheck.core.model;

/** The party, without anything that identifies a person: only the kind and, for individuals, the age band. */
public record Party(PartyKind kind, AgeBand ageBand) {
    public static final Party UNKNOWN = new Party(PartyKind.UNKNOWN, AgeBand.UNKNOWN);

    public Party {
        kind = kind == null ? PartyKind.UNKNOWN : kind;
        ageBand = ageBand == null ? AgeBand.UNKNOWN : ageBand;
    }
}
