package io.lawcheck.bench;

import io.lawcheck.core.model.AgencySystem;
import io.lawcheck.core.model.CoercionKind;
import io.lawcheck.core.model.EnforcementCase;
import io.lawcheck.core.model.PenaltyKind;
import io.lawcheck.core.model.ReviewResult;
import io.lawcheck.core.model.ServiceMethod;
import io.lawcheck.core.model.StepKind;
import io.lawcheck.core.model.TriState;
import io.lawcheck.fixtures.CaseBuilder;
import io.lawcheck.fixtures.CoercionBuilder;
import io.lawcheck.fixtures.LicensingBuilder;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Realistic, reproducible case files for the benchmarks: a fixed seed gives the same cases on every run.
 *
 * <p>About 80% are 行政处罚 files: about 40% of them clean, the rest with one to four defects (late decision or
 * service, too few or uncertified officers, hearing right not notified, decision inside the request window, requested
 * hearing not held, review missing or after the decision, officers unknown, undated steps), and some open drafts;
 * acts dated in 2016, 2019 or 2022 (so the 1996, 2017 and 2021 laws all apply); every agency system; individuals and
 * organisations; general and summary procedure.
 *
 * <p>About 10% are 行政强制 files (sealing, seizure, freeze, restriction of liberty, direct enforcement with or without
 * a surcharge, substitute performance, demolition, application to a court) and about 10% 行政许可 applications (with
 * on-site verification, hearing rights or a renewal now and then), each about 40% clean and otherwise with one to three
 * defects of its own law (e.g. no on-site record, late disposal, no reminder, enforcement on a holiday; late decision,
 * no receipt, missing items told late, refusal without reasons), dated in July or November of 2016, 2019 or 2022 on a
 * weekday, so a clean file meets no holiday. Only the penalty files matter to the plain-Java baseline's subset; the
 * others are there because every case, whatever its kind, goes through the whole catalog.
 */
public final class CaseGenerator {
    /** The as-of date the generated files are checked on (drafts from late 2022 are still open then). */
    public static final LocalDate AS_OF = LocalDate.of(2023, 1, 16);
    public static final long SEED = 20261123L;

    private static final int[] YEARS = {2016, 2019, 2022};
    private static final AgencySystem[] SYSTEMS = AgencySystem.values();
    private static final String[] JURISDICTIONS = {"120101", "310101", "110105", "440305", "330106"};
    private static final String[] FINES = {"200", "1500", "3000", "9999", "10000", "50000", "200000"};

    private enum Defect {
        LATE_DECISION, LATE_SERVICE, ONE_OFFICER, AUXILIARY, OFFICERS_UNKNOWN, HEARING_NOT_NOTIFIED,
        DECISION_IN_WINDOW, HEARING_NOT_HELD, REVIEW_MISSING, REVIEW_AFTER_DECISION, DRAFT, SERVICE_UNDATED
    }

    private static final Defect[] DEFECTS = Defect.values();

    private CaseGenerator() {
    }

    public static List<EnforcementCase> generate(int count) {
        return generate(count, SEED);
    }

    public static List<EnforcementCase> generate(int count, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<EnforcementCase> cases = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            cases.add(one(i, rnd));
        }
        return cases;
    }

    private static EnforcementCase one(int i, SplittableRandom rnd) {
        int act = rnd.nextInt(10);
        if (act == 0) {
            return coercionCase(i, rnd);
        }
        if (act == 1) {
            return licensingCase(i, rnd);
        }
        return penaltyCase(i, rnd);
    }

    private static EnforcementCase penaltyCase(int i, SplittableRandom rnd) {
        int year = YEARS[rnd.nextInt(YEARS.length)];
        LocalDate filed = LocalDate.of(year, 1, 2).plusDays(rnd.nextInt(year == 2022 ? 330 : 300));
        CaseBuilder b = CaseBuilder.penalty("BENCH-" + i)
                .agency(SYSTEMS[rnd.nextInt(SYSTEMS.length)])
                .jurisdiction(JURISDICTIONS[rnd.nextInt(JURISDICTIONS.length)]);
        if (rnd.nextBoolean()) {
            b.organisation();
        } else {
            b.individual();
        }
        if (rnd.nextInt(7) == 0) {
            b.summary();
        } else {
            b.general();
        }
        int kind = rnd.nextInt(10);
        if (kind < 7) {
            b.fine(FINES[rnd.nextInt(FINES.length)]);
        } else if (kind < 8) {
            b.penalty(PenaltyKind.REVOKE_LICENCE);
        } else if (kind < 9) {
            b.penalty(PenaltyKind.CONFISCATE_ILLEGAL_GAINS, FINES[rnd.nextInt(FINES.length)]);
        } else {
            b.penalty(PenaltyKind.WARNING);
        }

        // Defects: 0 for about 40% of the files, else 1-4 distinct ones.
        boolean[] has = new boolean[DEFECTS.length];
        if (rnd.nextInt(10) >= 4) {
            int n = 1 + rnd.nextInt(4);
            for (int k = 0; k < n; k++) {
                has[rnd.nextInt(DEFECTS.length)] = true;
            }
        }

        LocalDate notice = filed.plusDays(10 + rnd.nextInt(20));
        LocalDate decision = has[Defect.DECISION_IN_WINDOW.ordinal()] ? notice.plusDays(1)
                : has[Defect.LATE_DECISION.ordinal()] ? filed.plusDays(95 + rnd.nextInt(60))
                : notice.plusDays(12 + rnd.nextInt(30));
        boolean draft = has[Defect.DRAFT.ordinal()];

        b.filed(filed.toString());
        if (has[Defect.HEARING_NOT_NOTIFIED.ordinal()]) {
            b.step(StepKind.STATEMENT_NOTICE_SERVED, notice).notHappened(StepKind.HEARING_RIGHT_NOTIFIED);
        } else {
            b.noticeServed(notice.toString());
        }
        if (has[Defect.HEARING_NOT_HELD.ordinal()]) {
            b.step(StepKind.HEARING_REQUESTED, notice.plusDays(2)).notHappened(StepKind.HEARING_HELD);
        } else if (has[Defect.DECISION_IN_WINDOW.ordinal()] || has[Defect.HEARING_NOT_NOTIFIED.ordinal()]) {
            // the party stays silent: the request window has to run out before the decision
        } else if (rnd.nextInt(4) == 0) {
            LocalDate held = notice.plusDays(10);
            b.step(StepKind.HEARING_REQUESTED, notice.plusDays(1))
                    .step(StepKind.HEARING_SCHEDULE_SERVED, notice.plusDays(2))
                    .step(StepKind.HEARING_HELD, held);
        } else if (rnd.nextInt(3) > 0) {
            b.step(StepKind.HEARING_WAIVED, notice.plusDays(1));
        }

        if (rnd.nextBoolean()) {
            b.notMajor();
        } else {
            b.majorPublicInterest(TriState.YES);
        }
        if (has[Defect.REVIEW_MISSING.ordinal()]) {
            b.notHappened(StepKind.LEGAL_REVIEW);
        } else if (has[Defect.REVIEW_AFTER_DECISION.ordinal()]) {
            b.legalReviewPassed(decision.plusDays(3).toString());
        } else if (rnd.nextInt(5) == 0) {
            b.legalReview(decision.minusDays(2).toString(), ReviewResult.PASSED, TriState.YES, TriState.NO);
        } else {
            b.legalReviewPassed(decision.minusDays(2).toString());
        }

        if (has[Defect.OFFICERS_UNKNOWN.ordinal()]) {
            b.officersUnknown();
        } else if (has[Defect.ONE_OFFICER.ordinal()]) {
            b.officers(CaseBuilder.certified("O-1"));
        } else if (has[Defect.AUXILIARY.ordinal()]) {
            b.officers(CaseBuilder.certified("O-1"), CaseBuilder.auxiliary("A-1"));
        } else {
            b.twoCertifiedOfficers();
        }

        if (draft) {
            b.unknown(StepKind.DECISION);
            return b.build();
        }
        b.decidedOn(decision.toString());
        int how = rnd.nextInt(4);
        b.service(how == 0 ? ServiceMethod.ELECTRONIC : ServiceMethod.DIRECT,
                how == 1 ? TriState.YES : how == 2 ? TriState.UNKNOWN : TriState.NO,
                how == 0 ? (rnd.nextBoolean() ? TriState.YES : TriState.UNKNOWN) : TriState.UNKNOWN);
        if (has[Defect.SERVICE_UNDATED.ordinal()]) {
            b.happenedUndated(StepKind.SERVICE);
        } else if (has[Defect.LATE_SERVICE.ordinal()]) {
            b.servedOn(decision.plusDays(20).toString());
        } else {
            b.servedOn((how == 1 ? decision : decision.plusDays(1 + rnd.nextInt(3))).toString());
        }
        return b.build();
    }

    // ---- 行政强制 -------------------------------------------------------------------------------------------------

    private enum CoercionDefect {
        NO_ON_SITE_RECORD, ONE_OFFICER, NO_VIDEO, LATE_DISPOSAL, DAILY_NECESSITIES, OVER_FROZEN, NO_REMINDER,
        DECIDED_IN_REMINDER_PERIOD, ON_A_HOLIDAY, FACTS_UNKNOWN, EARLY_COURT_APPLICATION
    }

    private static final CoercionKind[] COERCION_KINDS = {CoercionKind.SEALING, CoercionKind.SEIZURE,
        CoercionKind.FREEZE, CoercionKind.LIBERTY_RESTRICTION, CoercionKind.ENFORCEMENT, CoercionKind.ENFORCEMENT,
        CoercionKind.SUBSTITUTE_PERFORMANCE, CoercionKind.DEMOLITION};

    /** A coercive measure or an enforcement with every step on file, then 0 (about 40%) or 1-3 defects. */
    private static EnforcementCase coercionCase(int i, SplittableRandom rnd) {
        LocalDate day = weekdayWithoutHolidays(rnd);
        CoercionKind kind = COERCION_KINDS[rnd.nextInt(COERCION_KINDS.length)];
        // an agency without the power to enforce applies to the people's court (Arts 53-55)
        boolean court = kind == CoercionKind.ENFORCEMENT && rnd.nextInt(3) == 0;
        CaseBuilder b = CaseBuilder.coercion("BENCH-" + i).agency(SYSTEMS[rnd.nextInt(SYSTEMS.length)])
                .jurisdiction(JURISDICTIONS[rnd.nextInt(JURISDICTIONS.length)]).twoCertifiedOfficers();
        if (rnd.nextBoolean()) {
            b.organisation();
        } else {
            b.individual();
        }
        boolean[] has = defects(rnd, coercionDefects(kind, court), CoercionDefect.values().length, 3);
        CoercionBuilder m = new CoercionBuilder().kind(kind).legalBasis(true).agencyEmpowered(true).entrusted(false)
                .statementHeard(true).urgent(false).utilitiesCut(false);
        if (kind.isMeasure()) {
            m.priorApproval(true).certificatesShown(true).partyNotified(true).rightsTold(true).onSiteRecord(true)
                    .recordSigned(true).partyPresent(true).videoRecorded(true).measureDate(day.toString());
            if (kind == CoercionKind.LIBERTY_RESTRICTION) {
                m.familyNotified(true);
            } else {
                m.itemsRelated(true).dailyNecessities(false).alreadySealed(false).decisionOnSpot(true)
                        .decisionComplete(true).periodDays(30).itemsReturned(true)
                        .dispositionDate(day.plusDays(has[CoercionDefect.LATE_DISPOSAL.ordinal()] ? 45 : 20)
                                .toString());
                if (kind == CoercionKind.FREEZE) {
                    m.freezeAmount(has[CoercionDefect.OVER_FROZEN.ordinal()] ? "12000" : "10000")
                            .involvedAmount("10000").freezeDecisionServed(day.plusDays(1).toString());
                }
            }
        } else {
            // written reminder, its time limit, the decision after it, enforcement on a weekday morning
            m.reminderComplete(true).reminderServiceLawful(true).assetTransferRisk(false)
                    .enforcementDecisionComplete(true).enforcementTime("10:00");
            if (has[CoercionDefect.NO_REMINDER.ordinal()]) {
                m.reminderWritten(false);
            } else {
                m.reminderWritten(true).reminderServed(day.toString());
            }
            m.reminderDeadline(day.plusDays(10).toString()).enforcementDecisionDate(
                    day.plusDays(has[CoercionDefect.DECIDED_IN_REMINDER_PERIOD.ordinal()] ? 5 : 20).toString());
            LocalDate enforced = has[CoercionDefect.ON_A_HOLIDAY.ordinal()] ? LocalDate.of(day.getYear() + 1, 1, 1)
                    : weekdayOnOrAfter(day.plusDays(25));
            if (court) {
                m.enforcementPower(false).remedySought(false).remedyPeriodEnd(day.minusDays(20).toString())
                        .applicationComplete(true).courtApplicationDate(day.plusDays(
                                has[CoercionDefect.EARLY_COURT_APPLICATION.ordinal()] ? 5 : 25).toString());
            } else {
                m.enforcementPower(true).enforcementDate(enforced.toString());
            }
            if (kind == CoercionKind.ENFORCEMENT && !court && rnd.nextBoolean()) {
                m.surchargeStandardNotified(true).surchargeStart(day.minusDays(10).toString()).surchargeAmount("300")
                        .principalAmount("1000");
            } else if (kind == CoercionKind.SUBSTITUTE_PERFORMANCE) {
                m.substituteDecision(true).supervisorPresent(true).documentsSigned(true);
            } else if (kind == CoercionKind.DEMOLITION) {
                m.announcementMade(true).remedySought(false).underlyingDecisionServed(day.minusDays(200).toString())
                        .videoRecorded(true);
            }
        }
        if (has[CoercionDefect.NO_ON_SITE_RECORD.ordinal()] && kind.isMeasure()) {
            m.onSiteRecord(false);
        }
        if (has[CoercionDefect.ONE_OFFICER.ordinal()]) {
            b.officers(CaseBuilder.certified("O-1"));
        }
        if (has[CoercionDefect.NO_VIDEO.ordinal()]) {
            m.videoRecorded(false);
        }
        if (has[CoercionDefect.DAILY_NECESSITIES.ordinal()]) {
            m.dailyNecessities(true);
        }
        if (has[CoercionDefect.FACTS_UNKNOWN.ordinal()]) {
            m.urgent(TriState.UNKNOWN).statementHeard(TriState.UNKNOWN);
        }
        return b.coercion(m).build();
    }

    // ---- 行政许可 -------------------------------------------------------------------------------------------------

    private enum LicensingDefect {
        LATE_DECISION, NO_RECEIPT, MISSING_ITEMS_TOLD_LATE, LATE_CERTIFICATE, NOT_PUBLISHED, REFUSED_WITHOUT_REASONS,
        HEARING_RIGHT_NOT_TOLD, ONE_VERIFIER, UNDECIDED
    }

    /** An application accepted on receipt and decided in time, then 0 (about 40%) or 1-3 defects. */
    private static EnforcementCase licensingCase(int i, SplittableRandom rnd) {
        LocalDate received = weekdayWithoutHolidays(rnd);
        CaseBuilder b = CaseBuilder.licensing("BENCH-" + i).agency(SYSTEMS[rnd.nextInt(SYSTEMS.length)])
                .jurisdiction(JURISDICTIONS[rnd.nextInt(JURISDICTIONS.length)]);
        if (rnd.nextBoolean()) {
            b.organisation();
        } else {
            b.individual();
        }
        boolean[] has = defects(rnd, List.of(LicensingDefect.values()), LicensingDefect.values().length, 3);
        LocalDate decided = received.plusDays(has[LicensingDefect.LATE_DECISION.ordinal()] ? 60 : 14);
        LicensingBuilder l = new LicensingBuilder().receivedDate(received.toString()).materialsComplete(true)
                .acceptanceDate(received.toString()).receiptIssued(!has[LicensingDefect.NO_RECEIPT.ordinal()])
                .jointHandling(false).specialPeriodByLaw(false);
        if (has[LicensingDefect.MISSING_ITEMS_TOLD_LATE.ordinal()]) {
            l.materialsComplete(false).missingItemsNoticeDate(received.plusDays(10).toString())
                    .missingItemsAllAtOnce(false).acceptanceDate(received.plusDays(12).toString());
        }
        int extra = rnd.nextInt(10);
        if (extra < 3) {
            l.substantiveVerification(true).verifierCount(has[LicensingDefect.ONE_VERIFIER.ordinal()] ? 1 : 2);
        } else if (has[LicensingDefect.ONE_VERIFIER.ordinal()]) {
            l.substantiveVerification(true).verifierCount(1);
        }
        if (has[LicensingDefect.HEARING_RIGHT_NOT_TOLD.ordinal()]) {
            l.majorInterestsOfOthers(true).hearingRightNotified(false);
        } else if (extra == 3 || extra == 4) {
            l.majorInterestsOfOthers(true).hearingRightNotifiedDate(received.plusDays(3).toString());
        } else if (extra == 5) {
            l.licenceExpiry(received.plusDays(60).toString()).renewalApplicationDate(received.toString())
                    .renewalDecisionDate(received.plusDays(20).toString());
        }
        if (has[LicensingDefect.UNDECIDED.ordinal()]) {
            return b.licensing(l).build(); // an open application: decision, certificate, publication to come
        }
        l.decisionDate(decided.toString());
        if (has[LicensingDefect.REFUSED_WITHOUT_REASONS.ordinal()]) {
            l.granted(false).refusalReasonsGiven(false).remedyRightsTold(true);
        } else {
            l.granted(true).published(!has[LicensingDefect.NOT_PUBLISHED.ordinal()]).certificateIssuedDate(
                    decided.plusDays(has[LicensingDefect.LATE_CERTIFICATE.ordinal()] ? 30 : 3).toString());
        }
        return b.licensing(l).build();
    }

    /** The defects that can occur in a file of this kind (the others would leave it clean). */
    private static List<CoercionDefect> coercionDefects(CoercionKind kind, boolean court) {
        List<CoercionDefect> possible = new ArrayList<>(List.of(CoercionDefect.FACTS_UNKNOWN));
        if (kind.isMeasure()) {
            possible.addAll(List.of(CoercionDefect.NO_ON_SITE_RECORD, CoercionDefect.ONE_OFFICER));
        } else {
            possible.addAll(List.of(CoercionDefect.NO_REMINDER, CoercionDefect.DECIDED_IN_REMINDER_PERIOD,
                    court ? CoercionDefect.EARLY_COURT_APPLICATION : CoercionDefect.ON_A_HOLIDAY));
        }
        if (kind.isSealingOrSeizure()) {
            possible.add(CoercionDefect.DAILY_NECESSITIES);
        }
        if (kind.isSealingOrSeizure() || kind == CoercionKind.FREEZE) {
            possible.add(CoercionDefect.LATE_DISPOSAL);
        }
        if (kind == CoercionKind.FREEZE) {
            possible.add(CoercionDefect.OVER_FROZEN);
        }
        if (kind.isSealingOrSeizure() || kind == CoercionKind.LIBERTY_RESTRICTION
                || kind == CoercionKind.DEMOLITION) {
            possible.add(CoercionDefect.NO_VIDEO);
        }
        return possible;
    }

    /** No defect for about 40% of the files, else 1 to {@code most} of the possible ones (drawn twice: once). */
    private static <E extends Enum<E>> boolean[] defects(SplittableRandom rnd, List<E> possible, int kinds,
                                                         int most) {
        boolean[] has = new boolean[kinds];
        if (rnd.nextInt(10) >= 4) {
            int n = 1 + rnd.nextInt(most);
            for (int k = 0; k < n; k++) {
                has[possible.get(rnd.nextInt(possible.size())).ordinal()] = true;
            }
        }
        return has;
    }

    /**
     * A weekday in the first ten days of July or November of 2016, 2019 or 2022: with the periods the generator adds
     * (at most 45 days) a clean file stays clear of public holidays (none fall in July, August, November or December).
     */
    private static LocalDate weekdayWithoutHolidays(SplittableRandom rnd) {
        int year = YEARS[rnd.nextInt(YEARS.length)];
        return weekdayOnOrAfter(LocalDate.of(year, rnd.nextBoolean() ? 7 : 11, 1 + rnd.nextInt(10)));
    }

    private static LocalDate weekdayOnOrAfter(LocalDate d) {
        LocalDate day = d;
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        return day;
    }
}
