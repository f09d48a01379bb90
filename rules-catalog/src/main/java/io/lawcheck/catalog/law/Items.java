package io.lawcheck.catalog.law;

import io.lawcheck.core.catalog.LocalizedText;
import io.lawcheck.core.check.FindingBuilder;
import io.lawcheck.core.model.TriState;

import java.util.ArrayList;
import java.util.List;

/**
 * The requirements of one provision that has several limbs (e.g. 行政强制法 Art 18's ten steps): each limb the file
 * shows unmet is a defect, each it does not settle is unknown. Reports VIOLATION listing the defects, else
 * NEEDS_REVIEW (variant {@code unknown}) listing the open questions, else SATISFIED.
 */
final class Items {
    private final List<LocalizedText> defects = new ArrayList<>();
    private final List<LocalizedText> unknowns = new ArrayList<>();

    /** The limb is met when {@code met} is YES. */
    Items require(TriState met, String zh, String en) {
        if (met == TriState.NO) {
            defects.add(new LocalizedText(zh, en));
        } else if (met != TriState.YES) {
            unknowns.add(new LocalizedText(zh, en));
        }
        return this;
    }

    /** The limb is breached when {@code present} is YES. */
    Items forbid(TriState present, String zh, String en) {
        return require(present == null ? TriState.UNKNOWN : present.not(), zh, en);
    }

    Items breach(boolean breached, String zh, String en) {
        if (breached) {
            defects.add(new LocalizedText(zh, en));
        }
        return this;
    }

    Items unknownIf(boolean open, String zh, String en) {
        if (open) {
            unknowns.add(new LocalizedText(zh, en));
        }
        return this;
    }

    boolean hasDefects() {
        return !defects.isEmpty();
    }

    void report(FindingBuilder f) {
        if (!defects.isEmpty()) {
            f.fact("defects", join(defects));
            if (!unknowns.isEmpty()) {
                f.fact("unknowns", join(unknowns));
            }
            f.violation();
        } else if (!unknowns.isEmpty()) {
            f.fact("unknowns", join(unknowns)).needsReview("unknown");
        } else {
            f.satisfied();
        }
    }

    static LocalizedText join(List<LocalizedText> items) {
        StringBuilder zh = new StringBuilder();
        StringBuilder en = new StringBuilder();
        for (LocalizedText t : items) {
            if (!zh.isEmpty()) {
                zh.append("；");
                en.append("; ");
            }
            zh.append(t.zh());
            en.append(t.en());
        }
        return new LocalizedText(zh.toString(), en.toString());
    }
}
