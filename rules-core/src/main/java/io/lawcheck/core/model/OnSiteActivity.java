package io.lawcheck.core.model;

/**
 * On-site activities for which 国办发〔2018〕118号 §2.2 asks for audio-video recording. The first four require a
 * continuous recording of the whole process (G-REC-2); the others only "as the situation requires" (G-REC-3).
 */
public enum OnSiteActivity {
    /** 查封、扣押财产 */
    SEIZURE_OR_SEALING(true),
    /** 强制拆除 */
    FORCED_DEMOLITION(true),
    /** 限制人身自由 */
    RESTRICTION_OF_LIBERTY(true),
    /** 在执法办案场所办案 */
    CASE_HANDLING_PREMISES(true),
    /** 现场检查 */
    ON_SITE_INSPECTION(false),
    /** 随机抽查 */
    RANDOM_INSPECTION(false),
    /** 询问 (questioning the party or a witness) */
    INQUIRY(false),
    /** 调查取证 */
    EVIDENCE_TAKING(false),
    /** 证据保全 (incl. 先行登记保存) */
    EVIDENCE_PRESERVATION(false),
    /** 听证 */
    HEARING(false),
    /** 其他行政强制 */
    COERCIVE_MEASURE(false),
    /** 留置送达 */
    SERVICE_LEFT_AT_ADDRESS(false),
    /** 公告送达 */
    SERVICE_BY_PUBLIC_NOTICE(false);

    private final boolean videoRequired;

    OnSiteActivity(boolean videoRequired) {
        this.videoRequired = videoRequired;
    }

    /** Whether the guideline requires (not just recommends) a continuous audio-video record. */
    public boolean videoRequired() {
        return videoRequired;
    }
}
