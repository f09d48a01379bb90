package io.lawcheck.catalog.law;

import io.lawcheck.core.calendar.Period;
import io.lawcheck.core.catalog.LocalizedText;
import io.lawcheck.core.catalog.ParameterValue;
import io.lawcheck.core.check.Assessment;
import io.lawcheck.core.check.FindingBuilder;
import io.lawcheck.core.model.TriState;

import java.util.ArrayList;
import java.util.List;

/**
 * The requirements of one provision that has several limbs (e.g. 行政强制法 Art 18's ten steps): each limb the file
 * shows unmet is a defect, each it does not settle is unknown. Reports VIOLATION listing the defects, else
 * NEEDS_REVIEW (variant {@code unknown}) listing the open questions, else SATISFIED.
 * <p>
 * A rule whose consequence walks its limbs through one method {@code limbs(..., Items)} can ask the same method, in
 * its condition, whether there is anything to report: {@link #probe} makes an Items over a probe finding
 * ({@link Assessment#probe}, which records nothing), and {@link #reportable} says whether some limb is unmet or
 * open. The condition and the consequence then run the same limb tests and cannot drift apart; outside a pre-check a
 * file in order does not activate the rule (its SATISFIED finding would not be shown). Facts and periods a limb needs
 * go through {@link #fact} and {@link #period}, which the probe does not record.
 */
final class Items {
    // Created on the first unmet or open limb: a file in order (and every probe of one) allocates no list.
    private List<LocalizedText> defects;
    private List<LocalizedText> unknowns;
    /**
     * Where facts and periods go: the finding, or a probe ({@link Assessment#probe}), which records nothing; null for
     * an Items reported with {@link #report(FindingBuilder)}.
     */
    private final FindingBuilder finding;

    Items() {
        this(null);
    }

    /** Items whose facts and periods go to {@code f}, reported with {@link #report()}. */
    Items(FindingBuilder f) {
        this.finding = f;
    }

    /** Items that only tell whether rule version {@code key} would report anything for {@code a}. */
    static Items probe(Assessment a, String key) {
        return new Items(a.probe(key));
    }

    /** Records a fact on the finding (a probe ignores it). */
    Items fact(String name, Object value) {
        if (finding != null) {
            finding.fact(name, value);
        }
        return this;
    }

    /** Records a parameter on the finding (a probe ignores it). */
    Items param(String name, Object value) {
        if (finding != null) {
            finding.param(name, value);
        }
        return this;
    }

    /** Records a scoped parameter on the finding, lowering its basis to the parameter's (a probe ignores it). */
    Items param(String name, ParameterValue value) {
        if (finding != null) {
            finding.param(name, value);
        }
        return this;
    }

    /** The rule version's statutory period {@code name}: recorded as a parameter when reporting. */
    Period period(String name) {
        return finding.period(name);
    }

    /** Some limb is unmet or open: the rule reports VIOLATION or NEEDS_REVIEW (a probe's answer). */
    boolean reportable() {
        return defects != null || unknowns != null;
    }

    private void defect(String zh, String en) {
        if (defects == null) {
            defects = new ArrayList<>();
        }
        defects.add(new LocalizedText(zh, en));
    }

    private void unknown(String zh, String en) {
        if (unknowns == null) {
            unknowns = new ArrayList<>();
        }
        unknowns.add(new LocalizedText(zh, en));
    }

    /** The limb is met when {@code met} is YES. */
    Items require(TriState met, String zh, String en) {
        if (met == TriState.NO) {
            defect(zh, en);
        } else if (met != TriState.YES) {
            unknown(zh, en);
        }
        return this;
    }

    /** The limb is breached when {@code present} is YES. */
    Items forbid(TriState present, String zh, String en) {
        return require(present == null ? TriState.UNKNOWN : present.not(), zh, en);
    }

    Items breach(boolean breached, String zh, String en) {
        if (breached) {
            defect(zh, en);
        }
        return this;
    }

    Items unknownIf(boolean question, String zh, String en) {
        if (question) {
            unknown(zh, en);
        }
        return this;
    }

    /** Reports to the finding given at construction. */
    void report() {
        report(finding);
    }

    void report(FindingBuilder f) {
        if (defects != null) {
            f.fact("defects", join(defects));
            if (unknowns != null) {
                f.fact("unknowns", join(unknowns));
            }
            f.violation();
        } else if (unknowns != null) {
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
