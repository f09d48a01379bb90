package io.lawcheck.service.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonProcessingException;
import org.junit.jupiter.api.Tag;
import io.lawcheck.catalog.StandardCatalog;
import io.lawcheck.core.check.CheckMode;
import io.lawcheck.core.check.CheckResult;
import io.lawcheck.core.check.Checker;
import io.lawcheck.core.check.FindingStatus;
import io.lawcheck.core.model.EnforcementCase;
import io.lawcheck.service.records.CanonicalCase;
import io.lawcheck.service.web.CaseIntake;
import io.lawcheck.service.web.InvalidCaseException;

import java.time.LocalDate;

/**
 * Fuzzes the request path without HTTP: JSON -> CaseDto -> Bean Validation -> CaseMapper -> Checker, with the
 * service's JSON configuration. Invariant: an input is either refused as a client error (unreadable JSON:
 * JsonProcessingException; invalid case: InvalidCaseException) or checked to a result with no ENGINE_ERROR and a
 * canonical hash; any other exception is a bug.
 * <p>
 * In {@code mvn verify} this runs the seed corpus in {@code CaseIntakeFuzzTestInputs/caseIntake/} (regression
 * mode). To fuzz: {@code JAZZER_FUZZ=1 JAZZER_MAX_DURATION=10m mvn -pl rules-service -am verify
 * -Dtest=CaseIntakeFuzzTest -Dsurefire.failIfNoSpecifiedTests=false} (see docs/operations.md); a crash is written
 * to that folder and replays in every later build.
 */
@Tag("fuzz")
class CaseIntakeFuzzTest {
    private static final CaseIntake INTAKE = CaseIntake.standalone();
    private static final Checker CHECKER = Checker.of(StandardCatalog.load());
    private static final LocalDate AS_OF = LocalDate.of(2024, 11, 1);

    @FuzzTest(maxDuration = "30s")
    @DictionaryEntries({"\"caseId\"", "\"actKind\"", "\"PENALTY\"", "\"steps\"", "\"DECISION\"", "\"FILING\"",
            "\"SERVICE\"", "\"HEARING_HELD\"", "\"HEARING_REQUESTED\"", "\"HEARING_RIGHT_NOTIFIED\"", "\"date\"",
            "\"happened\"", "\"platformReceived\"", "\"decidedPenalties\"", "\"proposedPenalties\"", "\"FINE\"",
            "\"WARNING\"", "\"amountYuan\"", "\"officers\"", "\"ref\"", "\"certificateValidFrom\"",
            "\"certificateValidUntil\"", "\"jurisdiction\"", "\"agencySystem\"", "\"PUBLIC_SECURITY\"", "\"party\"",
            "\"kind\"", "\"procedure\"", "\"GENERAL\"", "\"SUMMARY\"", "\"legalReview\"", "\"service\"",
            "\"judgements\"", "\"evidence\"", "\"2024-09-27\"", "\"2099-12-31\"", "\"1949-10-01\"", "null", "true",
            "false", "1e400", "-0.00"})
    void caseIntake(byte[] input) {
        EnforcementCase c;
        try {
            c = INTAKE.read(input);
        } catch (JsonProcessingException | InvalidCaseException clientError) {
            return;
        } catch (java.io.IOException e) {
            throw new AssertionError("reading from a byte array cannot fail with I/O", e);
        }
        for (CheckMode mode : CheckMode.values()) {
            CheckResult r = CHECKER.check(c, AS_OF, mode);
            if (!r.withStatus(FindingStatus.ENGINE_ERROR).isEmpty()) {
                throw new AssertionError("a rule failed at run time: " + r.withStatus(FindingStatus.ENGINE_ERROR));
            }
        }
        if (CanonicalCase.sha256(c).length() != 64) {
            throw new AssertionError("no canonical hash");
        }
    }
}
