package io.lawcheck.core.model;

/** 当事人类别: 公民 (individual) or 法人/其他组织 (organisation). */
public enum PartyKind {
    INDIVIDUAL, ORGANISATION, UNKNOWN
}
