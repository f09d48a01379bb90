package io.lawcheck.catalog.law;

import io.lawcheck.core.calendar.OutsideCalendarException;
import io.lawcheck.core.calendar.Period;
import io.lawcheck.core.calendar.WorkingCalendar;
import io.lawcheck.core.check.Assessment;
import io.lawcheck.core.check.FindingBuilder;
import io.lawcheck.core.model.LicensingApplication;
import io.lawcheck.core.model.TriState;

import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * The 行政许可法 provisions the rules in licensing.drl check. Which applications a rule applies to and the date that
 * selects its version are in each rule's conditions; the days below are the dates those conditions read, the other
 * methods the consequences, one per provision. Every time limit the agency must keep is counted in working days
 * (Art 82).
 */
public final class LicensingChecks {
    private LicensingChecks() {
    }

    // ---- The dates that select a version (read in the rules' conditions) --------------------------------------

    /** The day of acceptance, else of receipt, else (nothing dated yet) the as-of date. */
    public static LocalDate acceptanceDay(LicensingApplication l, LocalDate asOf) {
        return or(l.acceptanceDate(), or(l.receivedDate(), asOf));
    }

    /** The day of the decision; an application not yet decided is judged by the as-of date. */
    public static LocalDate decisionDay(LicensingApplication l, LocalDate asOf) {
        return or(l.decisionDate(), asOf);
    }

    /** Art 47: the day the right to a hearing was told, else the decision day. */
    public static LocalDate hearingRightDay(LicensingApplication l, LocalDate asOf) {
        return or(l.hearingRightNotifiedDate(), decisionDay(l, asOf));
    }

    /**
     * Art 32(1)(4): when the application is accepted in law, from which the decision period runs. If the materials
     * were incomplete and the applicant was not told all missing items at once within 5 working days, acceptance
     * dates from receipt. Null if unknown.
     */
    public static LocalDate decisionPeriodStart(LicensingApplication l, WorkingCalendar cal) {
        if (deemedAcceptedOnReceipt(cal, l) == TriState.YES) {
            return l.receivedDate();
        }
        return l.acceptanceDate();
    }

    static TriState deemedAcceptedOnReceipt(WorkingCalendar cal, LicensingApplication l) {
        if (l.materialsComplete() != TriState.NO || l.receivedDate() == null || l.missingItemsNoticeDate() == null) {
            return TriState.UNKNOWN;
        }
        try {
            LocalDate due = cal.plusWorkingDays(l.receivedDate(), 5);
            return TriState.of(l.missingItemsNoticeDate().isAfter(due) || l.missingItemsAllAtOnce() == TriState.NO);
        } catch (OutsideCalendarException e) {
            return TriState.UNKNOWN;
        }
    }

    // ---- Application and acceptance (Arts 32, 34, 36) ----------------------------------------------------------

    /** L-ACC-1 (Art 32(1)(4)): incomplete materials: all missing items told at once, within 5 working days. */
    public static void missingItemsTold(Assessment a, String key, LicensingApplication l, LocalDate received) {
        judge(a, key, f -> {
            LocalDate due = a.calendar().endOf(received, f.period("noticeWithin"));
            LocalDate notice = l.missingItemsNoticeDate();
            f.fact("receivedDate", received).fact("dueDate", due).fact("missingItemsNoticeDate", notice);
            if (notice == null) {
                if (!a.getAsOf().isAfter(due)) {
                    f.pending(due);
                } else {
                    f.needsReview("overdue");
                }
                return;
            }
            new Items()
                    .breach(notice.isAfter(due), "逾期（" + notice + "）才告知需补正的材料",
                            "the missing items were told late (" + notice + ")")
                    .require(l.missingItemsAllAtOnce(), "未一次告知需补正的全部内容",
                            "not all missing items were told at once")
                    .report(f);
        });
    }

    /** L-ACC-2 (Art 32(2)): a written receipt bearing the agency's seal and the date. */
    public static void receiptIssued(Assessment a, String key, LicensingApplication l) {
        judge(a, key, f -> new Items().require(l.receiptIssued(), "未出具加盖专用印章和注明日期的书面凭证",
                "no written receipt bearing the seal and date").report(f));
    }

    /** L-EXAM-1 (Art 34(3)): the substance of the materials verified on site by at least two staff. */
    public static void twoVerifiers(Assessment a, String key, LicensingApplication l) {
        judge(a, key, f -> verifierLimbs(l, new Items(f)).report());
    }

    /**
     * Whether {@link #twoVerifiers} would report anything but SATISFIED: L-EXAM-1 ends its condition with
     * {@code precheck || twoVerifiersReports(...)}, so a file in order does not activate it in supervision.
     */
    public static boolean twoVerifiersReports(Assessment a, String key, LicensingApplication l) {
        return verifierLimbs(l, Items.probe(a, key)).reportable();
    }

    private static Items verifierLimbs(LicensingApplication l, Items items) {
        return items.fact("verifierCount", l.verifierCount())
                .breach(l.verifierCount() != null && l.verifierCount() < 2,
                        "核查人员少于两名", "fewer than two staff verified")
                .unknownIf(l.verifierCount() == null, "核查人员人数", "number of staff who verified");
    }

    /** L-EXAM-2 (Art 36): a person whose major interests the licence affects is told and heard. */
    public static void interestedPersonHeard(Assessment a, String key, LicensingApplication l) {
        judge(a, key, f -> new Items()
                .require(l.thirdPartyNotified(), "未告知利害关系人", "the interested person was not told")
                .require(l.thirdPartyHeard(), "未听取申请人、利害关系人的意见",
                        "the applicant's and interested person's views were not heard")
                .report(f));
    }

    // ---- Decision (Arts 38, 40, 42-45) -------------------------------------------------------------------------

    /**
     * L-DEC-1 / L-DEC-2 (Art 42, with Arts 32 and 45): the decision within the period from {@code start} (acceptance
     * in law, {@link #decisionPeriodStart}), plus an extension approved and explained to the applicant (at most the
     * version's {@code maxExtension}), plus excluded time told in writing (Art 45). Unclear extensions or a special
     * period by law give NEEDS_REVIEW when late.
     */
    public static void decidedInTime(Assessment a, String key, LicensingApplication l, LocalDate start) {
        judge(a, key, f -> {
            Period period = f.period("period");
            Period maxExtension = f.period("maxExtension");
            int days = allowedWorkingDays(l, period, maxExtension);
            TriState uncertain = l.specialPeriodByLaw() == TriState.YES ? TriState.YES : TriState.NO;
            if (extended(l)) {
                if (TriState.allOf(l.extensionApproved(), l.extensionReasonNotified()) == TriState.UNKNOWN) {
                    uncertain = TriState.YES;
                }
                f.fact("extensionApproved", l.extensionApproved()).fact("extensionReasonNotified",
                        l.extensionReasonNotified()).fact("extensionDays", l.extensionDays());
            }
            if (excluded(l)) {
                if (l.excludedNotified() == TriState.UNKNOWN) {
                    uncertain = TriState.YES;
                }
                f.fact("excludedDays", l.excludedDays());
            }
            if (!start.equals(l.acceptanceDate())) {
                f.fact("deemedAcceptedOn", start);
            }
            f.fact("acceptanceDate", start).fact("allowedWorkingDays", days)
                    .fact("specialPeriodByLaw", l.specialPeriodByLaw());
            DueBy.check(f, decisionDue(a, start, days), l.decisionDate(), uncertain);
        });
    }

    /**
     * Whether {@link #decidedInTime} would report anything: anything but a decision on or before the same due date
     * (SATISFIED, shown in a pre-check only). L-DEC-1 ends its condition with {@code precheck || decidedInTimeReports
     * (...)}. True when the calendar cannot count the period (the rule then says so).
     */
    public static boolean decidedInTimeReports(Assessment a, String key, LicensingApplication l, LocalDate start) {
        try {
            int days = allowedWorkingDays(l, a.period(key, "period"), a.period(key, "maxExtension"));
            return !DueBy.met(decisionDue(a, start, days), l.decisionDate());
        } catch (OutsideCalendarException e) {
            return true;
        }
    }

    /**
     * The working days allowed for the decision: the period, plus a valid extension (approved and its reason told;
     * at most {@code maxExtension}), plus excluded time told in writing (Art 45).
     */
    private static int allowedWorkingDays(LicensingApplication l, Period period, Period maxExtension) {
        int days = period.amount();
        if (extended(l) && TriState.allOf(l.extensionApproved(), l.extensionReasonNotified()) == TriState.YES) {
            days += Math.min(l.extensionDays() == null ? maxExtension.amount() : l.extensionDays(),
                    maxExtension.amount());
        }
        if (excluded(l) && l.excludedNotified() == TriState.YES) {
            days += l.excludedDays();
        }
        return days;
    }

    /** The last day for the decision: {@code days} working days (Art 82) from {@code start}. */
    private static LocalDate decisionDue(Assessment a, LocalDate start, int days) {
        return a.calendar().plusWorkingDays(start, days);
    }

    /** An extension is on file: approved, or a number of days stated. */
    private static boolean extended(LicensingApplication l) {
        return l.extensionApproved() == TriState.YES || l.extensionDays() != null;
    }

    /** Time excluded from the period (hearing, tender, testing ...) is on file. */
    private static boolean excluded(LicensingApplication l) {
        return l.excludedDays() != null && l.excludedDays() > 0;
    }

    /** L-DEC-3 (Art 43): a lower level that reviews first refers the file upward within the period from acceptance. */
    public static void referredUpwardInTime(Assessment a, String key, LicensingApplication l, LocalDate accepted) {
        judge(a, key, f -> {
            LocalDate due = a.calendar().endOf(accepted, f.period("period"));
            f.fact("acceptanceDate", accepted);
            DueBy.check(f, due, l.referralDate(), TriState.NO);
        });
    }

    /** L-DEC-4 (Art 45): time for hearing, tender, testing, appraisal or expert review is told in writing. */
    public static void excludedTimeTold(Assessment a, String key, LicensingApplication l) {
        judge(a, key, f -> {
            f.fact("excludedDays", l.excludedDays());
            new Items().require(l.excludedNotified(), "未将听证、检验等所需时间书面告知申请人",
                    "the excluded time was not told to the applicant in writing").report(f);
        });
    }

    /** L-DEC-5 (Art 38(2)): a refusal gives reasons and tells of the right to 复议 or to sue. */
    public static void refusalExplained(Assessment a, String key, LicensingApplication l) {
        judge(a, key, f -> new Items()
                .require(l.refusalReasonsGiven(), "不予许可未说明理由", "the refusal gives no reasons")
                .require(l.remedyRightsTold(), "未告知申请行政复议或者提起行政诉讼的权利",
                        "the right to 复议 or to sue was not told")
                .report(f));
    }

    /** L-DEC-6 (Art 44): the certificate issued or served within the period from the decision granting it. */
    public static void certificateIssuedInTime(Assessment a, String key, LicensingApplication l, LocalDate decided) {
        judge(a, key, f -> {
            LocalDate due = certificateDue(a, decided, f.period("period"));
            f.fact("decisionDate", decided);
            DueBy.check(f, due, l.certificateIssuedDate(), TriState.NO);
        });
    }

    /**
     * Whether {@link #certificateIssuedInTime} would report anything: anything but a certificate on or before the
     * same due date (SATISFIED, shown in a pre-check only). L-DEC-6 ends its condition with
     * {@code precheck || certificateIssuedInTimeReports(...)}. True when the calendar cannot count the period.
     */
    public static boolean certificateIssuedInTimeReports(Assessment a, String key, LicensingApplication l,
                                                         LocalDate decided) {
        try {
            return !DueBy.met(certificateDue(a, decided, a.period(key, "period")), l.certificateIssuedDate());
        } catch (OutsideCalendarException e) {
            return true;
        }
    }

    /** The last day to issue or serve the certificate: the period from the decision granting the licence. */
    private static LocalDate certificateDue(Assessment a, LocalDate decided, Period period) {
        return a.calendar().endOf(decided, period);
    }

    /** L-PUB-1 (Art 40): the decision granting the licence is made public. */
    public static void grantPublished(Assessment a, String key, LicensingApplication l) {
        judge(a, key, f -> new Items().require(l.published(), "准予行政许可的决定未予公开",
                "the decision granting the licence was not made public").report(f));
    }

    // ---- Hearing (Arts 46-48) ----------------------------------------------------------------------------------

    /** L-HEAR-1 (Art 46): announcement and hearing before the decision. */
    public static void publicHearingHeld(Assessment a, String key, LicensingApplication l) {
        judge(a, key, f -> {
            TriState held = l.hearingDate() != null ? TriState.YES : l.hearingHeld();
            if (l.decisionDate() == null && held != TriState.YES) {
                f.pending(null);
                return;
            }
            new Items().require(l.hearingAnnounced(), "未向社会公告", "no public announcement")
                    .require(held, "未举行听证即作出决定", "decided without a hearing")
                    .report(f);
        });
    }

    /**
     * L-HEAR-2 (Art 47): tell of the right before deciding; a request within 5 working days of that notice obliges a
     * hearing within 20 working days of the request.
     */
    public static void hearingOnRequest(Assessment a, String key, LicensingApplication l) {
        judge(a.report(key), f -> hearingRequestOutcome(a, f, l));
    }

    /**
     * Whether {@link #hearingOnRequest} would report anything (not only SATISFIED): the condition of L-HEAR-2 runs
     * the same code on a probe ({@link Assessment#probe}), so a file in order does not activate it in supervision.
     */
    public static boolean hearingOnRequestReports(Assessment a, String key, LicensingApplication l) {
        return a.wouldReport(key, probe -> judge(probe, f -> hearingRequestOutcome(a, f, l)));
    }

    private static void hearingRequestOutcome(Assessment a, FindingBuilder f, LicensingApplication l) {
        TriState notified = l.hearingRightNotifiedDate() != null ? TriState.YES : l.hearingRightNotified();
        if (notified != TriState.YES) {
            if (l.decisionDate() == null) {
                f.fact("hearingRightNotified", notified).pending(null);
            } else if (notified == TriState.NO) {
                f.fact("decisionDate", l.decisionDate()).variant("notice").violation();
            } else {
                f.needsReview("unknown");
            }
            return;
        }
        LocalDate notice = l.hearingRightNotifiedDate();
        LocalDate request = l.hearingRequestDate();
        if (request == null) {
            f.satisfied();
            return;
        }
        f.fact("hearingRightNotifiedDate", notice).fact("hearingRequestDate", request);
        if (notice != null) {
            LocalDate windowEnd = a.calendar().endOf(notice, f.period("requestWithin"));
            f.fact("requestWindowEnd", windowEnd);
            if (request.isAfter(windowEnd)) {
                f.satisfied(); // a late request creates no duty
                return;
            }
        }
        LocalDate due = a.calendar().endOf(request, f.period("holdWithin"));
        DueBy.check(f, due, l.hearingDate(), TriState.NO);
    }

    /**
     * L-HEAR-3 (Art 48): notice 7 working days before the hearing {@code held}; public; host not the examiner; signed
     * record; decision on it.
     */
    public static void hearingProcedure(Assessment a, String key, LicensingApplication l, LocalDate held) {
        judge(a, key, f -> {
            f.fact("hearingDate", held);
            Items items = new Items();
            if (l.hearingNoticeDate() == null) {
                items.unknownIf(true, "听证通知日期", "date of the hearing notice");
            } else {
                LocalDate earliest = a.calendar().endOf(l.hearingNoticeDate(), f.period("noticeBefore"));
                f.fact("hearingNoticeDate", l.hearingNoticeDate()).fact("earliestHearingDate", earliest);
                items.breach(held.isBefore(earliest), "未在举行听证七个工作日前通知时间、地点",
                        "time and place not notified 7 working days before");
            }
            items.require(l.hearingPublic(), "听证未公开举行", "the hearing was not public")
                    .forbid(l.hostIsExaminer(), "由审查该申请的工作人员主持听证", "the examiner hosted the hearing")
                    .require(l.hearingRecordSigned(), "未制作听证笔录或笔录未经签字",
                            "no hearing record, or unsigned")
                    .require(l.decisionBasedOnRecord(), "未根据听证笔录作出决定",
                            "the decision does not rest on the record")
                    .report(f);
        });
    }

    // ---- Renewal (Art 50) --------------------------------------------------------------------------------------

    /**
     * L-REN-1 (Art 50): an application at least 30 days before expiry obliges a decision before expiry, else the
     * licence is deemed renewed. The 30 days are the applicant's, read as natural days (Art 82 speaks of the agency's
     * time limits); where a working-day reading would make the application late, the answer is NEEDS_REVIEW.
     */
    public static void renewalDecidedBeforeExpiry(Assessment a, String key, LicensingApplication l,
                                                  LocalDate applied) {
        judge(a.report(key), f -> renewalOutcome(a, f, l, applied));
    }

    /**
     * Whether {@link #renewalDecidedBeforeExpiry} would report anything (not only SATISFIED): the condition of
     * L-REN-1 runs the same code on a probe ({@link Assessment#probe}), so a file in order does not activate it in
     * supervision.
     */
    public static boolean renewalDecidedBeforeExpiryReports(Assessment a, String key, LicensingApplication l,
                                                            LocalDate applied) {
        return a.wouldReport(key, probe -> judge(probe, f -> renewalOutcome(a, f, l, applied)));
    }

    private static void renewalOutcome(Assessment a, FindingBuilder f, LicensingApplication l, LocalDate applied) {
        LocalDate expiry = l.licenceExpiry();
        Period lead = f.period("applyBefore");
        LocalDate latest = expiry.minusDays(lead.amount());
        f.fact("licenceExpiry", expiry).fact("renewalApplicationDate", applied)
                .fact("latestApplication", latest);
        if (applied.isAfter(latest)) {
            f.needsReview("late");
            return;
        }
        LocalDate decided = l.renewalDecisionDate();
        f.fact("renewalDecisionDate", decided);
        if (decided != null && !decided.isAfter(expiry)) {
            f.satisfied();
            return;
        }
        if (decided == null && !a.getAsOf().isAfter(expiry)) {
            f.pending(expiry);
            return;
        }
        if (decided == null) {
            f.needsReview("overdue");
            return;
        }
        if (a.calendar().workingDaysBetween(applied, expiry) < lead.amount()) {
            f.needsReview("unit");
            return;
        }
        f.violation(expiry);
    }

    /** Starts the finding of rule version {@code key} and runs the check; a date outside the calendar: by hand. */
    private static void judge(Assessment a, String key, Consumer<FindingBuilder> check) {
        judge(a.report(key), check);
    }

    /** Runs the check on {@code f} (a finding, or a probe in a rule's condition). */
    private static void judge(FindingBuilder f, Consumer<FindingBuilder> check) {
        try {
            check.accept(f);
        } catch (OutsideCalendarException e) {
            f.outsideCalendar(e.date());
        }
    }

    private static LocalDate or(LocalDate d, LocalDate fallback) {
        return d != null ? d : fallback;
    }
}
