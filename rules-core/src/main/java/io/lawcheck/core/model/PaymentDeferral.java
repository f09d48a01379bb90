package io.lawcheck.core.model;

import java.time.LocalDate;

/**
 * A fine paid late by leave or in instalments (暂缓或者分期缴纳罚款, 行政处罚法 2021 Art 66(2); 1996 Art 52).
 * Three-valued; a null date is "the file does not say".
 *
 * @param granted        the party was allowed to pay later or in instalments
 * @param partyApplied   the party applied for it
 * @param agencyApproved the agency approved it
 * @param approvedOn     day of the agency's approval
 * @param periodEnd      last day of the deferral, or of the last instalment
 */
public record PaymentDeferral(TriState granted, TriState partyApplied, TriState agencyApproved, LocalDate approvedOn,
                              LocalDate periodEnd) {
    public static final PaymentDeferral NONE = new PaymentDeferral(null, null, null, null, null);

    public PaymentDeferral {
        granted = TriState.orUnknown(granted);
        partyApplied = TriState.orUnknown(partyApplied);
        agencyApproved = TriState.orUnknown(agencyApproved);
    }
}
