package io.lawcheck.catalog.law;

import io.lawcheck.core.calendar.OutsideCalendarException;
import io.lawcheck.core.calendar.Period;
import io.lawcheck.core.calendar.WorkingCalendar;
import io.lawcheck.core.check.Assessment;
import io.lawcheck.core.check.FindingBuilder;
import io.lawcheck.core.model.ActKind;
import io.lawcheck.core.model.LicensingApplication;
import io.lawcheck.core.model.TriState;

import java.time.LocalDate;

/**
 * The 行政许可法 rules (licensing.drl). {@link #anchor} says whether a rule applies and which date selects its
 * version; {@link #check} runs it. Every time limit the agency must keep is counted in working days (Art 82).
 */
public final class LicensingChecks {
    private LicensingChecks() {
    }

    /** The date that selects the rule's version, or null when the rule does not apply to the case. */
    public static LocalDate anchor(Assessment a, String ruleId) {
        if (a.getCaseFile().actKind() != ActKind.LICENSING) {
            return null;
        }
        LicensingApplication l = a.getCaseFile().licensing();
        LocalDate asOf = a.getAsOf();
        LocalDate accepted = or(l.acceptanceDate(), or(l.receivedDate(), asOf));
        LocalDate decided = or(l.decisionDate(), asOf);
        return switch (ruleId) {
            case "L-ACC-1" -> l.materialsComplete() == TriState.NO ? l.receivedDate() : null;
            case "L-ACC-2" -> l.acceptanceDate() != null || l.receiptIssued() != TriState.UNKNOWN ? accepted : null;
            case "L-EXAM-1" -> l.substantiveVerification() == TriState.YES ? accepted : null;
            case "L-EXAM-2" -> l.thirdPartyMajorInterest() == TriState.YES ? accepted : null;
            case "L-DEC-1" -> l.jointHandling() != TriState.YES ? periodStart(a, l) : null;
            case "L-DEC-2" -> l.jointHandling() == TriState.YES ? periodStart(a, l) : null;
            case "L-DEC-3" -> l.lowerLevelReview() == TriState.YES ? l.acceptanceDate() : null;
            case "L-DEC-4" -> l.excludedDays() != null && l.excludedDays() > 0 ? decided : null;
            case "L-DEC-5" -> l.granted() == TriState.NO ? decided : null;
            case "L-DEC-6" -> l.granted() == TriState.YES ? l.decisionDate() : null;
            case "L-PUB-1" -> l.granted() == TriState.YES ? decided : null;
            case "L-HEAR-1" -> l.hearingRequiredByLaw() == TriState.YES ? decided : null;
            case "L-HEAR-2" -> l.majorInterestsOfOthers() == TriState.YES
                    ? or(l.hearingRightNotifiedDate(), decided) : null;
            case "L-HEAR-3" -> l.hearingDate();
            case "L-REN-1" -> l.licenceExpiry() != null ? l.renewalApplicationDate() : null;
            default -> throw new IllegalArgumentException("no licensing rule " + ruleId);
        };
    }

    /** Runs rule version {@code key} ({@code ID@VERSION}). */
    public static void check(Assessment a, String key) {
        FindingBuilder f = a.report(key);
        LicensingApplication l = a.getCaseFile().licensing();
        try {
            switch (f.version().ruleId()) {
                case "L-ACC-1" -> missingItemsNotice(a, f, l);
                case "L-ACC-2" -> new Items().require(l.receiptIssued(), "未出具加盖专用印章和注明日期的书面凭证",
                        "no written receipt bearing the seal and date").report(f);
                case "L-EXAM-1" -> {
                    f.fact("verifierCount", l.verifierCount());
                    new Items().breach(l.verifierCount() != null && l.verifierCount() < 2,
                                    "核查人员少于两名", "fewer than two staff verified")
                            .unknownIf(l.verifierCount() == null, "核查人员人数", "number of staff who verified")
                            .report(f);
                }
                case "L-EXAM-2" -> new Items()
                        .require(l.thirdPartyNotified(), "未告知利害关系人", "the interested person was not told")
                        .require(l.thirdPartyHeard(), "未听取申请人、利害关系人的意见",
                                "the applicant's and interested person's views were not heard")
                        .report(f);
                case "L-DEC-1", "L-DEC-2" -> decisionInTime(a, f, l);
                case "L-DEC-3" -> {
                    LocalDate due = a.calendar().endOf(l.acceptanceDate(), f.period("period"));
                    f.fact("acceptanceDate", l.acceptanceDate());
                    DueBy.check(f, due, l.referralDate(), TriState.NO);
                }
                case "L-DEC-4" -> {
                    f.fact("excludedDays", l.excludedDays());
                    new Items().require(l.excludedNotified(), "未将听证、检验等所需时间书面告知申请人",
                            "the excluded time was not told to the applicant in writing").report(f);
                }
                case "L-DEC-5" -> new Items()
                        .require(l.refusalReasonsGiven(), "不予许可未说明理由", "the refusal gives no reasons")
                        .require(l.remedyRightsTold(), "未告知申请行政复议或者提起行政诉讼的权利",
                                "the right to 复议 or to sue was not told")
                        .report(f);
                case "L-DEC-6" -> {
                    LocalDate due = a.calendar().endOf(l.decisionDate(), f.period("period"));
                    f.fact("decisionDate", l.decisionDate());
                    DueBy.check(f, due, l.certificateIssuedDate(), TriState.NO);
                }
                case "L-PUB-1" -> new Items().require(l.published(), "准予行政许可的决定未予公开",
                        "the decision granting the licence was not made public").report(f);
                case "L-HEAR-1" -> publicHearing(f, l);
                case "L-HEAR-2" -> hearingOnRequest(a, f, l);
                case "L-HEAR-3" -> hearingProcedure(a, f, l);
                case "L-REN-1" -> renewal(a, f, l);
                default -> throw new IllegalArgumentException("no licensing rule " + key);
            }
        } catch (OutsideCalendarException e) {
            f.outsideCalendar(e.date());
        }
    }

    /**
     * Art 32(1)(4): when the application is accepted in law. If the materials were incomplete and the applicant was
     * not told all missing items at once within 5 working days, acceptance dates from receipt. Null if unknown.
     */
    static LocalDate periodStart(Assessment a, LicensingApplication l) {
        if (deemedAcceptedOnReceipt(a.calendar(), l) == TriState.YES) {
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

    /** L-ACC-1 (Art 32(1)(4)). */
    private static void missingItemsNotice(Assessment a, FindingBuilder f, LicensingApplication l) {
        LocalDate received = l.receivedDate();
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
                .require(l.missingItemsAllAtOnce(), "未一次告知需补正的全部内容", "not all missing items were told at once")
                .report(f);
    }

    /**
     * L-DEC-1 / L-DEC-2 (Art 42, with Arts 32 and 45): the decision within the period from acceptance, plus an
     * extension approved and explained to the applicant (at most the version's {@code maxExtension}), plus excluded
     * time told in writing (Art 45). Unclear extensions or a special period by law give NEEDS_REVIEW when late.
     */
    private static void decisionInTime(Assessment a, FindingBuilder f, LicensingApplication l) {
        LocalDate start = periodStart(a, l);
        Period period = f.period("period");
        Period maxExtension = f.period("maxExtension");
        int days = period.amount();
        TriState uncertain = l.specialPeriodByLaw() == TriState.YES ? TriState.YES : TriState.NO;
        boolean extended = l.extensionApproved() == TriState.YES || l.extensionDays() != null;
        if (extended) {
            TriState valid = TriState.allOf(l.extensionApproved(), l.extensionReasonNotified());
            if (valid == TriState.YES) {
                days += Math.min(l.extensionDays() == null ? maxExtension.amount() : l.extensionDays(),
                        maxExtension.amount());
            } else if (valid == TriState.UNKNOWN) {
                uncertain = TriState.YES;
            }
            f.fact("extensionApproved", l.extensionApproved()).fact("extensionReasonNotified",
                    l.extensionReasonNotified()).fact("extensionDays", l.extensionDays());
        }
        if (l.excludedDays() != null && l.excludedDays() > 0) {
            if (l.excludedNotified() == TriState.YES) {
                days += l.excludedDays();
            } else if (l.excludedNotified() == TriState.UNKNOWN) {
                uncertain = TriState.YES;
            }
            f.fact("excludedDays", l.excludedDays());
        }
        if (!start.equals(l.acceptanceDate())) {
            f.fact("deemedAcceptedOn", start);
        }
        f.fact("acceptanceDate", start).fact("allowedWorkingDays", days)
                .fact("specialPeriodByLaw", l.specialPeriodByLaw());
        LocalDate due = a.calendar().plusWorkingDays(start, days);
        DueBy.check(f, due, l.decisionDate(), uncertain);
    }

    /** L-HEAR-1 (Art 46): announcement and hearing before the decision. */
    private static void publicHearing(FindingBuilder f, LicensingApplication l) {
        TriState held = l.hearingDate() != null ? TriState.YES : l.hearingHeld();
        if (l.decisionDate() == null && held != TriState.YES) {
            f.pending(null);
            return;
        }
        new Items().require(l.hearingAnnounced(), "未向社会公告", "no public announcement")
                .require(held, "未举行听证即作出决定", "decided without a hearing")
                .report(f);
    }

    /**
     * L-HEAR-2 (Art 47): tell of the right before deciding; a request within 5 working days of that notice obliges a
     * hearing within 20 working days of the request.
     */
    private static void hearingOnRequest(Assessment a, FindingBuilder f, LicensingApplication l) {
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

    /** L-HEAR-3 (Art 48): notice 7 working days before; public; host not the examiner; signed record; decision on it. */
    private static void hearingProcedure(Assessment a, FindingBuilder f, LicensingApplication l) {
        LocalDate held = l.hearingDate();
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
                .require(l.hearingRecordSigned(), "未制作听证笔录或笔录未经签字", "no hearing record, or unsigned")
                .require(l.decisionBasedOnRecord(), "未根据听证笔录作出决定", "the decision does not rest on the record")
                .report(f);
    }

    /**
     * L-REN-1 (Art 50): an application at least 30 days before expiry obliges a decision before expiry, else the
     * licence is deemed renewed. The 30 days are the applicant's, read as natural days (Art 82 speaks of the agency's
     * time limits); where a working-day reading would make the application late, the answer is NEEDS_REVIEW.
     */
    private static void renewal(Assessment a, FindingBuilder f, LicensingApplication l) {
        LocalDate expiry = l.licenceExpiry();
        LocalDate applied = l.renewalApplicationDate();
        Period lead = f.period("applyBefore");
        LocalDate latest = expiry.minusDays(lead.amount());
        f.fact("licenceExpiry", expiry).fact("renewalApplicationDate", applied).fact("latestApplication", latest);
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

    private static LocalDate or(LocalDate d, LocalDate fallback) {
        return d != null ? d : fallback;
    }
}
