package io.lawcheck.core.model;

/** Outcome of a 法制审核. */
public enum ReviewResult {
    /** 同意 / 审核通过 */
    PASSED,
    /** 提出问题、退回 (the review did not pass) */
    NOT_PASSED,
    UNKNOWN
}
