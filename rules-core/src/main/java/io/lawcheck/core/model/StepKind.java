package io.lawcheck.core.model;

/**
 * The dated steps of an enforcement procedure. Each step in a case carries whether and when it happened and when
 * the supervision platform received its record.
 */
public enum StepKind {
    /** 违法行为开始 */
    ACT_START,
    /** 违法行为终了 (the end of a continuing act; limitation runs from here) */
    ACT_END,
    /** 发现 */
    DISCOVERY,
    /** 立案 */
    FILING,
    /** 行政处罚事先告知书 (proposed penalty, facts, basis, right to state and defend) served */
    STATEMENT_NOTICE_SERVED,
    /** 陈述、申辩 received */
    DEFENCE_RECEIVED,
    /** the party expressly waived statement and defence */
    DEFENCE_WAIVED,
    /** 听证权利告知 served (often in the same document as the statement notice) */
    HEARING_RIGHT_NOTIFIED,
    /** the party asked for a hearing */
    HEARING_REQUESTED,
    /** the party expressly waived the hearing */
    HEARING_WAIVED,
    /** 听证通知书 (time and place of the hearing) served */
    HEARING_SCHEDULE_SERVED,
    /** 听证 held */
    HEARING_HELD,
    /** 法制审核 completed */
    LEGAL_REVIEW,
    /** 负责人集体讨论 */
    COLLECTIVE_DISCUSSION,
    /** 行政处罚决定 (or other decision) made */
    DECISION,
    /** decision document served */
    SERVICE,
    /** decision published (公示) */
    PUBLICATION,
    /** 先行登记保存 of evidence (行政处罚法 2021 Art 56; 1996 Art 37(2)) */
    EVIDENCE_PRESERVED,
    /** decision on the preserved evidence (处理决定) */
    PRESERVATION_DECIDED,
    /** on-the-spot (simplified-procedure) decision filed with the agency (备案) */
    SUMMARY_DECISION_FILED,
    /** fine collected on the spot (当场收缴) */
    ON_THE_SPOT_COLLECTION,
    /** cash collected on the spot handed in to the agency */
    COLLECTION_HANDED_IN,
    /** the agency paid the collected cash into the designated bank */
    COLLECTION_DEPOSITED,
    /** the fine was paid */
    PAYMENT,
    /** a published decision was changed, revoked, declared unlawful or void */
    DECISION_CHANGED,
    /** the published information was withdrawn */
    PUBLICATION_WITHDRAWN,
    /** 行政检查 completed (its record is due on the supervision platform: Tianjin platform measures 2015 Art 15) */
    INSPECTION_COMPLETED
}
