package io.lawcheck.service.web.dto;

import io.lawcheck.core.model.ServiceMethod;

/** How the decision was served; its date is the SERVICE step. */
public record ServiceDto(ServiceMethod method, Boolean partyPresent, Boolean electronicConsent) {
}
