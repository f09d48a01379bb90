package io.lawcheck.core.model;

import java.util.Objects;

/** One evidence item by kind (a code from the catalog's evidence list, e.g. {@code INQUIRY_RECORD}). */
public record EvidenceItem(String kind, EvidenceStatus status) {
    public EvidenceItem {
        Objects.requireNonNull(kind, "kind");
        status = status == null ? EvidenceStatus.UNKNOWN : status;
    }
}
