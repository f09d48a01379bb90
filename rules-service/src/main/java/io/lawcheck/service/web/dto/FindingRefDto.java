package io.lawcheck.service.web.dto;

import io.lawcheck.core.catalog.Severity;
import io.lawcheck.core.check.Finding;
import io.lawcheck.core.check.FindingStatus;

import java.time.LocalDate;

/** A finding in short: which rule and version, what status, by when. Full texts: POST /api/v1/checks. */
public record FindingRefDto(String ruleId, String ruleVersion, FindingStatus status, Severity severity,
                            LocalDate dueDate, TextDto message) {
    public static FindingRefDto of(Finding f, boolean withMessage) {
        return new FindingRefDto(f.ruleId(), f.ruleVersion(), f.status(), f.severity(), f.dueDate(),
                withMessage ? new TextDto(f.message().zh(), f.message().en()) : null);
    }
}
