package io.lawcheck.core.model;

/** Kinds of basic information a supervision platform holds (Tianjin 2015 measures Art 11 items (1)-(7)). */
public enum BasicInfoKind {
    /** 行政执法主体 */
    ENFORCEMENT_BODY,
    /** 行政执法依据 */
    LEGAL_BASIS,
    /** 行政执法事项 */
    ENFORCEMENT_MATTERS,
    /** 行政执法流程和标准 */
    PROCEDURES_AND_STANDARDS,
    /** 行政检查计划和标准 */
    INSPECTION_PLAN,
    /** 行政执法人员基本信息 */
    OFFICER_INFORMATION,
    /** 其他基础信息 */
    OTHER
}
