package io.lawcheck.bench;

import io.lawcheck.core.model.AgencySystem;
import io.lawcheck.core.model.EnforcementCase;
import io.lawcheck.core.model.PenaltyKind;
import io.lawcheck.core.model.ReviewResult;
import io.lawcheck.core.model.ServiceMethod;
import io.lawcheck.core.model.StepKind;
import io.lawcheck.core.model.TriState;
import io.lawcheck.fixtures.CaseBuilder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Realistic, reproducible case files for the benchmarks: a fixed seed gives the same cases on every run. The mix:
 * about 40% clean files, the rest with one to four defects (late decision or service, too few or uncertified
 * officers, hearing right not notified, decision inside the request window, requested hearing not held, review
 * missing or after the decision, officers unknown, undated steps), and some open drafts; acts dated in 2016, 2019
 * or 2022 (so the 1996, 2017 and 2021 laws all apply); every agency system; individuals and organisations;
 * general and summary procedure.
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
}
