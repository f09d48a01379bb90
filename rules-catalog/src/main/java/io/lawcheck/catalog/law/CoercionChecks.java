package io.lawcheck.catalog.law;

import io.lawcheck.core.calendar.OutsideCalendarException;
import io.lawcheck.core.calendar.Period;
import io.lawcheck.core.calendar.WorkingCalendar;
import io.lawcheck.core.catalog.ParameterValue;
import io.lawcheck.core.check.Assessment;
import io.lawcheck.core.check.FindingBuilder;
import io.lawcheck.core.model.CoercionKind;
import io.lawcheck.core.model.CoercionMeasure;
import io.lawcheck.core.model.TriState;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The 行政强制法 provisions the rules in coercion.drl check. Which cases a rule applies to and the date that selects
 * its version are in each rule's conditions; the days below are the dates those conditions read, the other methods
 * the consequences, one per provision. Day counting follows Art 69: periods of ten days or fewer are working days,
 * the 30-day periods (Arts 25, 32, 46) and the 3 months of Art 53 are natural periods whose last day moves past a
 * rest day (民法典 Arts 201, 203, via {@code WorkingCalendar.endOf}).
 */
public final class CoercionChecks {
    /** Night for Art 43, e.g. "22:00-06:00": a scoped parameter, because the law does not define it. */
    static final String NIGHT = "coercion.nightHours";
    /** The period to sue (行政诉讼法 Art 46: 6 months; before 2015-05-01, 3 months), by the date of service. */
    static final String LAWSUIT_PERIOD = "coercion.lawsuitPeriod";

    private CoercionChecks() {
    }

    // ---- The dates that select a version (read in the rules' conditions) --------------------------------------

    /** Chapter III: the day of the coercive measure; a measure not yet dated is judged by the as-of date. */
    public static LocalDate measureDay(CoercionMeasure m, LocalDate asOf) {
        return or(m.measureDate(), asOf);
    }

    /** Chapter IV: the day of the enforcement decision, else of enforcement, else the as-of date. */
    public static LocalDate enforcementDecisionDay(CoercionMeasure m, LocalDate asOf) {
        return or(m.enforcementDecisionDate(), or(m.enforcementDate(), asOf));
    }

    /** The day enforcement (a demolition, substitute performance) was carried out, else the as-of date. */
    public static LocalDate enforcedDay(CoercionMeasure m, LocalDate asOf) {
        return or(m.enforcementDate(), asOf);
    }

    /** Art 45: the day the surcharge or late fee began to run, else the day of the enforcement decision. */
    public static LocalDate surchargeDay(CoercionMeasure m, LocalDate asOf) {
        return or(m.surchargeStart(), enforcementDecisionDay(m, asOf));
    }

    /** 国办发〔2018〕118号: the day of the on-site activity to record: the demolition, else the measure. */
    public static LocalDate recordedDay(CoercionMeasure m, LocalDate asOf) {
        return m.kind() == CoercionKind.DEMOLITION ? enforcedDay(m, asOf) : measureDay(m, asOf);
    }

    // ---- Chapter III: coercive measures ------------------------------------------------------------------------

    /** C-SUBJ-1 (Arts 10, 17): legal basis, an empowered agency, no entrusting, qualified officers. */
    public static void lawfulSubject(Assessment a, String key, CoercionMeasure m) {
        judge(a, key, m, f -> subjectLimbs(a, m, new Items(f)).report());
    }

    /** Whether {@link #lawfulSubject} would report anything but SATISFIED (the condition of C-SUBJ-1). */
    public static boolean lawfulSubjectReports(Assessment a, String key, CoercionMeasure m) {
        return reports(a, key, m, CoercionChecks::subjectLimbs);
    }

    private static Items subjectLimbs(Assessment a, CoercionMeasure m, Items items) {
        LocalDate on = measureDay(m, a.getAsOf());
        TriState certified = OfficerCheck.allCertifiedOn(a, on);
        if (certified == TriState.NO) {
            items.fact("uncertified", String.join(", ", OfficerCheck.uncertified(a, on)));
        }
        return items
                .require(m.legalBasis(), "无法律、法规依据", "no basis in a law or regulation")
                .require(m.agencyEmpowered(), "实施机关不具有法定职权", "the agency holds no statutory power")
                .forbid(m.entrusted(), "行政强制措施权被委托实施", "the power was entrusted to another body")
                .require(certified, "实施人员不具备行政执法资格", "staff without enforcement qualification");
    }

    /** C-PROC-1 (Art 18): the ten steps of any coercive measure. */
    public static void onSiteProcedure(Assessment a, String key, CoercionMeasure m) {
        judge(a, key, m, f -> procedureLimbs(a, m, new Items(f)).report());
    }

    /** Whether {@link #onSiteProcedure} would report anything but SATISFIED (the condition of C-PROC-1). */
    public static boolean onSiteProcedureReports(Assessment a, String key, CoercionMeasure m) {
        return reports(a, key, m, CoercionChecks::procedureLimbs);
    }

    private static Items procedureLimbs(Assessment a, CoercionMeasure m, Items items) {
        int officers = OfficerCheck.officerCount(a);
        items.fact("officerCount", officers < 0 ? null : officers);
        if (m.urgent() != TriState.YES) { // an urgent measure is approved afterwards: C-PROC-2
            items.require(m.priorApproval(), "实施前未向行政机关负责人报告并经批准",
                    "not reported to and approved by the agency head beforehand");
        }
        items.breach(officers >= 0 && officers < 2, "执法人员少于两人", "fewer than two officers")
                .unknownIf(officers < 0, "执法人员人数", "number of officers")
                .require(m.certificatesShown(), "未出示执法身份证件", "certificates not shown")
                .require(m.partyNotified(), "未通知当事人到场", "party not notified to attend")
                .require(m.rightsTold(), "未当场告知理由、依据、权利和救济途径",
                        "reasons, basis, rights and remedies not told on the spot")
                .require(m.statementHeard(), "未听取陈述和申辩", "statement and defence not heard")
                .require(m.onSiteRecord(), "未制作现场笔录", "no on-site record")
                .require(m.recordSigned(), "现场笔录未经当事人和执法人员签名（或注明拒绝）",
                        "record not signed by party and officers (nor refusal noted)");
        if (m.partyPresent() == TriState.NO) {
            items.require(m.witnessSigned(), "当事人不到场，未邀请见证人到场签名",
                    "party absent and no witness signed");
        }
        return items;
    }

    /** C-PROC-2 (Art 19): an urgent measure is approved within 24 hours (natural hours). */
    public static void urgentMeasureApproved(Assessment a, String key, CoercionMeasure m) {
        judge(a, key, m, f -> {
            f.fact("measureDate", m.measureDate()).fact("measureTime", m.measureTime())
                    .fact("approvalDate", m.approvalDate()).fact("approvalTime", m.approvalTime());
            if (m.priorApproval() == TriState.YES) {
                f.satisfied();
                return;
            }
            if (m.measureDate() == null || m.approvalDate() == null) {
                f.needsReview("unknown");
                return;
            }
            if (m.measureTime() != null && m.approvalTime() != null) {
                Duration elapsed = Duration.between(LocalDateTime.of(m.measureDate(), m.measureTime()),
                        LocalDateTime.of(m.approvalDate(), m.approvalTime()));
                f.fact("hoursElapsed", elapsed.toMinutes() / 60 + ":"
                        + String.format("%02d", elapsed.toMinutes() % 60));
                if (elapsed.compareTo(Duration.ofHours(24)) > 0) {
                    f.violation();
                } else {
                    f.satisfied();
                }
            } else if (m.approvalDate().isAfter(m.measureDate().plusDays(1))) {
                f.violation(); // more than 24 hours whatever the times
            } else if (m.approvalDate().isAfter(m.measureDate())) {
                f.needsReview("time");
            } else {
                f.satisfied();
            }
        });
    }

    /** C-PROC-3 (Art 20): when liberty is restricted, the family is told at once of the agency, place and period. */
    public static void familyTold(Assessment a, String key, CoercionMeasure m) {
        judge(a, key, m, f -> familyLimbs(a, m, new Items(f)).report());
    }

    /** Whether {@link #familyTold} would report anything but SATISFIED (the condition of C-PROC-3). */
    public static boolean familyToldReports(Assessment a, String key, CoercionMeasure m) {
        return reports(a, key, m, CoercionChecks::familyLimbs);
    }

    private static Items familyLimbs(Assessment a, CoercionMeasure m, Items items) {
        return items.require(m.familyNotified(), "未立即通知家属实施机关、地点和期限",
                "family not told at once of the agency, place and period");
    }

    /** C-SEIZ-1 (Arts 22, 23): the power to seal or seize, and what may be sealed or seized. */
    public static void seizureScope(Assessment a, String key, CoercionMeasure m) {
        judge(a, key, m, f -> scopeLimbs(a, m, new Items(f)).report());
    }

    /** Whether {@link #seizureScope} would report anything but SATISFIED (the condition of C-SEIZ-1). */
    public static boolean seizureScopeReports(Assessment a, String key, CoercionMeasure m) {
        return reports(a, key, m, CoercionChecks::scopeLimbs);
    }

    private static Items scopeLimbs(Assessment a, CoercionMeasure m, Items items) {
        return items
                .require(m.agencyEmpowered(), "实施机关无查封、扣押职权", "the agency has no power to seal or seize")
                .require(m.itemsRelated(), "查封、扣押与违法行为无关的财物", "things unrelated to the violation")
                .forbid(m.dailyNecessities(), "查封、扣押公民个人及其所扶养家属的生活必需品",
                        "daily necessities of the party or dependants")
                .forbid(m.alreadySealed(), "重复查封已被其他国家机关依法查封的财物",
                        "property already sealed by another state organ");
    }

    /** C-SEIZ-2 (Art 24): decision and inventory handed over on the spot; the decision states every item. */
    public static void seizureDecisionOnTheSpot(Assessment a, String key, CoercionMeasure m) {
        judge(a, key, m, f -> onTheSpotLimbs(a, m, new Items(f)).report());
    }

    /** Whether {@link #seizureDecisionOnTheSpot} would report anything but SATISFIED (the condition of C-SEIZ-2). */
    public static boolean seizureDecisionOnTheSpotReports(Assessment a, String key, CoercionMeasure m) {
        return reports(a, key, m, CoercionChecks::onTheSpotLimbs);
    }

    private static Items onTheSpotLimbs(Assessment a, CoercionMeasure m, Items items) {
        return items
                .require(m.decisionOnSpot(), "未当场交付查封、扣押决定书和清单",
                        "decision and inventory not handed over on the spot")
                .require(m.decisionComplete(), "决定书未载明第二十四条第二款所列全部事项",
                        "the decision lacks items required by Art 24(2)");
    }

    /** C-SEIZ-3 (Art 25): 30 days, one extension of at most 30 days with approval and written reasons. */
    public static void seizurePeriod(Assessment a, String key, CoercionMeasure m) {
        judge(a, key, m, f -> periodLimbs(a, m, new Items(f)).report());
    }

    /** Whether {@link #seizurePeriod} would report anything but SATISFIED (the condition of C-SEIZ-3). */
    public static boolean seizurePeriodReports(Assessment a, String key, CoercionMeasure m) {
        return reports(a, key, m, CoercionChecks::periodLimbs);
    }

    private static Items periodLimbs(Assessment a, CoercionMeasure m, Items items) {
        Period period = items.period("period");
        Period maxExtension = items.period("maxExtension");
        items.fact("periodDays", m.periodDays()).fact("extensionDays", m.extensionDays())
                .fact("extensionDate", m.extensionDate());
        items.breach(m.periodDays() != null && m.periodDays() > period.amount(),
                        "决定载明的期限超过三十日", "the stated period exceeds 30 days");
        if (extended(m)) {
            items.require(m.extensionApproved(), "延长未经行政机关负责人批准", "extension not approved by the head")
                    .require(m.extensionNotified(), "延长未书面告知当事人并说明理由",
                            "extension not notified in writing with reasons")
                    .breach(m.extensionDays() != null && m.extensionDays() > maxExtension.amount(),
                            "延长期限超过三十日", "extension longer than 30 days");
            if (m.extensionDate() != null && m.measureDate() != null) {
                LocalDate end = a.calendar().endOf(m.measureDate(), period);
                items.fact("periodEnd", end);
                items.breach(m.extensionDate().isAfter(end), "原期限届满后才决定延长",
                        "the extension was decided after the period had ended");
            }
        }
        if (m.testingDays() != null && m.testingDays() > 0) {
            items.require(m.testingNotified(), "检测、检验、检疫或者技术鉴定期间未明确并书面告知当事人",
                    "the testing time was not stated and notified in writing");
        }
        return items;
    }

    /**
     * C-SEIZ-4 (Arts 27, 28) and C-FRZ-2 (Art 32): a disposal or release decision within the period (30 days, plus an
     * approved extension of at most 30, plus notified testing time for seizures), natural days from the measure on
     * {@code measured}.
     */
    public static void disposedOfInTime(Assessment a, String key, CoercionMeasure m, LocalDate measured) {
        judge(a, key, m, f -> {
            Period period = f.period("period");
            Period maxExtension = f.period("maxExtension");
            int days = allowedDisposalDays(m, period, maxExtension);
            TriState uncertain = TriState.NO;
            if (extended(m)) {
                if (m.extensionApproved() == TriState.UNKNOWN) {
                    uncertain = TriState.YES;
                }
                f.fact("extensionApproved", m.extensionApproved()).fact("extensionDays", m.extensionDays());
            }
            if (testing(m)) {
                if (m.testingNotified() == TriState.UNKNOWN) {
                    uncertain = TriState.YES;
                }
                f.fact("testingDays", m.testingDays());
            }
            f.fact("measureDate", measured).fact("allowedDays", days);
            if (m.itemsReturned() == TriState.NO) {
                f.fact("dispositionDate", m.dispositionDate()).variant("returned").violation();
                return;
            }
            DueBy.check(f, disposalDue(a, measured, days), m.dispositionDate(), uncertain);
        });
    }

    /**
     * Whether {@link #disposedOfInTime} would report anything: anything but a disposal on or before the same due date
     * (SATISFIED, shown in a pre-check only); items refused back are a VIOLATION. The condition of C-SEIZ-4 and
     * C-FRZ-2. True when the calendar cannot count the period (the rule then says so).
     */
    public static boolean disposedOfInTimeReports(Assessment a, String key, CoercionMeasure m, LocalDate measured) {
        if (m.itemsReturned() == TriState.NO) {
            return true;
        }
        try {
            int days = allowedDisposalDays(m, a.period(key, "period"), a.period(key, "maxExtension"));
            return !DueBy.met(disposalDue(a, measured, days), m.dispositionDate());
        } catch (OutsideCalendarException e) {
            return true;
        }
    }

    /**
     * The natural days allowed for the disposal: the period, plus an approved extension (at most
     * {@code maxExtension}), plus testing time notified to the party (seizures only).
     */
    private static int allowedDisposalDays(CoercionMeasure m, Period period, Period maxExtension) {
        int days = period.amount();
        if (extended(m) && m.extensionApproved() == TriState.YES) {
            days += Math.min(m.extensionDays() == null ? maxExtension.amount() : m.extensionDays(),
                    maxExtension.amount());
        }
        if (testing(m) && m.testingNotified() == TriState.YES) {
            days += m.testingDays();
        }
        return days;
    }

    /** Testing time on file for a sealing or seizure (Art 25(3)); a freeze has none. */
    private static boolean testing(CoercionMeasure m) {
        return m.kind().isSealingOrSeizure() && m.testingDays() != null && m.testingDays() > 0;
    }

    /** The last day to dispose of the things: {@code days} natural days from the measure (民法典 Arts 201, 203). */
    private static LocalDate disposalDue(Assessment a, LocalDate measured, int days) {
        return a.calendar().endOf(measured, Period.days(days));
    }

    /** An extension is on file (Arts 25, 32): its date, a positive length, or an approval. */
    private static boolean extended(CoercionMeasure m) {
        return m.extensionDate() != null || (m.extensionDays() != null && m.extensionDays() > 0)
                || m.extensionApproved() == TriState.YES;
    }

    /** C-FRZ-1 (Arts 29-31): the body named by law, not entrusted, no more than involved, decision in 3 working days. */
    public static void freezeLawful(Assessment a, String key, CoercionMeasure m) {
        judge(a, key, m, f -> freezeLimbs(a, m, new Items(f)).report());
    }

    /** Whether {@link #freezeLawful} would report anything but SATISFIED (the condition of C-FRZ-1). */
    public static boolean freezeLawfulReports(Assessment a, String key, CoercionMeasure m) {
        return reports(a, key, m, CoercionChecks::freezeLimbs);
    }

    private static Items freezeLimbs(Assessment a, CoercionMeasure m, Items items) {
        items.require(m.agencyEmpowered(), "实施冻结的不是法律规定的行政机关", "the freezing body is not named by law")
                .forbid(m.entrusted(), "冻结被委托其他机关或组织实施", "the freeze was entrusted")
                .breach(m.freezeAmount() != null && m.involvedAmount() != null
                                && m.freezeAmount().compareTo(m.involvedAmount()) > 0,
                        "冻结数额超过违法行为涉及的金额", "more frozen than the violation involves");
        items.fact("freezeAmount", m.freezeAmount()).fact("involvedAmount", m.involvedAmount());
        if (m.measureDate() != null) {
            Period handOver = items.period("decisionWithin");
            LocalDate due = a.calendar().endOf(m.measureDate(), handOver);
            items.fact("measureDate", m.measureDate()).fact("dueDate", due)
                    .fact("freezeDecisionServed", m.freezeDecisionServed());
            items.breach(m.freezeDecisionServed() != null && m.freezeDecisionServed().isAfter(due),
                            "冻结决定书未在冻结后三个工作日内交付",
                            "the freeze decision was handed over after 3 working days")
                    .unknownIf(m.freezeDecisionServed() == null && a.getAsOf().isAfter(due),
                            "冻结决定书交付日期", "date the freeze decision was handed over");
        }
        return items;
    }

    // ---- Chapter IV: enforcement by the agency -----------------------------------------------------------------

    /** C-EXEC-1 (Arts 35, 38): a written, complete, lawfully served reminder before the enforcement decision. */
    public static void reminderBeforeDecision(Assessment a, String key, CoercionMeasure m) {
        judge(a, key, m, f -> reminderLimbs(a, m, new Items(f)).report());
    }

    /** Whether {@link #reminderBeforeDecision} would report anything but SATISFIED (the condition of C-EXEC-1). */
    public static boolean reminderBeforeDecisionReports(Assessment a, String key, CoercionMeasure m) {
        return reports(a, key, m, CoercionChecks::reminderLimbs);
    }

    private static Items reminderLimbs(Assessment a, CoercionMeasure m, Items items) {
        TriState written = m.reminderServed() != null ? TriState.YES : m.reminderWritten();
        LocalDate decided = m.enforcementDecisionDate() != null ? m.enforcementDecisionDate()
                : m.enforcementDate();
        items.fact("reminderServed", m.reminderServed()).fact("enforcementDecisionDate", decided)
                .require(written, "作出强制执行决定前未书面催告", "no written reminder before deciding");
        if (written != TriState.NO) {
            items.require(m.reminderComplete(), "催告书未载明履行期限、方式、金额及给付方式、陈述申辩权",
                            "the reminder lacks time limit, manner, amount and payment method, or the right to "
                                    + "state and defend")
                    .require(m.reminderServiceLawful(), "催告书未直接送达或依民事诉讼法送达",
                            "not served directly or under the Civil Procedure Law")
                    .breach(m.reminderServed() != null && decided != null
                                    && m.reminderServed().isAfter(decided),
                            "催告书在强制执行决定之后才送达", "the reminder was served after the decision");
        }
        return items;
    }

    /**
     * C-EXEC-2 (Arts 36, 37): statement heard, decision only after the reminder's time limit (moved past a rest day,
     * 民法典 Art 203) unless there is evidence of transferring or hiding assets, and complete.
     */
    public static void enforcementDecision(Assessment a, String key, CoercionMeasure m) {
        judge(a, key, m, f -> decisionLimbs(a, m, new Items(f)).report());
    }

    /** Whether {@link #enforcementDecision} would report anything but SATISFIED (the condition of C-EXEC-2). */
    public static boolean enforcementDecisionReports(Assessment a, String key, CoercionMeasure m) {
        return reports(a, key, m, CoercionChecks::decisionLimbs);
    }

    private static Items decisionLimbs(Assessment a, CoercionMeasure m, Items items) {
        LocalDate decided = m.enforcementDecisionDate();
        items.require(m.statementHeard(), "未记录、复核当事人的陈述和申辩",
                        "the party's statement not recorded and reviewed")
                .require(m.enforcementDecisionComplete(), "强制执行决定书未载明第三十七条第二款所列事项",
                        "the decision lacks items required by Art 37(2)");
        if (decided != null && m.assetTransferRisk() != TriState.YES) {
            items.fact("enforcementDecisionDate", decided);
            if (m.reminderDeadline() != null) {
                LocalDate lastDay = a.calendar().nextWorkingDayOnOrAfter(m.reminderDeadline());
                items.fact("reminderDeadline", m.reminderDeadline()).fact("reminderLastDay", lastDay)
                        .breach(!decided.isAfter(lastDay), "催告期限届满前作出强制执行决定",
                                "decided before the reminder's time limit ran out");
            } else {
                items.unknownIf(true, "催告书载明的履行期限", "the time limit in the reminder");
            }
        }
        return items;
    }

    /**
     * C-EXEC-3 (Art 43): no enforcement at night or on a statutory holiday unless urgent; never by cutting residents'
     * utilities. Night is a configured parameter (the law does not define it); a finding resting on night alone
     * carries that parameter's verification (UNVERIFIED: NEEDS_REVIEW at most).
     */
    public static void notAtNightOrOnHolidays(Assessment a, String key, CoercionMeasure m, LocalDate day) {
        judge(a, key, m, f -> timeLimbs(a, m, day, new Items(f)).report());
    }

    /** Whether {@link #notAtNightOrOnHolidays} would report anything but SATISFIED (the condition of C-EXEC-3). */
    public static boolean notAtNightOrOnHolidaysReports(Assessment a, String key, CoercionMeasure m, LocalDate day) {
        try {
            return timeLimbs(a, m, day, Items.probe(a, key)).reportable();
        } catch (OutsideCalendarException e) {
            return true; // the rule says the day cannot be judged from the calendar
        }
    }

    private static Items timeLimbs(Assessment a, CoercionMeasure m, LocalDate day, Items items) {
        LocalTime time = m.enforcementTime();
        WorkingCalendar cal = a.calendar();
        items.fact("enforcementDate", day).fact("enforcementTime", time).fact("urgent", m.urgent());
        boolean holiday = cal.isHoliday(day);
        boolean restDay = !holiday && !cal.isWorkingDay(day);
        Optional<ParameterValue> nightHours = time == null ? Optional.empty() : a.parameter(NIGHT, day);
        boolean night = nightHours.isPresent() && isNight(time, nightHours.get().text());
        items.forbid(m.utilitiesCut(), "以停止供水、供电、供热、供燃气等方式迫使履行",
                "water, power, heat or gas cut to force compliance");
        if (m.urgent() != TriState.YES) {
            boolean settled = m.urgent() == TriState.NO;
            String unsure = settled ? "" : "（是否情况紧急未载明）";
            String unsureEn = settled ? "" : " (whether it was urgent is not on file)";
            if (holiday) {
                if (settled) {
                    items.breach(true, "在法定节假日实施", "carried out on a statutory holiday");
                } else {
                    items.unknownIf(true, "在法定节假日实施" + unsure,
                            "carried out on a statutory holiday" + unsureEn);
                }
            }
            items.unknownIf(restDay, "在休息日实施（休息日是否属“法定节假日”有不同理解）",
                    "carried out on a weekend rest day (whether that is a 'statutory holiday' is read "
                            + "differently)");
            if (night) {
                if (settled) {
                    items.breach(true, "在夜间实施", "carried out at night");
                } else {
                    items.unknownIf(true, "在夜间实施" + unsure, "carried out at night" + unsureEn);
                }
                boolean nightAlone = !(settled && holiday) && m.utilitiesCut() != TriState.YES;
                if (nightAlone) {
                    items.param("nightHours", nightHours.get());
                } else {
                    items.param("nightHours", nightHours.get().text());
                }
            }
            items.unknownIf(time == null, "实施时间（是否夜间）", "time of day (night or not)");
            items.unknownIf(time != null && nightHours.isEmpty(), "夜间的时段（未配置）",
                    "night hours (not configured)");
        }
        return items;
    }

    /** Night hours text (a catalog parameter, so few distinct values) -> {start, end}, parsed once. */
    private static final java.util.concurrent.ConcurrentHashMap<String, LocalTime[]> NIGHT_HOURS =
            new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Whether {@code time} falls within "HH:mm-HH:mm" (the interval may run past midnight). C-EXEC-3's condition calls
     * it for every dated enforcement, so the text is parsed once, not per case.
     */
    static boolean isNight(LocalTime time, String hours) {
        LocalTime[] interval = NIGHT_HOURS.get(hours);
        if (interval == null) {
            String[] parts = hours.split("-");
            interval = new LocalTime[] {LocalTime.parse(parts[0].strip()), LocalTime.parse(parts[1].strip())};
            if (NIGHT_HOURS.size() < 100) {
                NIGHT_HOURS.putIfAbsent(hours, interval);
            }
        }
        LocalTime start = interval[0];
        LocalTime end = interval[1];
        if (start.isAfter(end)) {
            return !time.isBefore(start) || time.isBefore(end);
        }
        return !time.isBefore(start) && time.isBefore(end);
    }

    /** C-EXEC-4 (Art 44): announcement, and no demolition before the 复议/诉讼 periods ran out. */
    public static void demolitionAfterRemedyPeriods(Assessment a, String key, CoercionMeasure m) {
        judge(a, key, m, f -> demolitionLimbs(a, m, new Items(f)).report());
    }

    /** Whether {@link #demolitionAfterRemedyPeriods} would report anything but SATISFIED (condition of C-EXEC-4). */
    public static boolean demolitionAfterRemedyPeriodsReports(Assessment a, String key, CoercionMeasure m) {
        return reports(a, key, m, CoercionChecks::demolitionLimbs);
    }

    private static Items demolitionLimbs(Assessment a, CoercionMeasure m, Items items) {
        items.require(m.announcementMade(), "未予公告并限期当事人自行拆除",
                "no announcement with a time limit for self-demolition");
        LocalDate done = m.enforcementDate();
        if (done != null) {
            items.fact("enforcementDate", done);
            items.unknownIf(m.remedySought() == TriState.YES, "当事人已申请复议或提起诉讼，其结果",
                    "the party sought review or sued: the outcome");
            LocalDate end = remedyEnd(a, items, m);
            if (end == null) {
                items.unknownIf(true, "复议、诉讼期限届满日（或决定送达日）",
                        "when the review and lawsuit periods ended (or the decision's service date)");
            } else {
                items.breach(!done.isAfter(end), "在申请复议、提起诉讼的法定期限届满前强制拆除",
                        "demolished before the review and lawsuit periods ran out");
            }
        }
        return items;
    }

    /**
     * The last day of the 复议/诉讼 periods: as the file states it, else the lawsuit period (the longer one: 6 months,
     * 行政诉讼法 Art 46; 3 months before 2015-05-01) from the service of the decision. 复议's 60 days always end
     * earlier. Null when neither is on file or no period is configured.
     */
    static LocalDate remedyEnd(Assessment a, Items f, CoercionMeasure m) {
        if (m.remedyPeriodEnd() != null) {
            f.fact("remedyPeriodEnd", m.remedyPeriodEnd());
            return m.remedyPeriodEnd();
        }
        LocalDate served = m.underlyingDecisionServed();
        if (served == null) {
            return null;
        }
        Optional<Period> period = lawsuitPeriod(a, f, served);
        if (period.isEmpty()) {
            return null;
        }
        LocalDate end = a.calendar().endOf(served, period.get());
        f.fact("underlyingDecisionServed", served).fact("remedyPeriodEnd", end);
        return end;
    }

    /**
     * The period to sue against a decision served on {@code served} (jurisdiction parameter {@value #LAWSUIT_PERIOD},
     * recorded on the finding as {@code lawsuitPeriod}), if the catalog has one for the case.
     */
    static Optional<Period> lawsuitPeriod(Assessment a, FindingBuilder f, LocalDate served) {
        return lawsuitPeriod(a, new Items(f), served);
    }

    /** As above, recorded through {@code f} (nothing when probing). */
    static Optional<Period> lawsuitPeriod(Assessment a, Items f, LocalDate served) {
        Optional<ParameterValue> period = a.parameter(LAWSUIT_PERIOD, served);
        period.ifPresent(p -> f.param("lawsuitPeriod", p));
        return period.map(ParameterValue::period);
    }

    /** C-MON-1 (Art 45): standard told; surcharge not above the principal ("不得超出" allows equal). */
    public static void surchargeWithinPrincipal(Assessment a, String key, CoercionMeasure m) {
        judge(a, key, m, f -> surchargeLimbs(a, m, new Items(f)).report());
    }

    /** Whether {@link #surchargeWithinPrincipal} would report anything but SATISFIED (the condition of C-MON-1). */
    public static boolean surchargeWithinPrincipalReports(Assessment a, String key, CoercionMeasure m) {
        return reports(a, key, m, CoercionChecks::surchargeLimbs);
    }

    private static Items surchargeLimbs(Assessment a, CoercionMeasure m, Items items) {
        return items.fact("surchargeAmount", m.surchargeAmount()).fact("principalAmount", m.principalAmount())
                .require(m.surchargeStandardNotified(), "未告知加处罚款或者滞纳金的标准",
                        "the standard was not told")
                .breach(m.surchargeAmount() != null && m.principalAmount() != null
                                && m.surchargeAmount().compareTo(m.principalAmount()) > 0,
                        "加处罚款或者滞纳金超出金钱给付义务的数额", "the surcharge exceeds the principal");
    }

    /**
     * C-MON-2 (Art 46): enforce on {@code done} only after the surcharge has run more than 30 days, after a reminder,
     * with the power to enforce.
     */
    public static void enforcementAfterSurcharge(Assessment a, String key, CoercionMeasure m, LocalDate done) {
        judge(a, key, m, f -> afterSurchargeLimbs(a, m, done, new Items(f)).report());
    }

    /** Whether {@link #enforcementAfterSurcharge} would report anything but SATISFIED (the condition of C-MON-2). */
    public static boolean enforcementAfterSurchargeReports(Assessment a, String key, CoercionMeasure m,
                                                           LocalDate done) {
        try {
            return afterSurchargeLimbs(a, m, done, Items.probe(a, key)).reportable();
        } catch (OutsideCalendarException e) {
            return true;
        }
    }

    private static Items afterSurchargeLimbs(Assessment a, CoercionMeasure m, LocalDate done, Items items) {
        items.fact("enforcementDate", done);
        TriState reminded = m.reminderServed() != null ? TriState.YES : m.reminderWritten();
        items.require(reminded, "执行前未经催告", "no reminder before enforcing")
                .require(m.enforcementPower(), "无行政强制执行权的机关自行强制执行（应申请人民法院执行）",
                        "an agency without enforcement power enforced itself (it must apply to court)");
        if (m.surchargeStart() == null) {
            items.unknownIf(true, "加处罚款或者滞纳金起算日", "when the surcharge began");
        } else {
            LocalDate end = a.calendar().endOf(m.surchargeStart(), items.period("surchargeRuns"));
            items.fact("surchargeStart", m.surchargeStart()).fact("earliestEnforcement", end.plusDays(1));
            items.breach(!done.isAfter(end), "加处罚款或者滞纳金未超过三十日即强制执行",
                    "enforced before the surcharge had run more than 30 days");
        }
        return items;
    }

    /** C-SUB-1 (Arts 50-52): decision, reminder three working days before, supervision, signatures. */
    public static void substitutePerformance(Assessment a, String key, CoercionMeasure m) {
        judge(a, key, m, f -> substituteLimbs(a, m, new Items(f)).report());
    }

    /** Whether {@link #substitutePerformance} would report anything but SATISFIED (the condition of C-SUB-1). */
    public static boolean substitutePerformanceReports(Assessment a, String key, CoercionMeasure m) {
        return reports(a, key, m, CoercionChecks::substituteLimbs);
    }

    private static Items substituteLimbs(Assessment a, CoercionMeasure m, Items items) {
        items.require(m.substituteDecision(), "未送达载明法定事项的代履行决定书",
                        "no substitute-performance decision with the statutory items")
                .require(m.supervisorPresent(), "代履行时作出决定的行政机关未派员到场监督",
                        "no agency staff supervised")
                .require(m.documentsSigned(), "代履行完毕后未在文书上签名或者盖章",
                        "documents not signed or sealed afterwards");
        LocalDate done = m.enforcementDate();
        if (m.urgent() != TriState.YES && done != null) { // Art 52: immediate substitute performance
            items.fact("enforcementDate", done);
            if (m.reminderServed() == null) {
                items.unknownIf(true, "催告书送达日期", "date the reminder was served");
            } else {
                LocalDate earliest = a.calendar().endOf(m.reminderServed(), items.period("reminderBefore"));
                items.fact("reminderServed", m.reminderServed()).fact("earliestEnforcement", earliest);
                items.breach(done.isBefore(earliest), "未在代履行三个工作日前催告当事人履行",
                        "the reminder was not served 3 working days before");
            }
        }
        return items;
    }

    // ---- Chapter V: application to a court ---------------------------------------------------------------------

    /** C-COURT-1 (Art 53): apply to court within 3 months after the 复议/诉讼 periods ran out, not before. */
    public static void courtApplicationInTime(Assessment a, String key, CoercionMeasure m, LocalDate applied) {
        judge(a.report(key), m, f -> applicationTiming(a, f, m, applied));
    }

    /**
     * Whether {@link #courtApplicationInTime} would report anything (not only SATISFIED): the condition of C-COURT-1 runs
     * the same code on a probe ({@link Assessment#probe}), so a file in order does not activate it in supervision.
     */
    public static boolean courtApplicationInTimeReports(Assessment a, String key, CoercionMeasure m,
                                                        LocalDate applied) {
        return a.wouldReport(key, probe -> judge(probe, m, f -> applicationTiming(a, f, m, applied)));
    }

    private static void applicationTiming(Assessment a, FindingBuilder f, CoercionMeasure m, LocalDate applied) {
        f.fact("courtApplicationDate", applied);
        if (m.remedySought() == TriState.YES) {
            f.needsReview("sought");
            return;
        }
        LocalDate end = remedyEnd(a, new Items(f), m); // Items as the finding's fact sink
        if (end == null) {
            f.needsReview("unknown");
            return;
        }
        LocalDate deferralEnd = Formalities.deferralEnd(a);
        if (deferralEnd != null && deferralEnd.isAfter(end)) {
            // Payment deferred or in instalments beyond the remedy periods: for a fine, 行政处罚法 Art 72(2) (2021)
            // counts the application period from the deferral's end (P-PAY-8); whether and how that applies to
            // this enforcement is for a person, never a "late" or "early" on the remedy periods alone.
            f.fact("deferralEnd", deferralEnd).needsReview("deferral");
            return;
        }
        if (!applied.isAfter(end)) {
            f.variant("early").violation();
            return;
        }
        LocalDate due = a.calendar().endOf(end, f.period("applyWithin"));
        f.fact("dueDate", due);
        if (applied.isAfter(due)) {
            f.violation(due);
        } else {
            f.satisfied();
        }
    }

    /**
     * C-COURT-2 (Art 54): the application only after 10 days (working days, Art 69) from the reminder's service.
     * "送达十日后" read as: filed on the 10th working day is unsettled (NEEDS_REVIEW); earlier is premature.
     */
    public static void courtApplicationAfterReminder(Assessment a, String key, CoercionMeasure m, LocalDate applied) {
        judge(a.report(key), m, f -> applicationAfterReminder(a, f, m, applied));
    }

    /**
     * Whether {@link #courtApplicationAfterReminder} would report anything (not only SATISFIED): the condition of C-COURT-2 runs
     * the same code on a probe ({@link Assessment#probe}), so a file in order does not activate it in supervision.
     */
    public static boolean courtApplicationAfterReminderReports(Assessment a, String key, CoercionMeasure m,
                                                               LocalDate applied) {
        return a.wouldReport(key, probe -> judge(probe, m, f -> applicationAfterReminder(a, f, m, applied)));
    }

    private static void applicationAfterReminder(Assessment a, FindingBuilder f, CoercionMeasure m, LocalDate applied) {
        f.fact("courtApplicationDate", applied);
        if (m.reminderServed() == null) {
            f.needsReview("unknown");
            return;
        }
        LocalDate tenth = a.calendar().endOf(m.reminderServed(), f.period("waitAfterReminder"));
        f.fact("reminderServed", m.reminderServed()).fact("tenthDay", tenth);
        if (applied.isBefore(tenth)) {
            f.violation();
        } else if (applied.isEqual(tenth)) {
            f.needsReview("boundary");
        } else {
            f.satisfied();
        }
    }

    /** C-COURT-3 (Art 55): the application carries every item the article lists. */
    public static void courtApplicationComplete(Assessment a, String key, CoercionMeasure m) {
        judge(a, key, m, f -> applicationLimbs(a, m, new Items(f)).report());
    }

    /** Whether {@link #courtApplicationComplete} would report anything but SATISFIED (the condition of C-COURT-3). */
    public static boolean courtApplicationCompleteReports(Assessment a, String key, CoercionMeasure m) {
        return reports(a, key, m, CoercionChecks::applicationLimbs);
    }

    private static Items applicationLimbs(Assessment a, CoercionMeasure m, Items items) {
        return items.require(m.applicationComplete(),
                "申请材料不全（申请书、决定书、当事人意见及催告情况、执行标的）",
                "application incomplete (signed and sealed application, decision, party's opinion and "
                        + "reminder, object of enforcement)");
    }

    // ---- 国办发〔2018〕118号 -------------------------------------------------------------------------------------

    /** C-REC-1: sealing, seizure, restriction of liberty and demolition are recorded on audio-video throughout. */
    public static void audioVideoRecorded(Assessment a, String key, CoercionMeasure m) {
        judge(a, key, m, f -> recordingLimbs(a, m, new Items(f)).report());
    }

    /** Whether {@link #audioVideoRecorded} would report anything but SATISFIED (the condition of C-REC-1). */
    public static boolean audioVideoRecordedReports(Assessment a, String key, CoercionMeasure m) {
        return reports(a, key, m, CoercionChecks::recordingLimbs);
    }

    private static Items recordingLimbs(Assessment a, CoercionMeasure m, Items items) {
        return items.require(m.videoRecorded(), "未全程音像记录", "no continuous audio-video record");
    }

    /**
     * Starts the finding of rule version {@code key}, naming the kind of measure (every coercion finding does), and
     * runs the check; a date outside the official holiday calendar makes it NEEDS_REVIEW "compute by hand".
     */
    private static void judge(Assessment a, String key, CoercionMeasure m, Consumer<FindingBuilder> check) {
        judge(a.report(key), m, check);
    }

    /** Runs the check on {@code f} (a finding, or a probe in a rule's condition), naming the kind of measure. */
    private static void judge(FindingBuilder f, CoercionMeasure m, Consumer<FindingBuilder> check) {
        f.fact("measureKind", m.kind());
        try {
            check.accept(f);
        } catch (OutsideCalendarException e) {
            f.outsideCalendar(e.date());
        }
    }

    /** The limbs of one provision, walked by its consequence (reporting) and by its condition (probing). */
    @FunctionalInterface
    private interface Limbs {
        Items walk(Assessment a, CoercionMeasure m, Items items);
    }

    /**
     * Whether rule version {@code key}'s limbs leave anything to report for {@code m}: a condition ending in
     * {@code precheck || ...Reports(...)} keeps a file in order from activating the rule in supervision, where its
     * SATISFIED finding is not shown. True when a date lies outside the calendar, as {@link #judge} then reports it.
     */
    private static boolean reports(Assessment a, String key, CoercionMeasure m, Limbs limbs) {
        try {
            return limbs.walk(a, m, Items.probe(a, key)).reportable();
        } catch (OutsideCalendarException e) {
            return true;
        }
    }

    private static LocalDate or(LocalDate d, LocalDate fallback) {
        return d != null ? d : fallback;
    }
}
