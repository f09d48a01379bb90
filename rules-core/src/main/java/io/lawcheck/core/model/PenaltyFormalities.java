package io.lawcheck.core.model;

import java.time.LocalDate;

/**
 * Formal requirements of a penalty procedure beyond {@link PenaltyProcedure}: the on-the-spot decision form,
 * deferred or instalment payment of the fine, the agency's application to court to enforce it and the withdrawal
 * (回避) of officers. Unknown when absent.
 *
 * @param onTheSpotForm        what the on-the-spot decision form states (Art 52(2))
 * @param paymentDeferral      deferred or instalment payment (Art 66(2))
 * @param courtApplicationDate day the agency applied to the people's court to enforce the penalty (Art 72(1)(4))
 * @param remedySought         the party applied for 行政复议 or sued against the decision
 * @param officerWithdrawal    withdrawal (回避) of officers and the party's application for it (Art 43)
 */
public record PenaltyFormalities(OnTheSpotForm onTheSpotForm, PaymentDeferral paymentDeferral,
                                 LocalDate courtApplicationDate, TriState remedySought,
                                 OfficerWithdrawal officerWithdrawal) {
    public static final PenaltyFormalities UNKNOWN = new PenaltyFormalities(null, null, null, null, null);

    public PenaltyFormalities {
        onTheSpotForm = onTheSpotForm == null ? OnTheSpotForm.UNKNOWN : onTheSpotForm;
        paymentDeferral = paymentDeferral == null ? PaymentDeferral.NONE : paymentDeferral;
        remedySought = TriState.orUnknown(remedySought);
        officerWithdrawal = officerWithdrawal == null ? OfficerWithdrawal.UNKNOWN : officerWithdrawal;
    }

    /** Without withdrawal facts (all unknown). */
    public PenaltyFormalities(OnTheSpotForm onTheSpotForm, PaymentDeferral paymentDeferral,
                              LocalDate courtApplicationDate, TriState remedySought) {
        this(onTheSpotForm, paymentDeferral, courtApplicationDate, remedySought, null);
    }
}
