package io.lawcheck.core.catalog;

import io.lawcheck.core.calendar.WorkingCalendar;
import org.kie.api.KieBase;

import java.util.Objects;

/**
 * A loaded rule catalog: the compiled rules (a Drools {@link KieBase} built from the executable model), their
 * metadata and citations, the scoped parameters and the working-day calendar. Immutable; build it once.
 */
public record Catalog(String version, KieBase kieBase, RuleBook rules, ParameterTable parameters,
                      WorkingCalendar calendar) {
    public Catalog {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(kieBase, "kieBase");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(calendar, "calendar");
    }
}
