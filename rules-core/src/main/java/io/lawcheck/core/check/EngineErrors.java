package io.lawcheck.core.check;

import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.runtime.rule.ConsequenceExceptionHandler;
import org.kie.api.runtime.rule.Match;
import org.kie.api.runtime.rule.RuleRuntime;
import org.kie.internal.conf.ConsequenceExceptionHandlerOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Isolates rules that fail at run time, so one broken rule never hides the others' findings nor fails silently.
 * <ul>
 * <li>An exception in a rule's consequence (then-part) reaches {@link #handleException}: the case gets an
 * ENGINE_ERROR finding naming the rule and the session goes on firing the other rules.</li>
 * <li>An exception while evaluating a constraint (when-part) escapes insert/fire: {@link Checker} catches it and
 * reports ENGINE_ERROR for the rules named in the exception ({@link #rulesNamedIn}); findings reported before the
 * failure are kept, rules that had not fired yet are lost for that case (the ENGINE_ERROR says the check is
 * incomplete).</li>
 * </ul>
 * Logs name the rule and the exception type only: exception messages may quote case data.
 */
public final class EngineErrors implements ConsequenceExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(EngineErrors.class);
    private static final Pattern RULE_NAME = Pattern.compile("Rule \"([^\"]+)\"");

    /** The KieBase configuration that installs this handler; pass it when building the KieBase. */
    public static KieBaseConfiguration kieBaseConfiguration() {
        KieBaseConfiguration conf = KieServices.get().newKieBaseConfiguration();
        conf.setOption(ConsequenceExceptionHandlerOption.get(EngineErrors.class));
        return conf;
    }

    @Override
    public void handleException(Match match, RuleRuntime runtime, Exception exception) {
        String rule = match.getRule().getName();
        for (Object fact : match.getObjects()) {
            if (fact instanceof Assessment a) {
                logFailure(rule, exception);
                a.engineError(rule, exception);
                return;
            }
        }
        // No assessment to report on: nothing sensible to continue with.
        throw new IllegalStateException("rule " + rule + " failed without an assessment in its match", exception);
    }

    static void logFailure(String rule, Throwable e) {
        StackTraceElement at = e.getStackTrace().length > 0 ? e.getStackTrace()[0] : null;
        log.error("rule {} failed at run time: {} at {}", rule, e.getClass().getName(), at);
    }

    /** The DRL rule names an exception raised during constraint evaluation mentions ({@code Rule "X"}). */
    static Set<String> rulesNamedIn(Throwable e) {
        Set<String> names = new LinkedHashSet<>();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null) {
                Matcher m = RULE_NAME.matcher(t.getMessage());
                while (m.find()) {
                    names.add(m.group(1));
                }
            }
        }
        return names;
    }
}
