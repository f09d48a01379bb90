package io.lawcheck.core.model;

/** Whether an evidence item is in the file. */
public enum EvidenceStatus {
    PRESENT, ABSENT, UNKNOWN
}
