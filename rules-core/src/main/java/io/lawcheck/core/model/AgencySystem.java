package io.lawcheck.core.model;

/**
 * The agency system (执法系统) deciding the case. It selects sectoral rules and hearing thresholds.
 * {@link #PUBLIC_ORDER} is a police case decided under 治安管理处罚法, which prevails over the general law where it differs.
 */
public enum AgencySystem {
    /** 市场监管 (formerly 工商, 质监, 食药监) */
    MARKET_REGULATION,
    /** 公安 (police cases other than 治安管理处罚法, e.g. traffic, exit-entry) */
    PUBLIC_SECURITY,
    /** 治安 (cases under 治安管理处罚法) */
    PUBLIC_ORDER,
    /** 生态环境 */
    ECOLOGY_ENVIRONMENT,
    /** 税务 */
    TAXATION,
    /** 交通运输 */
    TRANSPORT,
    /** 城管 / 综合行政执法 */
    URBAN_MANAGEMENT,
    OTHER;

    /** Police agencies, for which the 公安机关办理行政案件程序规定 applies. */
    public boolean isPolice() {
        return this == PUBLIC_SECURITY || this == PUBLIC_ORDER;
    }
}
