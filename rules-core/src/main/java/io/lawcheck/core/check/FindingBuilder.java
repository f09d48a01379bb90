package io.lawcheck.core.check;

import io.lawcheck.core.calendar.Period;
import io.lawcheck.core.catalog.LocalizedText;
import io.lawcheck.core.catalog.ParameterValue;
import io.lawcheck.core.catalog.RuleDefinition;
import io.lawcheck.core.catalog.RuleVersion;
import io.lawcheck.core.catalog.Verification;
import io.lawcheck.core.model.TriState;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Builds one finding for a rule version: the facts and parameters it relied on, then its status. A finding that
 * rests on UNVERIFIED data is never a VIOLATION: it is reported as NEEDS_REVIEW with a note saying why.
 */
public final class FindingBuilder {
    private static final LocalizedText UNVERIFIED_NOTE = new LocalizedText(
            "（所依据的参数或条文尚未核实，需人工复核，不作违法认定）",
            " (it rests on a parameter or provision not yet verified: review it; not asserted as a violation)");
    private static final LocalizedText CALENDAR_MESSAGE = new LocalizedText(
            "无法计算期限：日期 ${outsideCalendar} 不在官方节假日历覆盖的年份内，需人工计算。",
            "Cannot compute the period: ${outsideCalendar} lies outside the years the official holiday calendar covers;"
                    + " compute it by hand.");
    /** SATISFIED outside the calendar's years, for a step done before any due date the period could have. */
    private static final LocalizedText IN_TIME_MESSAGE = new LocalizedText(
            "于${actualDate}完成，不晚于该期限无论节假日如何安排最早可能届满之日（${earliestEnd}），在期限内。",
            "Done on ${actualDate}, no later than ${earliestEnd}, the earliest day the period can end whatever the"
                    + " holidays: in time.");

    private static final ConcurrentHashMap<String, String[]> VARIANT_KEYS = new ConcurrentHashMap<>();
    /**
     * Catalog template -> the same with the UNVERIFIED note, built once: a text concatenated per finding was also
     * hashed again per finding by the template cache.
     */
    private static final ConcurrentHashMap<LocalizedText, LocalizedText> DOWNGRADED = new ConcurrentHashMap<>();

    private final Assessment assessment;
    private final RuleVersion version;
    // Name/value pairs in insertion order, turned into maps only when a finding is emitted: most builders end in an
    // outcome that reports nothing (not required, or SATISFIED outside a pre-check), and a map per builder was a
    // large share of the checker's allocation.
    private final Attributes facts = new Attributes();
    private final Attributes parameters = new Attributes();
    private Verification basis;
    private String variant;
    /**
     * A probe ({@link Assessment#probe}) records no facts or parameters and emits nothing: it only notes whether its
     * outcome would be shown, so a rule's condition can run the rule's own consequence code.
     */
    private final boolean probe;
    private boolean shown;

    FindingBuilder(Assessment assessment, RuleVersion version) {
        this(assessment, version, false);
    }

    FindingBuilder(Assessment assessment, RuleVersion version, boolean probe) {
        this.assessment = assessment;
        this.version = version;
        this.basis = version.verification();
        this.probe = probe;
    }

    /**
     * A probe's answer: the check reached an outcome this assessment shows (anything but SATISFIED outside a
     * pre-check). Always false for a builder that reports ({@link Assessment#report}).
     */
    public boolean wouldReport() {
        return shown;
    }

    public Assessment assessment() {
        return assessment;
    }

    /**
     * A deadline check reporting through this builder: on {@link Assessment#report} it reports, on
     * {@link Assessment#probe} it only tells whether it would ({@link #wouldReport}).
     */
    public DeadlineCheck deadline() {
        return new DeadlineCheck(this);
    }

    public RuleVersion version() {
        return version;
    }

    public FindingBuilder fact(String name, Object value) {
        if (value != null && !probe) {
            facts.put(name, value);
        }
        return this;
    }

    public FindingBuilder param(String name, Object value) {
        if (value != null && !probe) {
            parameters.put(name, value);
        }
        return this;
    }

    /** Records a scoped parameter (and lowers the basis to its verification). */
    public FindingBuilder param(String name, ParameterValue value) {
        if (!probe) {
            parameters.put(name, value.text());
            parameters.put(name + "Source", value.source());
        }
        return basedOn(value.verification());
    }

    /** The rule version's statutory period {@code name}, recorded as a parameter. */
    public Period period(String name) {
        Period p = Period.parse(version.param(name));
        if (!probe) {
            parameters.put(name, p.toString());
        }
        return p;
    }

    /** The rule version's statutory amount {@code name} in yuan, recorded as a parameter. */
    public BigDecimal amount(String name) {
        BigDecimal v = new BigDecimal(version.param(name));
        if (!probe) {
            parameters.put(name, v);
        }
        return v;
    }

    public FindingBuilder basedOn(Verification verification) {
        basis = basis.weakest(verification);
        return this;
    }

    /** Picks a message variant: the message key becomes {@code STATUS.variant}. */
    public FindingBuilder variant(String name) {
        this.variant = name;
        return this;
    }

    public void violation() {
        emit(FindingStatus.VIOLATION, null);
    }

    public void violation(LocalDate dueDate) {
        emit(FindingStatus.VIOLATION, dueDate);
    }

    public void pending(LocalDate dueDate) {
        emit(FindingStatus.PENDING, dueDate);
    }

    public void needsReview() {
        emit(FindingStatus.NEEDS_REVIEW, null);
    }

    public void needsReview(String variantName) {
        variant(variantName).needsReview();
    }

    public void satisfied() {
        emit(FindingStatus.SATISFIED, null);
    }

    /**
     * For a {@code period} from {@code start} the calendar cannot count: when {@code done} is no later than
     * {@link Period#earliestEnd} it is in time under any holiday calendar, so this reports SATISFIED (variant
     * {@code inTime}) and answers true; otherwise it reports nothing and answers false (the caller then says the
     * period must be computed by hand, {@link #outsideCalendar}).
     */
    public boolean inTimeUnderAnyCalendar(Period period, LocalDate start, LocalDate done) {
        if (!period.surelyWithin(start, done)) {
            return false;
        }
        fact("actualDate", done).fact("earliestEnd", period.earliestEnd(start)).variant("inTime").satisfied();
        return true;
    }

    /** The period could not be computed because a date lies outside the official calendar. */
    public void outsideCalendar(LocalDate date) {
        fact("outsideCalendar", date);
        variant("calendar");
        emit(FindingStatus.NEEDS_REVIEW, null);
    }

    /**
     * An obligation that must be met before the decision (notice, hearing offer, legal review):
     * <ul>
     * <li>not required: nothing (SATISFIED in pre-check when it was done anyway is not reported either);</li>
     * <li>done: SATISFIED;</li>
     * <li>decision made: VIOLATION when required and known not done, else NEEDS_REVIEW (variant {@code unknown});</li>
     * <li>no decision yet: PENDING (must be met before deciding), or NEEDS_REVIEW when whether it is required is
     * unknown.</li>
     * </ul>
     */
    public void beforeDecision(TriState required, TriState done) {
        if (!assessment.reportsBeforeDecision(required, done)) {
            return;
        }
        fact("required", required).fact("done", done).fact("decided", assessment.decided());
        if (done == TriState.YES) {
            satisfied(); // required YES, pre-check
            return;
        }
        if (assessment.decided() == TriState.YES) {
            if (required == TriState.YES && done == TriState.NO) {
                violation();
            } else {
                needsReview(required == TriState.UNKNOWN ? "scope" : "unknown");
            }
        } else if (required == TriState.YES) {
            pending(null);
        } else {
            needsReview("scope");
        }
    }

    private void emit(FindingStatus requested, LocalDate dueDate) {
        FindingStatus status = requested;
        boolean downgraded = false;
        if (status == FindingStatus.VIOLATION && basis == Verification.UNVERIFIED) {
            status = FindingStatus.NEEDS_REVIEW;
            downgraded = true;
        }
        if (status == FindingStatus.SATISFIED && !assessment.isPrecheck()) {
            return;
        }
        if (probe) {
            shown = true;
            return;
        }
        RuleDefinition rule = assessment.catalog().rules().rule(version);
        LocalizedText template = downgraded ? template(rule, FindingStatus.VIOLATION) : template(rule, status);
        if (downgraded) {
            LocalizedText t = template;
            template = DOWNGRADED.get(t);
            if (template == null) {
                template = new LocalizedText(t.zh() + UNVERIFIED_NOTE.zh(), t.en() + UNVERIFIED_NOTE.en());
                if (DOWNGRADED.size() < 1_000) {
                    DOWNGRADED.putIfAbsent(t, template);
                }
            }
        }
        if (dueDate != null) {
            fact("dueDate", dueDate);
        }
        assessment.add(Finding.rendered(rule.id(), version.version(), rule.family(), rule.severity(), status,
                dueDate, rule.title(), template, version.citations(), facts.freeze(), parameters.freeze(), basis));
    }

    private LocalizedText template(RuleDefinition rule, FindingStatus status) {
        if (variant != null) {
            LocalizedText t = rule.messages().get(variantKey(status, variant));
            if (t != null) {
                return t;
            }
            if ("calendar".equals(variant)) {
                return CALENDAR_MESSAGE;
            }
            if ("inTime".equals(variant)) {
                return IN_TIME_MESSAGE;
            }
        }
        LocalizedText t = rule.messages().get(status.name());
        return t != null ? t : rule.title();
    }

    /** {@code STATUS.variant}, built once per variant name rather than concatenated for every finding. */
    private static String variantKey(FindingStatus status, String variant) {
        String[] keys = VARIANT_KEYS.get(variant);
        if (keys == null) {
            FindingStatus[] all = FindingStatus.values();
            keys = new String[all.length];
            for (FindingStatus s : all) {
                keys[s.ordinal()] = s.name() + "." + variant;
            }
            if (VARIANT_KEYS.size() < 1_000) {
                VARIANT_KEYS.putIfAbsent(variant, keys);
            }
        }
        return keys[status.ordinal()];
    }

    /** {@code template} with its placeholders filled from a finding's parameters and facts (see {@link Finding}). */
    static LocalizedText render(LocalizedText template, java.util.Map<String, Object> parameters,
                                java.util.Map<String, Object> facts) {
        return new LocalizedText(substitute(template.zh(), true, parameters, facts),
                substitute(template.en(), false, parameters, facts));
    }

    /**
     * Replaces each {@code ${name}} by the parameter or fact of that name (a parameter wins), leaving unknown names
     * as they are. Hand-rolled rather than a template library: it runs for every finding, and values (which may come
     * from the case) are inserted as text, never substituted again.
     */
    private static String substitute(String text, boolean chinese, java.util.Map<String, Object> parameters,
                                     java.util.Map<String, Object> facts) {
        return MessageTemplate.of(text).render(name -> {
            Object value = parameters.get(name);
            if (value == null) {
                value = facts.get(name);
            }
            return value == null ? null : display(value, chinese);
        });
    }

    /** {@code "<digits> WORKING_DAYS|DAYS|MONTHS"}, as {@link Period#toString()} writes it. */
    static boolean isPeriodText(String s) {
        int space = s.indexOf(' ');
        if (space <= 0) {
            return false;
        }
        for (int i = 0; i < space; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        String unit = s.substring(space + 1);
        return unit.equals("WORKING_DAYS") || unit.equals("DAYS") || unit.equals("MONTHS");
    }

    private static String display(Object v, boolean chinese) {
        if (v instanceof LocalizedText t) {
            return chinese ? t.zh() : t.en();
        }
        if (v instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        if (v instanceof String s && isPeriodText(s)) {
            return Period.parse(s).label(chinese);
        }
        return String.valueOf(v);
    }

    /** A few name/value pairs in insertion order; a later value for a name replaces the earlier one in place. */
    private static final class Attributes {
        private String[] names;
        private Object[] values;
        private int size;

        void put(String name, Object value) {
            for (int i = 0; i < size; i++) {
                if (names[i].equals(name)) {
                    values[i] = value;
                    return;
                }
            }
            if (names == null) {
                names = new String[6];
                values = new Object[6];
            } else if (size == names.length) {
                names = java.util.Arrays.copyOf(names, size * 2);
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            names[size] = name;
            values[size++] = value;
        }

        Object get(String name) {
            for (int i = 0; i < size; i++) {
                if (names[i].equals(name)) {
                    return values[i];
                }
            }
            return null;
        }

        ArrayMap freeze() {
            return ArrayMap.of(names, values, size);
        }
    }
}
