package io.lawcheck.core.model;

/** How the decision document was served (行政处罚法 Art 61; 民事诉讼法 service methods). */
public enum ServiceMethod {
    /** 当场交付 after announcement */
    ON_THE_SPOT,
    /** 直接送达 */
    DIRECT,
    /** 留置送达 */
    LEFT_AT_ADDRESS,
    /** 委托送达 */
    ENTRUSTED,
    /** 邮寄送达 */
    POST,
    /** 传真、电子邮件等 */
    ELECTRONIC,
    /** 公告送达 */
    PUBLIC_NOTICE,
    UNKNOWN
}
