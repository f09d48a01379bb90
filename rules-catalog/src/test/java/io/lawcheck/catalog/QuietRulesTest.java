package io.lawcheck.catalog;

import io.lawcheck.core.catalog.Catalog;
import io.lawcheck.core.check.Assessment;
import io.lawcheck.core.check.CheckMode;
import io.lawcheck.core.check.CheckResult;
import io.lawcheck.core.check.FindingStatus;
import io.lawcheck.core.model.AgeBand;
import io.lawcheck.core.model.EnforcementCase;
import io.lawcheck.core.model.TriState;
import io.lawcheck.fixtures.CaseBuilder;
import org.junit.jupiter.api.Test;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static io.lawcheck.catalog.Checks.expect;
import static io.lawcheck.catalog.Checks.expectNone;
import static io.lawcheck.fixtures.CaseBuilder.certified;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rules whose only outcome for a file in order is SATISFIED (shown in a pre-check only) say so in their condition:
 * in supervision such a file does not activate them at all (an activation costs the engine whether or not the
 * consequence reports anything), while a pre-check still fires them and reports SATISFIED, and a defect still fires
 * them in both modes.
 */
class QuietRulesTest {
    private static final Catalog CATALOG = Checks.CHECKER.catalog();
    private static final LocalDate AS_OF = LocalDate.of(2024, 6, 1);
    private static final List<String> QUIET = List.of("P-OFF-1", "P-OFF-2", "P-REV-1", "P-LIM-3");

    /** A 2022 file in order for officers, certificates, legal review (a small fine) and the party's age. */
    private static CaseBuilder inOrder(String id) {
        return CaseBuilder.penalty(id).individualAged(AgeBand.ADULT).fine("500").notMajor().twoCertifiedOfficers()
                .filed("2022-03-01").decidedOn("2022-05-20");
    }

    /** The rule ids (without version) that fired for one case in {@code mode}, and its result. */
    private static List<String> fired(EnforcementCase c, CheckMode mode, CheckResult[] result) {
        List<String> fired = new ArrayList<>();
        KieSession session = CATALOG.kieBase().newKieSession();
        try {
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    String name = event.getMatch().getRule().getName();
                    fired.add(name.substring(0, name.indexOf('@')));
                }
            });
            Assessment a = new Assessment(c, AS_OF, mode, CATALOG);
            FactHandle h = session.insert(a);
            session.fireAllRules();
            session.delete(h);
            result[0] = a.result();
        } finally {
            session.dispose();
        }
        return fired;
    }

    @Test
    void aFileInOrderDoesNotActivateThemInSupervision() {
        CheckResult[] r = new CheckResult[1];
        List<String> fired = fired(inOrder("q1").build(), CheckMode.SUPERVISION, r);
        assertThat(fired).doesNotContainAnyElementsOf(QUIET);
        QUIET.forEach(id -> expectNone(r[0], id));
    }

    @Test
    void aPrecheckStillFiresThemAndReportsSatisfied() {
        CheckResult[] r = new CheckResult[1];
        List<String> fired = fired(inOrder("q2").build(), CheckMode.PRECHECK, r);
        assertThat(fired).containsAll(QUIET);
        expect(r[0], "P-OFF-1", FindingStatus.SATISFIED, "2021");
        expect(r[0], "P-OFF-2", FindingStatus.SATISFIED, "2021");
        expect(r[0], "P-LIM-3", FindingStatus.SATISFIED, "2021");
        expect(r[0], "P-REV-1", FindingStatus.SATISFIED, "2021");
    }

    @Test
    void aDefectStillFiresThemInSupervision() {
        CheckResult[] r = new CheckResult[1];
        EnforcementCase oneOfficerMinor = inOrder("q3").individualAged(AgeBand.FROM_14_TO_17)
                .officers(certified("O-1")).build();
        List<String> fired = fired(oneOfficerMinor, CheckMode.SUPERVISION, r);
        assertThat(fired).contains("P-OFF-1", "P-LIM-3");
        expect(r[0], "P-OFF-1", FindingStatus.VIOLATION, "2021");
        expect(r[0], "P-LIM-3", FindingStatus.NEEDS_REVIEW, "2021");
    }

    /** P-SIMP-3 (on-the-spot form complete) and P-PAY-6 (deferral applied for and approved) are quiet too. */
    @Test
    void completeFormAndAuthorisedDeferralDoNotActivateInSupervision() {
        EnforcementCase onTheSpot = CaseBuilder.penalty("q4").summary().twoCertifiedOfficers().fine("100")
                .decidedOn("2022-05-20").onTheSpotForm(TriState.YES).build();
        EnforcementCase deferred = inOrder("q5")
                .paymentDeferred(TriState.YES, TriState.YES, "2022-05-30", "2022-09-30").build();
        CheckResult[] r = new CheckResult[1];
        assertThat(fired(onTheSpot, CheckMode.SUPERVISION, r)).doesNotContain("P-SIMP-3");
        assertThat(fired(deferred, CheckMode.SUPERVISION, r)).doesNotContain("P-PAY-6");
        assertThat(fired(onTheSpot, CheckMode.PRECHECK, r)).contains("P-SIMP-3");
        expect(r[0], "P-SIMP-3", FindingStatus.SATISFIED, "2021");
        assertThat(fired(deferred, CheckMode.PRECHECK, r)).contains("P-PAY-6");
        expect(r[0], "P-PAY-6", FindingStatus.SATISFIED, "2021");
        EnforcementCase unsigned = CaseBuilder.penalty("q6").summary().twoCertifiedOfficers().fine("100")
                .decidedOn("2022-05-20").onTheSpotForm(TriState.YES).onTheSpotFormItem("officerSignature", TriState.NO)
                .build();
        assertThat(fired(unsigned, CheckMode.SUPERVISION, r)).contains("P-SIMP-3");
        expect(r[0], "P-SIMP-3", FindingStatus.VIOLATION, "2021");
    }

    /**
     * P-REC-1 (withdrawal application decided by the head in time) and P-FILE-1 (filed within the period) are quiet
     * too; a file saying nothing about withdrawal, or an agency system without a filing period, never reaches them.
     */
    @Test
    void timelyWithdrawalDecisionAndFilingDoNotActivateInSupervision() {
        EnforcementCase decidedInTime = inOrder("q7").withdrawalApplication("2022-04-01", TriState.YES, "2022-04-06",
                TriState.YES).build();
        EnforcementCase filedInTime = inOrder("q8").step(io.lawcheck.core.model.StepKind.DISCOVERY, "2022-02-20")
                .build();
        CheckResult[] r = new CheckResult[1];
        assertThat(fired(decidedInTime, CheckMode.SUPERVISION, r)).doesNotContain("P-REC-1", "P-FILE-1");
        assertThat(fired(filedInTime, CheckMode.SUPERVISION, r)).doesNotContain("P-REC-1", "P-FILE-1");
        assertThat(fired(decidedInTime, CheckMode.PRECHECK, r)).contains("P-REC-1");
        expect(r[0], "P-REC-1", FindingStatus.SATISFIED, "2021");
        assertThat(fired(filedInTime, CheckMode.PRECHECK, r)).contains("P-FILE-1");
        expect(r[0], "P-FILE-1", FindingStatus.SATISFIED, "2021");
        EnforcementCase notByHead = inOrder("q9").withdrawalApplication("2022-04-01", TriState.YES, "2022-04-06",
                TriState.NO).build();
        assertThat(fired(notByHead, CheckMode.SUPERVISION, r)).contains("P-REC-1");
        expect(r[0], "P-REC-1", FindingStatus.VIOLATION, "2021");
        EnforcementCase filedLate = inOrder("q10").step(io.lawcheck.core.model.StepKind.DISCOVERY, "2021-12-01")
                .build();
        assertThat(fired(filedLate, CheckMode.SUPERVISION, r)).contains("P-FILE-1");
        expect(r[0], "P-FILE-1", FindingStatus.NEEDS_REVIEW, "2021");
    }
}
