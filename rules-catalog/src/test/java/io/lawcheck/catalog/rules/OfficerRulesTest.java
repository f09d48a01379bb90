package io.lawcheck.catalog.rules;

import io.lawcheck.core.catalog.Verification;
import io.lawcheck.core.check.Finding;
import io.lawcheck.core.check.FindingStatus;
import io.lawcheck.core.model.AgencySystem;
import io.lawcheck.core.model.Officer;
import io.lawcheck.core.model.OfficerRole;
import io.lawcheck.core.model.TriState;
import io.lawcheck.fixtures.CaseBuilder;
import io.lawcheck.fixtures.RuleTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static io.lawcheck.catalog.Checks.check;
import static io.lawcheck.catalog.Checks.date;
import static io.lawcheck.catalog.Checks.expect;
import static io.lawcheck.catalog.Checks.expectNone;
import static io.lawcheck.catalog.Checks.precheck;
import static io.lawcheck.fixtures.CaseBuilder.auxiliary;
import static io.lawcheck.fixtures.CaseBuilder.certified;
import static io.lawcheck.fixtures.Coverage.JUST_OVER;
import static io.lawcheck.fixtures.Coverage.JUST_UNDER;
import static io.lawcheck.fixtures.Coverage.OTHER_VERSION;
import static io.lawcheck.fixtures.Coverage.TRIGGERS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Officers (officers.drl): P-OFF-1 at least two officers, P-OFF-2 valid enforcement certificates, P-OFF-3 police
 * on-the-spot decisions by a certified police officer.
 */
class OfficerRulesTest {
    private static final String AS_OF = "2024-06-01";

    private static CaseBuilder market(String id) {
        return CaseBuilder.penalty(id).agency(AgencySystem.MARKET_REGULATION).individual().fine("500");
    }

    private static Officer certifiedUntil(String ref, String until) {
        return new Officer(ref, OfficerRole.ENFORCEMENT_OFFICER, TriState.YES, date("2010-01-01"), date(until));
    }

    private static Officer certifiedFrom(String ref, String from) {
        return new Officer(ref, OfficerRole.ENFORCEMENT_OFFICER, TriState.YES, date(from), null);
    }

    @Nested
    class AtLeastTwoOfficers {
        @Test
        @RuleTest(rule = "P-OFF-1", value = {TRIGGERS, JUST_OVER})
        void oneOfficerAndAnAuxiliaryAreOneOfficer() {
            Finding f = expect(check(market("o1").officers(certified("O-1"), auxiliary("A-1")).decidedOn("2022-05-20")
                    .build(), AS_OF), "P-OFF-1", FindingStatus.VIOLATION, "2021");
            assertThat(f.facts()).containsEntry("officerCount", 1);
            assertThat(f.parameters()).containsEntry("minimumOfficers", 2);
            assertThat(f.message().zh()).contains("1人");
        }

        @Test
        @RuleTest(rule = "P-OFF-1", value = JUST_UNDER)
        void twoOfficersAreEnough() {
            expectNone(check(market("o2").officers(certified("O-1"), certified("O-2")).decidedOn("2022-05-20")
                    .build(), AS_OF), "P-OFF-1");
            expectNone(check(market("o3").officers(certified("O-1"), certified("O-2"), auxiliary("A-1"))
                    .decidedOn("2022-05-20").build(), AS_OF), "P-OFF-1");
            Finding f = expect(precheck(market("o2").officers(certified("O-1"), certified("O-2"))
                    .decidedOn("2022-05-20").build(), AS_OF), "P-OFF-1", FindingStatus.SATISFIED, "2021");
            assertThat(f.facts()).containsEntry("officerCount", 2);
        }

        @Test
        void nobodyRecordedIsAViolationButOfficersNotOnFileNeedReview() {
            Finding f = expect(check(market("o4").officers().decidedOn("2022-05-20").build(), AS_OF), "P-OFF-1",
                    FindingStatus.VIOLATION, "2021");
            assertThat(f.facts()).containsEntry("officerCount", 0);
            expect(check(market("o5").officersUnknown().decidedOn("2022-05-20").build(), AS_OF), "P-OFF-1",
                    FindingStatus.NEEDS_REVIEW, "2021");
        }

        @Test
        void peopleOfUnknownRoleAreCounted() {
            Officer unknownRole = new Officer("X-1", OfficerRole.UNKNOWN, TriState.UNKNOWN, null, null);
            expectNone(check(market("o6").officers(certified("O-1"), unknownRole).decidedOn("2022-05-20").build(),
                    AS_OF), "P-OFF-1");
        }

        @Test
        @RuleTest(rule = "P-OFF-1", value = OTHER_VERSION)
        void before2021TheRuleIsUnverifiedAndCoversTheGeneralProcedureOnly() {
            // Same single officer: 2021 law -> violation; 1996 Art 37 (wording UNVERIFIED) -> NEEDS_REVIEW at most.
            Finding old = expect(check(market("v1").officers(certified("O-1")).decidedOn("2020-05-20").build(),
                    AS_OF), "P-OFF-1", FindingStatus.NEEDS_REVIEW, "1996");
            assertThat(old.basis()).isEqualTo(Verification.UNVERIFIED);
            assertThat(old.message().en()).contains("not yet verified");
            expect(check(market("v2").officers(certified("O-1")).decidedOn("2021-07-15").build(), AS_OF), "P-OFF-1",
                    FindingStatus.VIOLATION, "2021");
            expect(check(market("v3").officers(certified("O-1")).decidedOn("2021-07-14").build(), AS_OF), "P-OFF-1",
                    FindingStatus.NEEDS_REVIEW, "1996");
            // Summary procedure (non-police): 2021 Art 42 applies to every penalty, old Art 37 did not.
            expect(check(market("v4").summary().officers(certified("O-1")).decidedOn("2022-05-20").build(), AS_OF),
                    "P-OFF-1", FindingStatus.VIOLATION, "2021");
            expectNone(check(market("v5").summary().officers(certified("O-1")).decidedOn("2020-05-20").build(),
                    AS_OF), "P-OFF-1");
        }

        @Test
        void policeOnTheSpotDecisionsAreLeftToPOff3() {
            for (AgencySystem police : new AgencySystem[] {AgencySystem.PUBLIC_SECURITY,
                    AgencySystem.PUBLIC_ORDER}) {
                CaseBuilder b = CaseBuilder.penalty("p-" + police).agency(police).summary().fine("200")
                        .officers(certified("P-1")).decidedOn("2022-05-20");
                expectNone(check(b.build(), AS_OF), "P-OFF-1");
                expectNone(check(b.build(), AS_OF), "P-OFF-2");
            }
            // Police in the general procedure: two officers.
            expect(check(CaseBuilder.penalty("p-g").agency(AgencySystem.PUBLIC_SECURITY).fine("200")
                    .officers(certified("P-1")).decidedOn("2022-05-20").build(), AS_OF), "P-OFF-1",
                    FindingStatus.VIOLATION, "2021");
        }
    }

    @Nested
    class OfficersCertified {
        @Test
        @RuleTest(rule = "P-OFF-2", value = {TRIGGERS, JUST_OVER})
        void certificateExpiredTheDayBeforeTheDecision() {
            Finding f = expect(check(market("c1").officers(certified("O-1"), certifiedUntil("O-2", "2022-05-19"))
                    .decidedOn("2022-05-20").build(), AS_OF), "P-OFF-2", FindingStatus.VIOLATION, "2021");
            assertThat(f.facts()).containsEntry("uncertified", "O-2").containsEntry("checkedOn",
                    date("2022-05-20"));
            assertThat(f.message().zh()).contains("O-2").contains("2022-05-20");
        }

        @Test
        @RuleTest(rule = "P-OFF-2", value = JUST_UNDER)
        void certificateValidUntilTheDecisionDay() {
            expectNone(check(market("c2").officers(certified("O-1"), certifiedUntil("O-2", "2022-05-20"))
                    .decidedOn("2022-05-20").build(), AS_OF), "P-OFF-2");
            expect(precheck(market("c2").officers(certified("O-1"), certifiedUntil("O-2", "2022-05-20"))
                    .decidedOn("2022-05-20").build(), AS_OF), "P-OFF-2", FindingStatus.SATISFIED, "2021");
        }

        @Test
        void certificateNotYetValidOnTheDecisionDay() {
            expectNone(check(market("c3").officers(certified("O-1"), certifiedFrom("O-2", "2022-05-20"))
                    .decidedOn("2022-05-20").build(), AS_OF), "P-OFF-2");
            Finding f = expect(check(market("c4").officers(certified("O-1"), certifiedFrom("O-2", "2022-05-21"))
                    .decidedOn("2022-05-20").build(), AS_OF), "P-OFF-2", FindingStatus.VIOLATION, "2021");
            assertThat(f.facts()).containsEntry("uncertified", "O-2");
        }

        @Test
        void certificationUnknownNeedsReview() {
            Officer unknown = new Officer("O-9", OfficerRole.ENFORCEMENT_OFFICER, TriState.UNKNOWN, null, null);
            expect(check(market("c5").officers(certified("O-1"), unknown).decidedOn("2022-05-20").build(), AS_OF),
                    "P-OFF-2", FindingStatus.NEEDS_REVIEW, "2021");
            expect(check(market("c6").officersUnknown().decidedOn("2022-05-20").build(), AS_OF), "P-OFF-2",
                    FindingStatus.NEEDS_REVIEW, "2021");
        }

        @Test
        @RuleTest(rule = "P-OFF-2", value = OTHER_VERSION)
        void before2021TheCertificateRuleGivesNeedsReviewAtMost() {
            Finding old = expect(check(market("c7").officers(certified("O-1"), certifiedUntil("O-2", "2020-05-19"))
                    .decidedOn("2020-05-20").build(), AS_OF), "P-OFF-2", FindingStatus.NEEDS_REVIEW, "1996");
            assertThat(old.basis()).isEqualTo(Verification.UNVERIFIED);
            assertThat(old.facts()).containsEntry("uncertified", "O-2");
            expect(check(market("c8").officers(certified("O-1"), certifiedUntil("O-2", "2021-07-14"))
                    .decidedOn("2021-07-15").build(), AS_OF), "P-OFF-2", FindingStatus.VIOLATION, "2021");
        }
    }

    @Nested
    class PoliceOnTheSpot {
        private CaseBuilder onTheSpot(String id, String decided, Officer... officers) {
            return CaseBuilder.penalty(id).agency(AgencySystem.PUBLIC_SECURITY).summary().fine("200")
                    .officers(officers).decidedOn(decided);
        }

        @Test
        @RuleTest(rule = "P-OFF-3", value = TRIGGERS)
        void anAuxiliaryMayNotDecideAlone() {
            Finding f = expect(check(onTheSpot("s1", "2022-05-20", auxiliary("FJ-1")).build(), AS_OF), "P-OFF-3",
                    FindingStatus.VIOLATION, "2018");
            assertThat(f.facts()).containsEntry("uncertified", "FJ-1");
            assertThat(f.citations()).extracting(c -> c.id()).containsExactly("PSRP-2018-39-1");
            // Same for a 治安 on-the-spot decision.
            expect(check(CaseBuilder.penalty("s1b").agency(AgencySystem.PUBLIC_ORDER).summary().fine("200")
                    .officers(auxiliary("FJ-1")).decidedOn("2022-05-20").build(), AS_OF), "P-OFF-3",
                    FindingStatus.VIOLATION, "2018");
        }

        @Test
        @RuleTest(rule = "P-OFF-3", value = JUST_UNDER)
        void onePoliceOfficerWhoseCertificateRunsToTheDecisionDay() {
            expectNone(check(onTheSpot("s2", "2022-05-20", certifiedUntil("P-1", "2022-05-20")).build(), AS_OF),
                    "P-OFF-3");
            expect(precheck(onTheSpot("s2", "2022-05-20", certifiedUntil("P-1", "2022-05-20")).build(), AS_OF),
                    "P-OFF-3", FindingStatus.SATISFIED, "2018");
        }

        @Test
        @RuleTest(rule = "P-OFF-3", value = JUST_OVER)
        void onePoliceOfficerWhoseCertificateExpiredTheDayBefore() {
            expect(check(onTheSpot("s3", "2022-05-20", certifiedUntil("P-1", "2022-05-19")).build(), AS_OF),
                    "P-OFF-3", FindingStatus.VIOLATION, "2018");
        }

        @Test
        @RuleTest(rule = "P-OFF-3", value = OTHER_VERSION)
        void thePre2018TextIsUnverified() {
            Finding old = expect(check(onTheSpot("s4", "2018-11-24", auxiliary("FJ-1")).build(), AS_OF), "P-OFF-3",
                    FindingStatus.NEEDS_REVIEW, "2013");
            assertThat(old.basis()).isEqualTo(Verification.UNVERIFIED);
            expect(check(onTheSpot("s5", "2018-11-25", auxiliary("FJ-1")).build(), AS_OF), "P-OFF-3",
                    FindingStatus.VIOLATION, "2018");
            expectNone(check(onTheSpot("s6", "2012-12-31", auxiliary("FJ-1")).build(), AS_OF), "P-OFF-3");
        }

        @Test
        void notForOtherAgenciesOrTheGeneralProcedure() {
            expectNone(check(market("s7").summary().officers(auxiliary("X")).decidedOn("2022-05-20").build(), AS_OF),
                    "P-OFF-3");
            expectNone(check(CaseBuilder.penalty("s8").agency(AgencySystem.PUBLIC_SECURITY).fine("200")
                    .officers(auxiliary("X")).decidedOn("2022-05-20").build(), AS_OF), "P-OFF-3");
        }
    }
}
