package io.lawcheck.core.check;

/** What the caller wants to know. */
public enum CheckMode {
    /** Supervision of a case file: report what is breached, due or unclear. */
    SUPERVISION,
    /**
     * A legal reviewer's pre-check of a draft decision: also lists each obligation that is satisfied, so the reviewer
     * sees the whole picture.
     */
    PRECHECK
}
