package io.lawcheck.core.catalog;

/** How serious a breach of the rule is. */
public enum Severity {
    /** The decision may be void or must be revoked (e.g. no notice before deciding, Art 62). */
    CRITICAL,
    /** A procedural violation a court would hold unlawful. */
    MAJOR,
    /** A defect that does not by itself overturn the decision (e.g. a late record). */
    MINOR,
    /** Information or a recommendation. */
    INFO
}
