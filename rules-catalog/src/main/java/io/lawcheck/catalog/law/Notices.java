package io.lawcheck.catalog.law;

import io.lawcheck.core.check.Assessment;
import io.lawcheck.core.model.StepKind;
import io.lawcheck.core.model.TriState;

import java.time.LocalDate;

/** Facts for the prior-notice rules (notice.drl). */
public final class Notices {
    private Notices() {
    }

    /**
     * The statement-and-defence notice was given before the decision as far as the file says. An express waiver on
     * file counts as given; a waiver merely absent from the file proves nothing, so it does not turn a recorded "not
     * given" into "unknown". A notice (or waiver) dated after the decision is no prior notice (Art 44: 在作出行政处罚
     * 决定之前).
     */
    public static TriState statementNoticeGiven(Assessment a) {
        if (notAfterDecision(a, StepKind.DEFENCE_WAIVED) == TriState.YES) {
            return TriState.YES;
        }
        return notAfterDecision(a, StepKind.STATEMENT_NOTICE_SERVED);
    }

    /** {@code afterDecision} when the only notice on file is dated after the decision, else null. */
    public static String defect(Assessment a) {
        return statementNoticeGiven(a) == TriState.NO
                && a.happened(StepKind.STATEMENT_NOTICE_SERVED) == TriState.YES ? "afterDecision" : null;
    }

    private static TriState notAfterDecision(Assessment a, StepKind kind) {
        TriState happened = a.happened(kind);
        if (happened != TriState.YES) {
            return happened;
        }
        LocalDate step = a.dateOf(kind);
        LocalDate decision = a.dateOf(StepKind.DECISION);
        return TriState.of(step == null || decision == null || !step.isAfter(decision));
    }
}
