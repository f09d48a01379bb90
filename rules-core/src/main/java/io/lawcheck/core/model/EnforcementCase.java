package io.lawcheck.core.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a rule needs about one enforcement case, and nothing that identifies a person: the case id is an
 * opaque reference chosen by the caller. Immutable. Whatever the file does not say is UNKNOWN (or absent from
 * {@link #steps()}), never "no".
 *
 * @param officers {@code null} when the file does not say who acted; an empty list means nobody is recorded
 * @param penaltyProcedure further facts of a penalty procedure (evidence, hearing conduct, decision document,
 *                         publication, payment); all unknown when absent
 * @param coercion  the 行政强制 facts (coercive measure or enforcement); {@link CoercionMeasure#UNKNOWN} when absent
 * @param licensing the 行政许可 facts; {@link LicensingApplication#UNKNOWN} when absent
 * @param platform what the supervision platform knows beyond the steps' receipt dates (basic-information changes)
 * @param penaltyFormalities on-the-spot form, deferred payment, court application; all unknown when absent
 */
public record EnforcementCase(
        String caseId,
        ActKind actKind,
        AgencySystem agencySystem,
        DivisionCode jurisdiction,
        AgencyLevel agencyLevel,
        Party party,
        ProcedureKind procedure,
        List<Penalty> proposedPenalties,
        List<Penalty> decidedPenalties,
        Map<StepKind, Step> steps,
        List<Officer> officers,
        List<EvidenceItem> evidence,
        LegalReview legalReview,
        ServiceDetails service,
        Judgements judgements,
        PenaltyProcedure penaltyProcedure,
        CoercionMeasure coercion,
        LicensingApplication licensing,
        PlatformRecord platform,
        PenaltyFormalities penaltyFormalities) {

    /** The case without {@link PenaltyFormalities} (all unknown). */
    public EnforcementCase(String caseId, ActKind actKind, AgencySystem agencySystem, DivisionCode jurisdiction,
                           AgencyLevel agencyLevel, Party party, ProcedureKind procedure,
                           List<Penalty> proposedPenalties, List<Penalty> decidedPenalties, Map<StepKind, Step> steps,
                           List<Officer> officers, List<EvidenceItem> evidence, LegalReview legalReview,
                           ServiceDetails service, Judgements judgements, PenaltyProcedure penaltyProcedure,
                           CoercionMeasure coercion, LicensingApplication licensing, PlatformRecord platform) {
        this(caseId, actKind, agencySystem, jurisdiction, agencyLevel, party, procedure, proposedPenalties,
                decidedPenalties, steps, officers, evidence, legalReview, service, judgements, penaltyProcedure,
                coercion, licensing, platform, null);
    }

    /** The case without {@link PenaltyProcedure} facts (all unknown). */
    public EnforcementCase(String caseId, ActKind actKind, AgencySystem agencySystem, DivisionCode jurisdiction,
                           AgencyLevel agencyLevel, Party party, ProcedureKind procedure,
                           List<Penalty> proposedPenalties, List<Penalty> decidedPenalties, Map<StepKind, Step> steps,
                           List<Officer> officers, List<EvidenceItem> evidence, LegalReview legalReview,
                           ServiceDetails service, Judgements judgements) {
        this(caseId, actKind, agencySystem, jurisdiction, agencyLevel, party, procedure, proposedPenalties,
                decidedPenalties, steps, officers, evidence, legalReview, service, judgements, null, null, null, null, null);
    }

    public EnforcementCase {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(actKind, "actKind");
        agencySystem = agencySystem == null ? AgencySystem.OTHER : agencySystem;
        jurisdiction = jurisdiction == null ? DivisionCode.NATIONAL : jurisdiction;
        agencyLevel = agencyLevel == null ? AgencyLevel.UNKNOWN : agencyLevel;
        party = party == null ? Party.UNKNOWN : party;
        procedure = procedure == null ? ProcedureKind.UNKNOWN : procedure;
        proposedPenalties = proposedPenalties == null ? List.of() : List.copyOf(proposedPenalties);
        decidedPenalties = decidedPenalties == null ? List.of() : List.copyOf(decidedPenalties);
        steps = StepTable.of(steps);
        officers = officers == null ? null : List.copyOf(officers);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        legalReview = legalReview == null ? LegalReview.UNKNOWN : legalReview;
        service = service == null ? ServiceDetails.UNKNOWN : service;
        judgements = judgements == null ? Judgements.UNKNOWN : judgements;
        penaltyProcedure = penaltyProcedure == null ? PenaltyProcedure.UNKNOWN : penaltyProcedure;
        coercion = coercion == null ? CoercionMeasure.UNKNOWN : coercion;
        licensing = licensing == null ? LicensingApplication.UNKNOWN : licensing;
        platform = platform == null ? PlatformRecord.NONE : platform;
        penaltyFormalities = penaltyFormalities == null ? PenaltyFormalities.UNKNOWN : penaltyFormalities;
    }

    public Step step(StepKind kind) {
        return ((StepTable) steps).get(kind, Step.UNKNOWN);
    }

    public LocalDate dateOf(StepKind kind) {
        return step(kind).date();
    }

    public TriState happened(StepKind kind) {
        return step(kind).happened();
    }

    /**
     * Whether the file carries supervision-platform receipt data at all (a receipt date on some step, or the
     * platform's attestation that its receipts are complete). A file without any says nothing about the platform.
     */
    public boolean platformReceiptsOnFile() {
        return platform.receiptsComplete() == TriState.YES || ((StepTable) steps).anyPlatformReceipt();
    }

    public boolean officersRecorded() {
        return officers != null;
    }

    /**
     * The penalties that decide the case's weight: the decided ones once there is a decision, else the proposed
     * ones (a draft).
     */
    public List<Penalty> effectivePenalties() {
        return decidedPenalties.isEmpty() ? proposedPenalties : decidedPenalties;
    }

    /** Sum of the known amounts of the given kind in the effective penalties; null if one of them is unknown. */
    public BigDecimal totalOf(PenaltyKind kind) {
        BigDecimal total = null;
        for (Penalty p : effectivePenalties()) {
            if (p.kind() == kind) {
                if (p.amountYuan() == null) {
                    return null;
                }
                total = total == null ? p.amountYuan() : total.add(p.amountYuan());
            }
        }
        return total;
    }

    public boolean hasPenalty(PenaltyKind kind) {
        for (Penalty p : effectivePenalties()) {
            if (p.kind() == kind) {
                return true;
            }
        }
        return false;
    }
}
