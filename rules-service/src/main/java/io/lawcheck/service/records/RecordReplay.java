package io.lawcheck.service.records;

import io.lawcheck.catalog.StandardCatalog;
import io.lawcheck.core.catalog.Catalog;
import io.lawcheck.core.check.CheckResult;
import io.lawcheck.core.check.Checker;
import io.lawcheck.core.model.EnforcementCase;
import io.lawcheck.service.web.CaseIntake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Re-checks a stored case against a decision record: the input must hash to the record's {@code inputSha256}, the
 * catalog must be the record's version, and the findings must come out the same. Run it from a checkout (or
 * build) of the catalog version the record names; see docs/operations.md for the command.
 *
 * <pre>{@code
 * java -cp rules-service/target/lawcheck-service.jar -Dloader.main=io.lawcheck.service.records.RecordReplay \
 *      org.springframework.boot.loader.launch.PropertiesLauncher records/decisions.jsonl 17 case.json
 * }</pre>
 * Exit status: 0 same; 1 findings differ; 2 the input is not the recorded one; 3 another catalog version.
 */
public final class RecordReplay {
    /** What the replay found. */
    public record Outcome(boolean inputMatches, boolean catalogMatches, boolean findingsMatch,
                          List<DecisionRecord.RuleOutcome> recorded, List<DecisionRecord.RuleOutcome> now) {
        public int exitCode() {
            return !catalogMatches ? 3 : !inputMatches ? 2 : findingsMatch ? 0 : 1;
        }
    }

    private RecordReplay() {
    }

    public static Outcome replay(String recordLine, byte[] caseJson, Catalog catalog) throws IOException {
        DecisionRecord record = DecisionRecorder.JSON.readValue(recordLine, DecisionRecord.class);
        EnforcementCase input = CaseIntake.standalone().read(caseJson);
        boolean inputMatches = CanonicalCase.sha256(input).equals(record.inputSha256());
        boolean catalogMatches = catalog.version().equals(record.catalogVersion())
                && catalog.calendar().version().equals(record.calendarVersion());
        CheckResult again = Checker.of(catalog).check(input, record.asOf(), record.mode());
        List<DecisionRecord.RuleOutcome> now = DecisionRecord.outcomes(again);
        return new Outcome(inputMatches, catalogMatches, now.equals(record.findings()), record.findings(), now);
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: RecordReplay <records.jsonl> <line number, from 1> <case.json>");
            System.exit(64);
        }
        List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
        String line = lines.get(Integer.parseInt(args[1]) - 1);
        Outcome o = replay(line, Files.readAllBytes(Path.of(args[2])), StandardCatalog.load());
        System.out.println("input matches record hash: " + o.inputMatches());
        System.out.println("catalog/calendar version matches: " + o.catalogMatches());
        System.out.println("findings match: " + o.findingsMatch());
        if (!o.findingsMatch()) {
            System.out.println("recorded: " + o.recorded());
            System.out.println("now:      " + o.now());
        }
        System.exit(o.exitCode());
    }
}
