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
 * its condition, whether there is anything to report: {@link #probe} makes an Items that records no text and no
 * facts, only whether some limb is unmet or open ({@link #reportable}). The condition and the consequence then run
 * the same limb tests and cannot drift apart; outside a pre-check a file in order does not activate the rule (its
 * SATISFIED finding would not be shown). Facts and periods a limb needs go through {@link #fact} and
 * {@link #period}, which write to the finding only when reporting.
 */
final class Items {
    private final List<LocalizedText> defects;
    private final List<LocalizedText> unknowns;
    /** Where facts and periods go; null for a probe, or for an Items reported with {@link #report(FindingBuilder)}. */
    private final FindingBuilder finding;
    /** A probe's case and rule version (for periods); null when reporting. */
    private final Assessment assessment;
    private final String key;
    private boolean open;

    Items() {
        this(null);
    }

    /** Items whose facts and periods go to {@code f}, reported with {@link #report()}. */
    Items(FindingBuilder f) {
        this.defects = new ArrayList<>();
        this.unknowns = new ArrayList<>();
        this.finding = f;
        this.assessment = null;
        this.key = null;
    }

    private Items(Assessment a, String key) {
        this.defects = null;
        this.unknowns = null;
        this.finding = null;
        this.assessment = a;
        this.key = key;
    }

    /** Items that only tell whether rule version {@code key} would report anything for {@code a}. */
    static Items probe(Assessment a, String key) {
        return new Items(a, key);
    }

    /** Records a fact on the finding (nothing when probing). */
    Items fact(String name, Object value) {
        if (finding != null) {
            finding.fact(name, value);
        }
        return this;
    }

    /** Records a parameter on the finding (nothing when probing). */
    Items param(String name, Object value) {
        if (finding != null) {
            finding.param(name, value);
        }
        return this;
    }

    /** Records a scoped parameter on the finding, lowering its basis to the parameter's (nothing when probing). */
    Items param(String name, ParameterValue value) {
        if (finding != null) {
            finding.param(name, value);
        }
        return this;
    }

    /** The rule version's statutory period {@code name}: recorded as a parameter when reporting. */
    Period period(String name) {
        return finding != null ? finding.period(name) : assessment.period(key, name);
    }

    /** Some limb is unmet or open: the rule reports VIOLATION or NEEDS_REVIEW (a probe's answer). */
    boolean reportable() {
        return open;
    }

    private void defect(String zh, String en) {
        open = true;
        if (defects != null) {
            defects.add(new LocalizedText(zh, en));
        }
    }

    private void unknown(String zh, String en) {
        open = true;
        if (unknowns != null) {
            unknowns.add(new LocalizedText(zh, en));
        }
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

    boolean hasDefects() {
        return !defects.isEmpty();
    }

    /** Reports to the finding given at construction. */
    void report() {
        report(finding);
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
