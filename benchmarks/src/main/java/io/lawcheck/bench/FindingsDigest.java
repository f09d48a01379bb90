package io.lawcheck.bench;

import io.lawcheck.catalog.StandardCatalog;
import io.lawcheck.core.check.CheckMode;
import io.lawcheck.core.check.Checker;
import io.lawcheck.core.check.Finding;
import io.lawcheck.core.model.EnforcementCase;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * One SHA-256 over every finding (rule, version, status, due date, facts, parameters, basis, both messages) of the
 * generated files, in supervision and pre-check, at two as-of dates. A change meant to make the engine faster must
 * leave it unchanged: run it on the old and the new build and compare the two lines.
 * Usage: {@code java -cp ... io.lawcheck.bench.FindingsDigest [cases]} (default 8,192).
 */
public final class FindingsDigest {
    private FindingsDigest() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 8_192; // the distinct files the benchmarks cycle through
        Checker checker = Checker.of(StandardCatalog.load());
        List<EnforcementCase> cases = CaseGenerator.generate(n);
        long[] findings = new long[1];
        String digest = digest(checker, cases, findings);
        System.out.printf("findings digest %s over %d findings of %d cases (catalog %s)%n", digest, findings[0], n,
                checker.catalog().version());
    }

    static String digest(Checker checker, List<EnforcementCase> cases, long[] count) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (LocalDate asOf : List.of(CaseGenerator.AS_OF, LocalDate.of(2022, 11, 20))) {
            for (CheckMode mode : CheckMode.values()) {
                for (EnforcementCase c : cases) {
                    List<String> lines = new ArrayList<>();
                    for (Finding f : checker.check(c, asOf, mode).findings()) {
                        lines.add(String.join("|", f.ruleId(), f.ruleVersion(), f.status().name(),
                                String.valueOf(f.dueDate()), f.facts().toString(), f.parameters().toString(),
                                f.basis().name(), f.message().zh(), f.message().en()));
                    }
                    lines.sort(null); // the order of findings within a case is not part of the answer
                    count[0] += lines.size();
                    sha.update((c.caseId() + asOf + mode + lines).getBytes(StandardCharsets.UTF_8));
                }
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
