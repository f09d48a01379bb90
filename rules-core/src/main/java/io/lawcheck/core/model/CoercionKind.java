package io.lawcheck.core.model;

/** The coercive measure (行政强制措施, 行政强制法 Art 9) or manner of enforcement (行政强制执行, Art 12) in a case. */
public enum CoercionKind {
    /** 查封场所、设施或者财物 */
    SEALING,
    /** 扣押财物 */
    SEIZURE,
    /** 冻结存款、汇款 */
    FREEZE,
    /** 限制公民人身自由 */
    LIBERTY_RESTRICTION,
    /** 其他行政强制措施 */
    OTHER_MEASURE,
    /** 行政机关直接强制执行 (划拨、拍卖、加处罚款后执行等) */
    ENFORCEMENT,
    /** 代履行 */
    SUBSTITUTE_PERFORMANCE,
    /** 强制拆除 */
    DEMOLITION,
    UNKNOWN;

    /** A coercive measure (Chapter III), not enforcement. */
    public boolean isMeasure() {
        return this == SEALING || this == SEIZURE || this == FREEZE || this == LIBERTY_RESTRICTION
                || this == OTHER_MEASURE;
    }

    /** Enforcement by the agency itself (Chapter IV). */
    public boolean isEnforcement() {
        return this == ENFORCEMENT || this == SUBSTITUTE_PERFORMANCE || this == DEMOLITION;
    }

    /** 查封 or 扣押 (Arts 22-28). */
    public boolean isSealingOrSeizure() {
        return this == SEALING || this == SEIZURE;
    }
}
