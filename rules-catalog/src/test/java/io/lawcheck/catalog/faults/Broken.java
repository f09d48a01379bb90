package io.lawcheck.catalog.faults;

import io.lawcheck.core.check.Assessment;

/** Helpers that fail on purpose, called from the test-only rules in {@link RuleFaultTest}. */
public final class Broken {
    /** A case id for which {@link #test} throws; any other case passes the constraint. */
    public static final String TRIGGER = "C-TRIGGER";

    private Broken() {
    }

    public static void fail(Assessment a) {
        throw new IllegalStateException("broken consequence");
    }

    public static boolean test(Assessment a) {
        if (a.getCaseFile().caseId().equals(TRIGGER) || !a.getCaseFile().caseId().equals("C-OK")) {
            throw new IllegalStateException("broken constraint");
        }
        return a.isPenalty();
    }
}
