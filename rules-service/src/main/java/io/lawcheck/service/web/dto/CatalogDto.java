package io.lawcheck.service.web.dto;

import java.util.List;

/** The catalog: its version, the calendar's version and years, and the rules. */
public record CatalogDto(String catalogVersion, String calendarVersion, int calendarFirstYear,
                         int calendarLastYear, int ruleCount, List<RuleDto> rules) {
}
