package io.lawcheck.catalog.rules;

import io.lawcheck.core.check.Finding;
import io.lawcheck.core.check.FindingStatus;
import io.lawcheck.core.model.AgencySystem;
import io.lawcheck.core.model.PenaltyKind;
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

/** P-SIMP-3: the on-the-spot decision form states the items of 2021 Art 52(2) (1996 Art 34(2)). */
class OnTheSpotFormRulesTest {

    static CaseBuilder onTheSpot(String date) {
        return CaseBuilder.penalty("F").agency(AgencySystem.MARKET_REGULATION).summary().twoCertifiedOfficers()
                .decidedOn(date).servedOn(date).fine("100");
    }

    @Test
    @RuleTest(rule = "P-SIMP-3", value = TRIGGERS)
    void formWithoutTheRemedyRouteIsDefective() {
        Finding f = expect(check(onTheSpot("2022-05-09").onTheSpotForm(TriState.YES)
                .onTheSpotFormItem("remedyRouteAndDeadline", TriState.NO).build(), "2022-06-01"),
                "P-SIMP-3", FindingStatus.VIOLATION, "2021");
        assertThat(f.message().zh()).contains("申请行政复议、提起行政诉讼的途径和期限").doesNotContain("罚款数额");
        assertThat(f.message().en()).contains("how and by when to seek administrative review or sue");
        assertThat(f.citations()).extracting(c -> c.id()).containsExactly("APL-2021-52-2");
    }

    @Test
    @RuleTest(rule = "P-SIMP-3", value = JUST_UNDER)
    void completeFormIsSatisfiedAndSilentOutsideAPrecheck() {
        expect(precheck(onTheSpot("2022-05-09").onTheSpotForm(TriState.YES).build(), "2022-06-01"),
                "P-SIMP-3", FindingStatus.SATISFIED, "2021");
        expectNone(check(onTheSpot("2022-05-09").onTheSpotForm(TriState.YES).build(), "2022-06-01"), "P-SIMP-3");
        // a warning has no amount: the fine item is not asked
        CaseBuilder warning = CaseBuilder.penalty("W").summary().twoCertifiedOfficers().decidedOn("2022-05-09")
                .penalty(PenaltyKind.WARNING).onTheSpotForm(TriState.YES).onTheSpotFormItem("fineAmount", TriState.NO);
        expectNone(check(warning.build(), "2022-06-01"), "P-SIMP-3");
        // a general-procedure decision has no on-the-spot form
        expectNone(check(onTheSpot("2022-05-09").general().onTheSpotForm(TriState.NO).build(), "2022-06-01"),
                "P-SIMP-3");
    }

    @Test
    @RuleTest(rule = "P-SIMP-3", value = JUST_OVER)
    void oneItemMissingOrUnknown() {
        Finding f = expect(check(onTheSpot("2022-05-09").onTheSpotForm(TriState.YES)
                .onTheSpotFormItem("officerSignature", TriState.NO).build(), "2022-06-01"),
                "P-SIMP-3", FindingStatus.VIOLATION, "2021");
        assertThat(f.message().en()).contains("signature or seal").doesNotContain("the place");
        // the fine is asked of a fine
        expect(check(onTheSpot("2022-05-09").onTheSpotForm(TriState.YES).onTheSpotFormItem("fineAmount", TriState.NO)
                .build(), "2022-06-01"), "P-SIMP-3", FindingStatus.VIOLATION, "2021");
        Finding u = expect(check(onTheSpot("2022-05-09").onTheSpotForm(TriState.YES)
                .onTheSpotFormItem("place", TriState.UNKNOWN).build(), "2022-06-01"),
                "P-SIMP-3", FindingStatus.NEEDS_REVIEW, "2021");
        assertThat(u.message().zh()).contains("地点");
    }

    @Test
    @RuleTest(rule = "P-SIMP-3", value = OTHER_VERSION)
    void before2021TheFormNeededNeitherThePenaltyKindNorTheRemedyRoute() {
        CaseBuilder old = onTheSpot("2016-05-09").onTheSpotForm(TriState.YES)
                .onTheSpotFormItem("remedyRouteAndDeadline", TriState.NO).onTheSpotFormItem("penaltyKind", TriState.NO);
        Finding ok = expect(precheck(old.build(), "2016-06-01"), "P-SIMP-3", FindingStatus.SATISFIED, "1996");
        assertThat(ok.citations()).extracting(c -> c.id()).containsExactly("APL-1996-34-2");
        expectNone(check(old.build(), "2016-06-01"), "P-SIMP-3");
        // the same form under the 2021 law lacks two items
        CaseBuilder now = onTheSpot("2021-07-15").onTheSpotForm(TriState.YES)
                .onTheSpotFormItem("remedyRouteAndDeadline", TriState.NO).onTheSpotFormItem("penaltyKind", TriState.NO);
        Finding v = expect(check(now.build(), "2021-08-01"), "P-SIMP-3", FindingStatus.VIOLATION, "2021");
        assertThat(v.message().zh()).contains("行政处罚的种类");
        // the items common to both texts were required in 1996 too
        expect(check(onTheSpot("2021-07-14").onTheSpotForm(TriState.YES).onTheSpotFormItem("place", TriState.NO)
                .build(), "2021-08-01"), "P-SIMP-3", FindingStatus.VIOLATION, "1996");
    }
}
