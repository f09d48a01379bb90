package io.lawcheck.catalog.law;

import io.lawcheck.core.check.Assessment;
import io.lawcheck.core.model.StepKind;
import io.lawcheck.core.model.TriState;

/** Facts for the prior-notice rules (notice.drl). */
public final class Notices {
    private Notices() {
    }

    /**
     * The statement-and-defence notice was given as far as the file says. An express waiver on file counts as
     * given; a waiver merely absent from the file proves nothing, so it does not turn a recorded "not given" into
     * "unknown".
     */
    public static TriState statementNoticeGiven(Assessment a) {
        if (a.happened(StepKind.DEFENCE_WAIVED) == TriState.YES) {
            return TriState.YES;
        }
        return a.happened(StepKind.STATEMENT_NOTICE_SERVED);
    }
}
