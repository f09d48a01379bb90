package io.lawcheck.service.web;

import io.lawcheck.core.check.CheckMode;
import io.lawcheck.core.check.CaseChecker;
import io.lawcheck.core.check.CheckResult;
import io.lawcheck.core.model.EnforcementCase;
import io.lawcheck.service.records.DecisionRecorder;
import io.lawcheck.service.web.dto.CaseDto;
import io.lawcheck.service.web.dto.CheckResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.Valid;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;

/** Checks one case. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
public class CheckController {
    /** The rule engine (Checker); only the load benchmark swaps in a baseline (lawcheck.engine=baseline). */
    private final CaseChecker checker;
    private final CaseMapper caseMapper;
    private final ResultMapper resultMapper;
    private final Clock clock;
    private final DecisionRecorder recorder;

    public CheckController(CaseChecker checker, CaseMapper caseMapper, ResultMapper resultMapper, Clock clock,
                           DecisionRecorder recorder) {
        this.checker = checker;
        this.caseMapper = caseMapper;
        this.resultMapper = resultMapper;
        this.clock = clock;
        this.recorder = recorder;
    }

    @Operation(summary = "Check one case against the catalog",
            description = "Returns the findings (VIOLATION, NEEDS_REVIEW, PENDING; SATISFIED too in PRECHECK mode) "
                    + "with citations and bilingual messages.")
    @PostMapping(path = "/checks", consumes = MediaType.APPLICATION_JSON_VALUE)
    public CheckResponse check(@Valid @RequestBody CaseDto body,
                               @Parameter(description = "legal as-of date (ISO-8601, 1949-10-01..2099-12-31); default: today in Asia/Shanghai")
                               @RequestParam(name = "asOf", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                               LocalDate asOf,
                               @Parameter(description = "SUPERVISION (default) or PRECHECK")
                               @RequestParam(name = "mode", defaultValue = "SUPERVISION") CheckMode mode) {
        LocalDate date = asOf != null ? asOf : LocalDate.now(clock);
        EnforcementCase model = toModel(caseMapper, body);
        CheckResult result = checker.check(model, date, mode);
        recorder.record(RequestIdFilter.current(), model, result);
        return resultMapper.toResponse(result);
    }

    /** Only the core model's refusals of the input are client errors; anything else stays a server error. */
    static EnforcementCase toModel(CaseMapper mapper, CaseDto body) {
        try {
            return mapper.toModel(body);
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw new InvalidCaseException(e.getMessage(), e);
        }
    }
}
