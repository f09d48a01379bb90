package io.lawcheck.bench;

import io.lawcheck.catalog.law.Decisions;
import io.lawcheck.catalog.law.HearingScope;
import io.lawcheck.catalog.law.Hearings;
import io.lawcheck.catalog.law.OfficerCheck;
import io.lawcheck.catalog.law.ReviewScope;
import io.lawcheck.core.catalog.Catalog;
import io.lawcheck.core.catalog.RuleVersion;
import io.lawcheck.core.check.Assessment;
import io.lawcheck.core.check.CaseChecker;
import io.lawcheck.core.check.CheckMode;
import io.lawcheck.core.check.CheckResult;
import io.lawcheck.core.model.AgencySystem;
import io.lawcheck.core.model.EnforcementCase;
import io.lawcheck.core.model.StepKind;
import io.lawcheck.core.model.TriState;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The benchmark's plain-Java baseline: the subset {@link #RULE_IDS} of the catalog written by hand, i.e. the DRL
 * conditions of those rules as {@code if}s calling the same consequence helpers (io.lawcheck.catalog.law) and the
 * same {@link Assessment}/FindingBuilder. What is left between this and the Drools checker restricted to the same
 * rules is the rule engine's own cost (sessions, matching, agenda). Not for production: it does not follow catalog
 * changes; BaselineEquivalenceTest asserts it still gives the same findings as Drools.
 */
public final class BaselineChecker implements CaseChecker {
    /** The shared subset: hearing, legal review, officers, decision and service deadlines. */
    public static final Set<String> RULE_IDS = Set.of("P-HEAR-1", "P-HEAR-3", "P-HEAR-10", "P-REV-1", "P-OFF-1",
            "P-OFF-2", "P-DEC-3", "P-SERV-1");

    private final Catalog catalog;
    private final RuleVersion hear1v2021, hear1v1996, hear3v2021, hear3v1996, hear10v2021, hear10v1996;
    private final RuleVersion rev1v2021, rev1v2018, off1v2021, off1v1996, off2v2021, off2v1996;
    private final RuleVersion dec3v2021, serv1v2021, serv1v1996;

    public BaselineChecker(Catalog catalog) {
        this.catalog = catalog;
        hear1v2021 = v("P-HEAR-1@2021");
        hear1v1996 = v("P-HEAR-1@1996");
        hear3v2021 = v("P-HEAR-3@2021");
        hear3v1996 = v("P-HEAR-3@1996");
        hear10v2021 = v("P-HEAR-10@2021");
        hear10v1996 = v("P-HEAR-10@1996");
        rev1v2021 = v("P-REV-1@2021");
        rev1v2018 = v("P-REV-1@2018");
        off1v2021 = v("P-OFF-1@2021");
        off1v1996 = v("P-OFF-1@1996");
        off2v2021 = v("P-OFF-2@2021");
        off2v1996 = v("P-OFF-2@1996");
        dec3v2021 = v("P-DEC-3@2021");
        serv1v2021 = v("P-SERV-1@2021");
        serv1v1996 = v("P-SERV-1@1996");
    }

    private RuleVersion v(String key) {
        return catalog.rules().version(key);
    }

    @Override
    public CheckResult check(EnforcementCase c, LocalDate asOf, CheckMode mode) {
        Assessment a = new Assessment(c, asOf, mode, catalog);
        evaluate(a);
        return a.result();
    }

    public List<CheckResult> checkAll(List<EnforcementCase> cases, LocalDate asOf, CheckMode mode) {
        CheckResult[] results = new CheckResult[cases.size()];
        for (int i = 0; i < results.length; i++) {
            results[i] = check(cases.get(i), asOf, mode);
        }
        return List.of(results);
    }

    private void evaluate(Assessment a) {
        if (!a.isPenalty()) {
            return;
        }
        EnforcementCase c = a.getCaseFile();
        boolean publicOrder = c.agencySystem() == AgencySystem.PUBLIC_ORDER;

        // hearing.drl
        LocalDate noticeAnchor = Hearings.noticeAnchor(a);
        hearingOffer(a, hear1v2021, true, noticeAnchor);
        hearingOffer(a, hear1v1996, false, noticeAnchor);
        LocalDate notice = c.dateOf(StepKind.HEARING_RIGHT_NOTIFIED);
        if (notice != null) {
            if (c.happened(StepKind.HEARING_REQUESTED) == TriState.YES
                    && c.happened(StepKind.HEARING_HELD) != TriState.YES) {
                if (hear3v2021.appliesOn(notice)) {
                    Hearings.heldAfterTimelyRequest(a, hear3v2021.key(), notice);
                }
                if (hear3v1996.appliesOn(notice)) {
                    Hearings.heldAfterTimelyRequest(a, hear3v1996.key(), notice);
                }
            }
            if (c.happened(StepKind.HEARING_REQUESTED) != TriState.YES
                    && c.happened(StepKind.HEARING_WAIVED) != TriState.YES) {
                if (hear10v2021.appliesOn(notice)) {
                    Hearings.noDecisionInsideRequestWindow(a, hear10v2021.key(), notice);
                }
                if (hear10v1996.appliesOn(notice)) {
                    Hearings.noDecisionInsideRequestWindow(a, hear10v1996.key(), notice);
                }
            }
        }

        // review.drl
        LocalDate decisionAnchor = a.decisionAnchor();
        if (rev1v2021.appliesOn(decisionAnchor)) {
            review(a, rev1v2021, ReviewScope.required2021(a));
        }
        if (rev1v2018.appliesOn(decisionAnchor)) {
            review(a, rev1v2018, ReviewScope.required2017(a));
        }

        // officers.drl
        boolean policeOnTheSpot = a.isSummaryProcedure() && c.agencySystem().isPolice();
        if (!policeOnTheSpot && off1v2021.appliesOn(decisionAnchor)) {
            OfficerCheck.atLeastTwo(a, off1v2021.key());
        }
        if (a.isGeneralProcedure() && off1v1996.appliesOn(decisionAnchor)) {
            OfficerCheck.atLeastTwo(a, off1v1996.key());
        }
        if (!policeOnTheSpot && off2v2021.appliesOn(decisionAnchor)) {
            OfficerCheck.certified(a, off2v2021.key());
        }
        if (!policeOnTheSpot && off2v1996.appliesOn(decisionAnchor)) {
            OfficerCheck.certified(a, off2v1996.key());
        }

        // decision.drl
        if (!publicOrder) {
            LocalDate filed = c.dateOf(StepKind.FILING);
            if (a.isGeneralProcedure() && filed != null && dec3v2021.appliesOn(filed)) {
                Decisions.withinPeriod(a, dec3v2021.key(), filed);
            }
            LocalDate decided = c.dateOf(StepKind.DECISION);
            if (decided != null) {
                if (serv1v2021.appliesOn(decided)) {
                    Decisions.served(a, serv1v2021.key(), decided);
                }
                if (serv1v1996.appliesOn(decided)) {
                    Decisions.served(a, serv1v1996.key(), decided);
                }
            }
        }
    }

    private static void hearingOffer(Assessment a, RuleVersion version, boolean revised2021, LocalDate anchor) {
        if (!version.appliesOn(anchor)) {
            return;
        }
        HearingScope.Requirement scope = HearingScope.of(a, revised2021, anchor);
        if (scope.required() == TriState.NO) {
            return;
        }
        scope.describe(a.report(version.key())).beforeDecision(scope.required(), Hearings.rightNotified(a));
    }

    private static void review(Assessment a, RuleVersion version, TriState required) {
        // P-REV-1 fires whether or not a review is required (pre-check reports "not required" as SATISFIED).
        ReviewScope.report(a, version.key(), required, ReviewScope.doneBeforeDecision(a));
    }
}
