package io.lawcheck.core.model;

/** An enforcement officer with 行政执法资格, or an auxiliary (辅警, 协管员) who may only assist. */
public enum OfficerRole {
    ENFORCEMENT_OFFICER, AUXILIARY, UNKNOWN
}
