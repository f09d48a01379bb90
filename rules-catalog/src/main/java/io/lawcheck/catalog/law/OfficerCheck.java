package io.lawcheck.catalog.law;

import io.lawcheck.core.check.Assessment;
import io.lawcheck.core.check.FindingBuilder;
import io.lawcheck.core.model.Officer;
import io.lawcheck.core.model.OfficerRole;
import io.lawcheck.core.model.TriState;

import java.time.LocalDate;
import java.util.List;

/** Counts and certificates of the people who acted. */
public final class OfficerCheck {
    private OfficerCheck() {
    }

    /** Enforcement officers (not auxiliaries) on file; -1 when the file does not record who acted. */
    public static int officerCount(Assessment a) {
        List<Officer> officers = a.getCaseFile().officers();
        if (officers == null) {
            return -1;
        }
        int n = 0;
        for (Officer o : officers) {
            if (o.role() != OfficerRole.AUXILIARY) {
                n++;
            }
        }
        return n;
    }

    /** NO if any person who acted held no valid enforcement certificate on {@code date}. */
    public static TriState allCertifiedOn(Assessment a, LocalDate date) {
        List<Officer> officers = a.getCaseFile().officers();
        if (officers == null || officers.isEmpty()) {
            return TriState.UNKNOWN;
        }
        TriState[] each = new TriState[officers.size()];
        for (int i = 0; i < each.length; i++) {
            each[i] = officers.get(i).certifiedOn(date);
        }
        return TriState.allOf(each);
    }

    /** References of the people without a valid certificate on {@code date}, for the finding's facts. */
    public static List<String> uncertified(Assessment a, LocalDate date) {
        List<Officer> officers = a.getCaseFile().officers();
        return officers == null ? List.of() : officers.stream()
                .filter(o -> o.certifiedOn(date) == TriState.NO).map(Officer::ref).toList();
    }

    /** P-OFF-1: at least two enforcement officers took part. */
    public static void atLeastTwo(Assessment a, String key) {
        FindingBuilder f = a.report(key);
        int count = officerCount(a);
        if (count < 0) {
            f.needsReview("unknown");
            return;
        }
        f.fact("officerCount", count).param("minimumOfficers", 2);
        if (count >= 2) {
            f.satisfied();
        } else {
            f.violation();
        }
    }

    /** P-OFF-2 / P-OFF-3: everyone who acted held a valid enforcement certificate on the decision date. */
    public static void certified(Assessment a, String key) {
        FindingBuilder f = a.report(key);
        LocalDate date = a.decisionAnchor();
        f.fact("checkedOn", date);
        TriState all = allCertifiedOn(a, date);
        if (all == TriState.NO) {
            f.fact("uncertified", String.join(", ", uncertified(a, date))).violation();
        } else if (all == TriState.YES) {
            f.satisfied();
        } else {
            f.needsReview("unknown");
        }
    }
}
