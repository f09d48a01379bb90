package io.lawcheck.service.web.dto;

import java.time.LocalDate;

/**
 * Formal requirements of a penalty procedure (see the model's PenaltyFormalities): the on-the-spot decision form,
 * deferred or instalment payment, the application to court to enforce the penalty and officers' withdrawal (回避).
 * null = the file does not say. No constraints of its own or below it: not cascaded (see CaseDto); its dates and
 * their order are checked by {@link ConsistentCaseValidator} on the whole case.
 */
public record PenaltyFormalitiesDto(
        OnTheSpotFormDto onTheSpotForm,
        PaymentDeferralDto paymentDeferral,
        LocalDate courtApplicationDate,
        Boolean remedySought,
        OfficerWithdrawalDto officerWithdrawal) {
}
