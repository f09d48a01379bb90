package io.lawcheck.core.model;

/** Kind of administrative act under check. */
public enum ActKind {
    /** 行政处罚 */
    PENALTY,
    /** 行政强制 */
    COERCION,
    /** 行政许可 */
    LICENSING,
    /** 行政检查 */
    INSPECTION
}
