package io.lawcheck.service.records;

import io.lawcheck.core.check.CheckMode;
import io.lawcheck.core.check.CheckResult;
import io.lawcheck.core.model.EnforcementCase;
import io.lawcheck.fixtures.CaseBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DecisionRecorderTest {
    private static final EnforcementCase CASE = CaseBuilder.penalty("C-1").general().fine("5000")
            .filed("2024-09-03").decidedOn("2024-09-27").build();
    private static final CheckResult RESULT = new CheckResult("C-1", LocalDate.parse("2024-11-01"),
            CheckMode.SUPERVISION, "v1", "cal1", List.of());

    @Test
    void fullQueueDropsAndCountsInsteadOfBlocking(@TempDir Path dir) {
        DecisionRecorder paused = DecisionRecorder.paused(dir.resolve("r.jsonl"), 2);
        for (int i = 0; i < 5; i++) {
            paused.record("r" + i, CASE, RESULT);
        }
        assertThat(paused.dropped()).isEqualTo(3);
    }

    @Test
    void writesOneLinePerRecordAndFlushesOnClose(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("a/b/r.jsonl");
        try (DecisionRecorder recorder = DecisionRecorder.start(file, 100)) {
            for (int i = 0; i < 10; i++) {
                recorder.record("r" + i, CASE, RESULT);
            }
        }
        assertThat(Files.readAllLines(file)).hasSize(10).allSatisfy(l -> assertThat(l).startsWith("{\"time\":"));
    }

    @Test
    void offRecordsNothing() {
        DecisionRecorder off = DecisionRecorder.off();
        off.record("r", CASE, RESULT);
        assertThat(off.enabled()).isFalse();
        assertThat(off.dropped()).isZero();
    }

    @Test
    void canonicalFormIgnoresAmountSpellingButNotContent() {
        EnforcementCase a = CaseBuilder.penalty("C-1").general().fine("5000").filed("2024-09-03").build();
        EnforcementCase b = CaseBuilder.penalty("C-1").general().fine("5000.00").filed("2024-09-03").build();
        EnforcementCase c = CaseBuilder.penalty("C-1").general().fine("5000").filed("2024-09-04").build();
        assertThat(CanonicalCase.sha256(a)).isEqualTo(CanonicalCase.sha256(b)).hasSize(64);
        assertThat(CanonicalCase.sha256(a)).isNotEqualTo(CanonicalCase.sha256(c));
        assertThat(CanonicalCase.json(a)).contains("\"amountYuan\":\"5000\"").contains("\"caseId\":\"C-1\"");
        String json = CanonicalCase.json(a);
        assertThat(json.indexOf("\"actKind\"")).isLessThan(json.indexOf("\"caseId\""));
    }
}
