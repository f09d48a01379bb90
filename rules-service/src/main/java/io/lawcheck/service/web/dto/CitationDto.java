package io.lawcheck.service.web.dto;

import io.lawcheck.core.catalog.Verification;

/** A provision a rule rests on, with a ready label ("行政处罚法（2021年修订）第64条第（1）项"). */
public record CitationDto(String id, TextDto label, TextDto law, TextDto version, String article, String paragraph,
                          String item, TextDto summary, Verification verification) {
}
