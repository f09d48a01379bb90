package io.lawcheck.catalog.rules;

import io.lawcheck.core.catalog.Severity;
import io.lawcheck.core.check.Finding;
import io.lawcheck.core.check.FindingStatus;
import io.lawcheck.core.model.AgencySystem;
import io.lawcheck.core.model.EvidenceStatus;
import io.lawcheck.core.model.OnSiteActivity;
import io.lawcheck.core.model.StepKind;
import io.lawcheck.core.model.TriState;
import io.lawcheck.fixtures.CaseBuilder;
import io.lawcheck.fixtures.RuleTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static io.lawcheck.catalog.Checks.check;
import static io.lawcheck.catalog.Checks.expect;
import static io.lawcheck.catalog.Checks.expectNone;
import static io.lawcheck.catalog.Checks.precheck;
import static io.lawcheck.fixtures.Coverage.JUST_OVER;
import static io.lawcheck.fixtures.Coverage.JUST_UNDER;
import static io.lawcheck.fixtures.Coverage.OTHER_VERSION;
import static io.lawcheck.fixtures.Coverage.TRIGGERS;
import static org.assertj.core.api.Assertions.assertThat;

/** Evidence and records: P-EVID-2, P-EVID-3, P-EVID-5, P-EVID-6, P-REC-2, G-REC-2, G-REC-3. */
class EvidenceRulesTest {

    static CaseBuilder decided(String date) {
        return CaseBuilder.penalty("E").agency(AgencySystem.TAXATION).fine("500").twoCertifiedOfficers().notMajor()
                .decidedOn(date);
    }

    @Test
    @RuleTest(rule = "P-EVID-2", value = {TRIGGERS, JUST_OVER})
    void inquiryWithoutRecordIsAViolation() {
        Finding f = expect(check(decided("2022-05-10").onSite(OnSiteActivity.INQUIRY)
                .evidence("INQUIRY_RECORD", EvidenceStatus.ABSENT).build(), "2022-06-01"),
                "P-EVID-2", FindingStatus.VIOLATION, "2021");
        assertThat(f.facts().get("missing")).isEqualTo("INQUIRY_RECORD");
    }

    @Test
    @RuleTest(rule = "P-EVID-2", value = JUST_UNDER)
    void recordedInquiryAndInspectionPass() {
        var c = decided("2022-05-10").onSite(OnSiteActivity.INQUIRY, OnSiteActivity.ON_SITE_INSPECTION)
                .evidence("INQUIRY_RECORD", EvidenceStatus.PRESENT).evidence("INSPECTION_RECORD", EvidenceStatus.PRESENT);
        expect(precheck(c.build(), "2022-06-01"), "P-EVID-2", FindingStatus.SATISFIED, "2021");
        // the inspection record unknown: a question, not a violation
        var d = decided("2022-05-10").onSite(OnSiteActivity.ON_SITE_INSPECTION).build();
        Finding f = expect(check(d, "2022-06-01"), "P-EVID-2", FindingStatus.NEEDS_REVIEW, "2021");
        assertThat(f.facts().get("unknownItems")).isEqualTo("INSPECTION_RECORD");
    }

    @Test
    @RuleTest(rule = "P-EVID-2", value = OTHER_VERSION)
    void beforeTheRevisionTheUnverifiedOldTextGivesReviewOnly() {
        expect(check(decided("2019-05-10").onSite(OnSiteActivity.INQUIRY)
                .evidence("INQUIRY_RECORD", EvidenceStatus.ABSENT).build(), "2019-06-01"),
                "P-EVID-2", FindingStatus.NEEDS_REVIEW, "1996");
    }

    @Test
    @RuleTest(rule = "P-EVID-3", value = {TRIGGERS, JUST_OVER})
    void disposalOneWorkingDayLate() {
        // preserved Tue 2022-03-01; 7 working days end Thu 2022-03-10
        Finding f = expect(check(decided("2022-04-01").step(StepKind.EVIDENCE_PRESERVED, "2022-03-01")
                .step(StepKind.PRESERVATION_DECIDED, "2022-03-11").build(), "2022-06-01"),
                "P-EVID-3", FindingStatus.VIOLATION, "2021");
        assertThat(f.dueDate()).isEqualTo(LocalDate.parse("2022-03-10"));
    }

    @Test
    @RuleTest(rule = "P-EVID-3", value = JUST_UNDER)
    void disposalOnTheLastWorkingDay() {
        expect(precheck(decided("2022-04-01").step(StepKind.EVIDENCE_PRESERVED, "2022-03-01")
                .step(StepKind.PRESERVATION_DECIDED, "2022-03-10").build(), "2022-06-01"),
                "P-EVID-3", FindingStatus.SATISFIED, "2021");
        // not decided yet and still inside the period: pending with the due date
        Finding p = expect(check(CaseBuilder.penalty("d").step(StepKind.EVIDENCE_PRESERVED, "2022-03-01").build(),
                "2022-03-04"), "P-EVID-3", FindingStatus.PENDING, "2021");
        assertThat(p.dueDate()).isEqualTo(LocalDate.parse("2022-03-10"));
    }

    @Test
    @RuleTest(rule = "P-EVID-3", value = OTHER_VERSION)
    void beforeTheRevisionSevenNaturalDays() {
        // preserved Fri 2019-03-01: 7 natural days end Fri 03-08; decided Mon 03-11 is late under the old law
        // (it would be in time under 7 working days); the old text is UNVERIFIED, so NEEDS_REVIEW
        Finding f = expect(check(decided("2019-04-01").step(StepKind.EVIDENCE_PRESERVED, "2019-03-01")
                .step(StepKind.PRESERVATION_DECIDED, "2019-03-11").build(), "2019-06-01"),
                "P-EVID-3", FindingStatus.NEEDS_REVIEW, "1996");
        assertThat(f.facts().get("dueDate")).isEqualTo(LocalDate.parse("2019-03-08"));
    }

    @Test
    @RuleTest(rule = "P-EVID-5", value = {TRIGGERS, JUST_OVER})
    void preservationWithoutApproval() {
        expect(check(decided("2022-04-01").step(StepKind.EVIDENCE_PRESERVED, "2022-03-01")
                .preservationApproved(TriState.NO).build(), "2022-06-01"), "P-EVID-5", FindingStatus.VIOLATION, "2021");
    }

    @Test
    @RuleTest(rule = "P-EVID-5", value = JUST_UNDER)
    void preservationApproved() {
        expect(precheck(decided("2022-04-01").step(StepKind.EVIDENCE_PRESERVED, "2022-03-01")
                .preservationApproved(TriState.YES).build(), "2022-06-01"), "P-EVID-5", FindingStatus.SATISFIED, "2021");
        expect(check(decided("2022-04-01").step(StepKind.EVIDENCE_PRESERVED, "2022-03-01").build(), "2022-06-01"),
                "P-EVID-5", FindingStatus.NEEDS_REVIEW, "2021");
    }

    @Test
    @RuleTest(rule = "P-EVID-5", value = OTHER_VERSION)
    void preservationIn2019UsesTheOldArticle() {
        Finding f = expect(check(decided("2019-04-01").step(StepKind.EVIDENCE_PRESERVED, "2019-03-01")
                .preservationApproved(TriState.NO).build(), "2019-06-01"), "P-EVID-5", FindingStatus.NEEDS_REVIEW, "1996");
        assertThat(f.citations()).extracting(c -> c.id()).containsExactly("APL-1996-37-2");
    }

    static CaseBuilder allNationalEvidence(CaseBuilder b) {
        for (String code : new String[] {"FILING_APPROVAL", "PARTY_IDENTITY", "INVESTIGATION_REPORT",
                "STATEMENT_NOTICE", "DECISION_APPROVAL", "SERVICE_RECEIPT"}) {
            b.evidence(code, EvidenceStatus.PRESENT);
        }
        return b;
    }

    @Test
    @RuleTest(rule = "P-EVID-6", value = JUST_UNDER)
    void completeFileIsSatisfied() {
        expect(precheck(allNationalEvidence(decided("2022-05-10")).build(), "2022-06-01"),
                "P-EVID-6", FindingStatus.SATISFIED, "2021");
    }

    @Test
    @RuleTest(rule = "P-EVID-6", value = {TRIGGERS, JUST_OVER})
    void oneAbsentItemIsReportedButOnlyForReviewWhileTheListIsUnverified() {
        var b = decided("2022-05-10");
        for (String code : new String[] {"FILING_APPROVAL", "PARTY_IDENTITY", "INVESTIGATION_REPORT",
                "STATEMENT_NOTICE", "DECISION_APPROVAL"}) {
            b.evidence(code, EvidenceStatus.PRESENT);
        }
        b.evidence("SERVICE_RECEIPT", EvidenceStatus.ABSENT);
        Finding f = expect(check(b.build(), "2022-06-01"), "P-EVID-6", FindingStatus.NEEDS_REVIEW, "2021");
        assertThat(f.facts().get("missing")).isEqualTo("SERVICE_RECEIPT");
        assertThat(f.message().en()).contains("SERVICE_RECEIPT").contains("not yet verified");
    }

    @Test
    @RuleTest(rule = "P-EVID-6", value = JUST_OVER)
    void theListDependsOnTheAgencySystem() {
        // the national list is complete, but 市场监管 also requires the inspection record
        var mr = allNationalEvidence(decided("2022-05-10").agency(AgencySystem.MARKET_REGULATION))
                .evidence("INSPECTION_RECORD", EvidenceStatus.UNKNOWN).build();
        Finding f = expect(check(mr, "2022-06-01"), "P-EVID-6", FindingStatus.NEEDS_REVIEW, "2021");
        assertThat(f.facts().get("unknownItems")).isEqualTo("INSPECTION_RECORD");
        assertThat(f.parameters().get("requiredEvidence").toString()).contains("INSPECTION_RECORD");
    }

    @Test
    @RuleTest(rule = "P-EVID-6", value = OTHER_VERSION)
    void in2019TheOldArticlesApply() {
        Finding f = expect(precheck(allNationalEvidence(decided("2019-05-10")).build(), "2019-06-01"),
                "P-EVID-6", FindingStatus.SATISFIED, "1996");
        assertThat(f.citations()).extracting(c -> c.id()).containsExactly("APL-1996-30", "APL-1996-36");
    }

    @Test
    @RuleTest(rule = "P-REC-2", value = {TRIGGERS, JUST_OVER})
    void missingFullProcessRecord() {
        Finding f = expect(check(decided("2022-05-10").fullProcessRecorded(TriState.NO).build(), "2022-06-01"),
                "P-REC-2", FindingStatus.VIOLATION, "2021");
        assertThat(f.severity()).isEqualTo(Severity.MINOR);
    }

    @Test
    @RuleTest(rule = "P-REC-2", value = JUST_UNDER)
    void fullProcessRecorded() {
        expect(precheck(decided("2022-05-10").fullProcessRecorded(TriState.YES).build(), "2022-06-01"),
                "P-REC-2", FindingStatus.SATISFIED, "2021");
    }

    @Test
    @RuleTest(rule = "P-REC-2", value = OTHER_VERSION)
    void noStatutoryDutyBeforeTheRevision() {
        expectNone(check(decided("2021-07-14").fullProcessRecorded(TriState.NO).build(), "2021-08-01"), "P-REC-2");
        expect(check(decided("2021-07-15").fullProcessRecorded(TriState.NO).build(), "2021-08-01"),
                "P-REC-2", FindingStatus.VIOLATION, "2021");
    }

    @Test
    @RuleTest(rule = "G-REC-2", value = {TRIGGERS, JUST_OVER})
    void seizureWithoutVideo() {
        Finding f = expect(check(decided("2022-05-10").onSite(OnSiteActivity.SEIZURE_OR_SEALING)
                .audioVideoRecorded(TriState.NO).build(), "2022-06-01"), "G-REC-2", FindingStatus.VIOLATION, "2019");
        assertThat(f.facts().get("activities")).isEqualTo("SEIZURE_OR_SEALING");
        expectNone(check(decided("2022-05-10").onSite(OnSiteActivity.SEIZURE_OR_SEALING)
                .audioVideoRecorded(TriState.NO).build(), "2022-06-01"), "G-REC-3");
    }

    @Test
    @RuleTest(rule = "G-REC-2", value = JUST_UNDER)
    void seizureRecorded() {
        expect(precheck(decided("2022-05-10").onSite(OnSiteActivity.CASE_HANDLING_PREMISES)
                .audioVideoRecorded(TriState.YES).build(), "2022-06-01"), "G-REC-2", FindingStatus.SATISFIED, "2019");
    }

    @Test
    @RuleTest(rule = "G-REC-2", value = OTHER_VERSION)
    void notBeforeTheGuidelineWasPublished() {
        expectNone(check(decided("2019-01-02").onSite(OnSiteActivity.FORCED_DEMOLITION)
                .audioVideoRecorded(TriState.NO).build(), "2019-02-01"), "G-REC-2");
        expect(check(decided("2019-01-03").onSite(OnSiteActivity.FORCED_DEMOLITION)
                .audioVideoRecorded(TriState.NO).build(), "2019-02-01"), "G-REC-2", FindingStatus.VIOLATION, "2019");
    }

    @Test
    @RuleTest(rule = "G-REC-3", value = {TRIGGERS, JUST_OVER})
    void hearingNotRecordedIsOnlyARecommendation() {
        Finding f = expect(check(decided("2022-05-10").onSite(OnSiteActivity.HEARING)
                .audioVideoRecorded(TriState.NO).build(), "2022-06-01"), "G-REC-3", FindingStatus.NEEDS_REVIEW, "2019");
        assertThat(f.severity()).isEqualTo(Severity.INFO);
    }

    @Test
    @RuleTest(rule = "G-REC-3", value = JUST_UNDER)
    void recordedServiceIsSatisfied() {
        expect(precheck(decided("2022-05-10").onSite(OnSiteActivity.SERVICE_LEFT_AT_ADDRESS)
                .audioVideoRecorded(TriState.YES).build(), "2022-06-01"), "G-REC-3", FindingStatus.SATISFIED, "2019");
    }

    @Test
    @RuleTest(rule = "G-REC-3", value = OTHER_VERSION)
    void recommendationStartsWithTheGuideline() {
        expectNone(check(decided("2018-12-28").onSite(OnSiteActivity.HEARING).audioVideoRecorded(TriState.NO).build(),
                "2019-02-01"), "G-REC-3");
    }
}
