package io.lawcheck.service.web.dto;

import io.lawcheck.service.web.Problems.FieldProblem;

import java.util.List;

/**
 * One line of the NDJSON answer to POST /api/v1/checks/batch, for input line {@code line} (1-based, blank lines
 * counted): either the case's result ({@code caseId}, {@code summary}, {@code findings}) or an {@code error} naming the
 * bad fields.
 */
public record BatchLine(int line, String caseId, CheckResponse.Summary summary, List<FindingRefDto> findings,
                        LineError error) {
    /** Why a line was not checked: a title and the fields at fault (JSON paths inside the line's case). */
    public record LineError(String title, List<FieldProblem> errors) {
    }

    public static BatchLine error(int line, String title, List<FieldProblem> errors) {
        return new BatchLine(line, null, null, null, new LineError(title, errors));
    }
}
