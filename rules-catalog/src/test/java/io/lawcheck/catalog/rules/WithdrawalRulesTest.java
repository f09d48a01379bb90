package io.lawcheck.catalog.rules;

import io.lawcheck.core.catalog.Verification;
import io.lawcheck.core.check.Finding;
import io.lawcheck.core.check.FindingStatus;
import io.lawcheck.core.model.TriState;
import io.lawcheck.fixtures.CaseBuilder;
import io.lawcheck.fixtures.RuleTest;
import org.junit.jupiter.api.Test;

import static io.lawcheck.catalog.Checks.check;
import static io.lawcheck.catalog.Checks.expect;
import static io.lawcheck.catalog.Checks.expectNone;
import static io.lawcheck.catalog.Checks.precheck;
import static io.lawcheck.fixtures.Coverage.JUST_OVER;
import static io.lawcheck.fixtures.Coverage.JUST_UNDER;
import static io.lawcheck.fixtures.Coverage.OTHER_VERSION;
import static io.lawcheck.fixtures.Coverage.TRIGGERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** P-REC-1: withdrawal (回避) of officers and the head's decision on the party's application (2021 Art 43; 1996 Art 37(3)). */
class WithdrawalRulesTest {

    static CaseBuilder decided(String decision) {
        return CaseBuilder.penalty("W").general().filed("2021-06-01").twoCertifiedOfficers().fine("5000")
                .decidedOn(decision);
    }

    @Test
    @RuleTest(rule = "P-REC-1", value = TRIGGERS)
    void applicationNeverDecidedBeforeThePenalty() {
        Finding f = expect(check(decided("2022-05-20").withdrawalApplication("2022-04-01", TriState.NO, null,
                TriState.UNKNOWN).build(), "2022-06-01"), "P-REC-1", FindingStatus.VIOLATION, "2021");
        assertThat(f.message().zh()).contains("2022-04-01").contains("2022-05-20");
        // Art 43 as a whole: the shared law reference confirms the article [V] but gives no paragraph numbers
        assertThat(f.citations()).extracting(c -> c.id(), c -> c.article(), c -> c.paragraph(), c -> c.verification())
                .containsExactly(tuple("APL-2021-43", "43", null, Verification.VERIFIED));
        assertThat(f.citations().get(0).label().zh()).endsWith("第43条");
        assertThat(f.basis()).isEqualTo(Verification.VERIFIED);
        // decided, but by someone other than the head
        Finding notHead = expect(check(decided("2022-05-20").withdrawalApplication("2022-04-01", TriState.YES,
                "2022-04-05", TriState.NO).build(), "2022-06-01"), "P-REC-1", FindingStatus.VIOLATION, "2021");
        assertThat(notHead.message().en()).contains("not decided by the agency head");
        // an officer with a direct interest acted
        Finding interest = expect(check(decided("2022-05-20").interestedOfficerActed(TriState.YES).build(),
                "2022-06-01"), "P-REC-1", FindingStatus.VIOLATION, "2021");
        assertThat(interest.message().en()).contains("direct interest");
    }

    @Test
    @RuleTest(rule = "P-REC-1", value = JUST_UNDER)
    void decidedByTheHeadOnTheDayOfThePenaltyDecision() {
        CaseBuilder c = decided("2022-05-20").withdrawalApplication("2022-04-01", TriState.YES, "2022-05-20",
                TriState.YES);
        expect(precheck(c.build(), "2022-06-01"), "P-REC-1", FindingStatus.SATISFIED, "2021");
        expectNone(check(c.build(), "2022-06-01"), "P-REC-1");
        // a file that records no withdrawal fact, or says no officer had an interest: nothing, even in a pre-check
        expectNone(precheck(decided("2022-05-20").build(), "2022-06-01"), "P-REC-1");
        expectNone(precheck(decided("2022-05-20").interestedOfficerActed(TriState.NO)
                .relatedOfficerActed(TriState.NO).build(), "2022-06-01"), "P-REC-1");
    }

    @Test
    @RuleTest(rule = "P-REC-1", value = JUST_OVER)
    void decidedTheDayAfterThePenaltyDecision() {
        Finding f = expect(check(decided("2022-05-20").withdrawalApplication("2022-04-01", TriState.YES,
                "2022-05-21", TriState.YES).build(), "2022-06-01"), "P-REC-1", FindingStatus.VIOLATION, "2021");
        assertThat(f.message().zh()).contains("2022-05-21").contains("2022-05-20");
        // the facts a person must settle: who decided, when, whether at all
        Finding who = expect(check(decided("2022-05-20").withdrawalApplication("2022-04-01", TriState.YES,
                "2022-05-19", TriState.UNKNOWN).build(), "2022-06-01"), "P-REC-1", FindingStatus.NEEDS_REVIEW, "2021");
        assertThat(who.message().en()).contains("agency head");
        expect(check(decided("2022-05-20").withdrawalApplication("2022-04-01", TriState.YES, null, TriState.YES)
                .build(), "2022-06-01"), "P-REC-1", FindingStatus.NEEDS_REVIEW, "2021");
        expect(check(decided("2022-05-20").withdrawalApplication("2022-04-01", TriState.UNKNOWN, null,
                TriState.UNKNOWN).build(), "2022-06-01"), "P-REC-1", FindingStatus.NEEDS_REVIEW, "2021");
        // no penalty decision yet: the head must decide first
        expect(check(CaseBuilder.penalty("W").general().filed("2022-03-01").twoCertifiedOfficers().fine("5000")
                        .withdrawalApplication("2022-04-01", TriState.NO, null, TriState.UNKNOWN).build(), "2022-04-10"),
                "P-REC-1", FindingStatus.PENDING, "2021");
    }

    @Test
    @RuleTest(rule = "P-REC-1", value = OTHER_VERSION)
    void before2021OnlyADirectInterestCountsAndUnverified() {
        // another relationship: a duty only from 2021-07-15 (decision date selects the text)
        expectNone(check(decided("2021-07-14").relatedOfficerActed(TriState.YES).build(), "2021-08-01"), "P-REC-1");
        Finding now = expect(check(decided("2021-07-15").relatedOfficerActed(TriState.YES).build(), "2021-08-01"),
                "P-REC-1", FindingStatus.VIOLATION, "2021");
        assertThat(now.message().en()).contains("another relationship");
        // the application procedure is new in 2021
        expectNone(check(decided("2021-07-14").withdrawalApplication("2021-07-01", TriState.NO, null,
                TriState.UNKNOWN).build(), "2021-08-01"), "P-REC-1");
        // a direct interest under 1996 Art 37(3): the wording is UNVERIFIED, so NEEDS_REVIEW at most
        Finding old = expect(check(decided("2021-07-14").interestedOfficerActed(TriState.YES).build(), "2021-08-01"),
                "P-REC-1", FindingStatus.NEEDS_REVIEW, "1996");
        assertThat(old.basis()).isEqualTo(Verification.UNVERIFIED);
        assertThat(old.citations()).extracting(c -> c.id(), c -> c.paragraph(), c -> c.verification())
                .containsExactly(tuple("APL-1996-37-3", "3", Verification.UNVERIFIED));
    }
}
