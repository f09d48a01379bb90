package io.lawcheck.service.web.dto;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** How the hearing was conducted (see the model's HearingConduct); null = the file does not say. */
public record HearingConductDto(Boolean costCharged, Boolean publicHearing, Boolean confidentialMatter,
                                Boolean hostWasInvestigator, Boolean hostWithdrawalIgnored,
                                @Min(0) @Max(20) Integer agentCount, Boolean terminated,
                                Boolean partyAbsentWithoutGoodReason, Boolean recordMade, Boolean recordSigned,
                                Boolean decisionBasedOnRecord) {
}
