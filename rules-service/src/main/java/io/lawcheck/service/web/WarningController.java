package io.lawcheck.service.web;

import io.lawcheck.core.check.CheckMode;
import io.lawcheck.core.check.CheckResult;
import io.lawcheck.service.records.DecisionRecorder;
import io.lawcheck.core.check.Checker;
import io.lawcheck.core.model.EnforcementCase;
import io.lawcheck.core.warning.WarningDecision;
import io.lawcheck.core.warning.WarningPolicy;
import io.lawcheck.core.warning.WarningRecord;
import io.lawcheck.service.web.dto.WarningRequest;
import io.lawcheck.service.web.dto.WarningResponse;
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
import java.util.List;

/** The supervision platform's warning decision for one case (docs/platform.md). */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
public class WarningController {
    private final Checker checker;
    private final WarningPolicy policy;
    private final CaseMapper caseMapper;
    private final Clock clock;
    private final DecisionRecorder recorder;

    public WarningController(Checker checker, WarningPolicy policy, CaseMapper caseMapper, Clock clock,
                             DecisionRecorder recorder) {
        this.checker = checker;
        this.policy = policy;
        this.caseMapper = caseMapper;
        this.clock = clock;
        this.recorder = recorder;
    }

    /** A case with its warning history, as the model sees it. */
    public record PlatformCase(EnforcementCase caseFile, List<WarningRecord> history) {
        static PlatformCase of(WarningRequest request, CaseMapper mapper) {
            List<WarningRecord> history = request.history() == null ? List.of() : request.history().stream()
                    .map(h -> new WarningRecord(h.level(), h.raised(), h.handled())).toList();
            return new PlatformCase(mapper.toModel(request.caseFile()), history);
        }
    }

    @Operation(summary = "Warning level for one case",
            description = "Checks the case (PRECHECK mode, so a satisfied legal review still marks a major case) and "
                    + "decides the tiered warning from its VIOLATION findings and the warnings already raised: level, "
                    + "responsible legal office, handling deadline, escalation date, major-case flag.")
    @PostMapping(path = "/warnings", consumes = MediaType.APPLICATION_JSON_VALUE)
    public WarningResponse warn(@Valid @RequestBody WarningRequest body,
                                @Parameter(description = "legal as-of date (ISO-8601, 1949-10-01..2099-12-31); default: today in Asia/Shanghai")
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                LocalDate asOf) {
        LocalDate date = asOf != null ? asOf : LocalDate.now(clock);
        PlatformCase pc = PlatformCase.of(body, caseMapper);
        CheckResult result = checker.check(pc.caseFile(), date, CheckMode.PRECHECK);
        WarningDecision decision = policy.decide(pc.caseFile(), result, pc.history(), date);
        recorder.record(RequestIdFilter.current(), pc.caseFile(), result, decision.level().name());
        return WarningResponse.of(decision, checker.catalog().version());
    }
}
