package io.lawcheck.core.model;

/** Kinds of administrative penalty (行政处罚法 2021 Art 9, plus kinds created by special laws). */
public enum PenaltyKind {
    /** 警告 */
    WARNING,
    /** 通报批评 */
    CIRCULATED_CRITICISM,
    /** 罚款 (amount in yuan) */
    FINE,
    /** 没收违法所得 (amount in yuan) */
    CONFISCATE_ILLEGAL_GAINS,
    /** 没收非法财物 (value in yuan) */
    CONFISCATE_PROPERTY,
    /** 暂扣许可证件 */
    SUSPEND_LICENCE,
    /** 降低资质等级 */
    LOWER_QUALIFICATION,
    /** 吊销许可证件 / 执照 */
    REVOKE_LICENCE,
    /** 限制开展生产经营活动 */
    RESTRICT_BUSINESS,
    /** 责令停产停业 */
    SUSPEND_PRODUCTION_OR_BUSINESS,
    /** 责令关闭 */
    CLOSURE,
    /** 限制从业 */
    RESTRICT_PRACTICE,
    /** 行政拘留 */
    DETENTION,
    OTHER;

    /** Kinds whose amount is money (罚款, 没收违法所得, 没收非法财物 by value). */
    public boolean isMonetary() {
        return this == FINE || this == CONFISCATE_ILLEGAL_GAINS || this == CONFISCATE_PROPERTY;
    }

    public boolean isConfiscation() {
        return this == CONFISCATE_ILLEGAL_GAINS || this == CONFISCATE_PROPERTY;
    }
}
