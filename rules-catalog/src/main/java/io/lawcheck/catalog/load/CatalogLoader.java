package io.lawcheck.catalog.load;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.lawcheck.core.calendar.CalendarData;
import io.lawcheck.core.calendar.WorkingCalendar;
import io.lawcheck.core.catalog.Catalog;
import io.lawcheck.core.catalog.Citation;
import io.lawcheck.core.catalog.LocalizedText;
import io.lawcheck.core.catalog.ParameterRow;
import io.lawcheck.core.catalog.ParameterTable;
import io.lawcheck.core.catalog.RuleBook;
import io.lawcheck.core.catalog.RuleDefinition;
import io.lawcheck.core.catalog.RuleVersion;
import io.lawcheck.core.catalog.Verification;
import io.lawcheck.core.model.DivisionCode;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Loads a catalog from the classpath: the Drools executable model compiled at build time (no DRL parsing at run
 * time), the rule metadata, citations, parameters and calendar named by an index {@code catalog.yaml}, and checks
 * that they agree. A catalog that does not pass its checks is refused with every problem named.
 */
public final class CatalogLoader {
    private static final String MODEL_INDEX = "META-INF/kie/io.lawcheck/rules-catalog/drools-model";

    // JSON made from the YAML at build time (CatalogJson) when present and current; YAML otherwise (made on first use).
    private final ObjectMapper json = mapper(new ObjectMapper());
    private ObjectMapper yaml;
    private final ClassLoader classLoader;
    private final String basePath;

    /** @param basePath resource folder holding {@code catalog.yaml}, e.g. {@code io/lawcheck/catalog} */
    public CatalogLoader(ClassLoader classLoader, String basePath) {
        this.classLoader = classLoader;
        this.basePath = basePath.endsWith("/") ? basePath : basePath + "/";
    }

    /** Nanoseconds spent in each phase of the last {@link #load()}; for the start-up log and benchmarks. */
    public record Timings(long readNanos, long checksNanos, long calendarNanos, long kieBaseNanos) {
        @Override
        public String toString() {
            return "files " + ms(readNanos) + " ms, checks " + ms(checksNanos) + " ms, calendar " + ms(calendarNanos)
                    + " ms, KieBase " + ms(kieBaseNanos) + " ms";
        }

        private static long ms(long nanos) {
            return nanos / 1_000_000;
        }
    }

    private Timings timings;

    public Catalog load() {
        long t0 = System.nanoTime();
        CatalogFiles.Index index = read("catalog.yaml", new TypeReference<>() {
        });
        List<String> problems = new ArrayList<>();
        Map<String, Citation> citations = readCitations(index.citations(), problems);
        Map<String, List<String>> mayBeMissing = new LinkedHashMap<>();
        RuleBook rules = readRules(index.rules(), citations, problems, mayBeMissing);
        List<CatalogChecks.Overlay> overlays = new ArrayList<>();
        Map<String, Tightening> tightening = new LinkedHashMap<>();
        ParameterTable parameters = readParameters(index.parameters(), problems, overlays, tightening);
        long t1 = System.nanoTime();
        problems.addAll(parameters.ambiguities());
        problems.addAll(CatalogChecks.declaredParameters(rules, parameters, mayBeMissing));
        problems.addAll(CatalogChecks.overlaysOnlyTighten(overlays, tightening, rules));
        long t2 = System.nanoTime();
        WorkingCalendar calendar;
        try (InputStream in = open(index.calendar())) {
            calendar = CalendarData.read(in);
        } catch (IOException | RuntimeException e) {
            throw new CatalogException("calendar " + index.calendar() + ": " + e.getMessage(), e);
        }
        long t3 = System.nanoTime();
        KieBase kieBase = buildKieBase();
        long t4 = System.nanoTime();
        problems.addAll(CatalogChecks.drlMatchesMetadata(drlRuleNames(kieBase), rules));
        problems.addAll(CatalogChecks.versionPeriods(rules));
        long t5 = System.nanoTime();
        timings = new Timings(t1 - t0, (t2 - t1) + (t5 - t4), t3 - t2, t4 - t3);
        if (!problems.isEmpty()) {
            throw new CatalogException(problems);
        }
        return new Catalog(index.version(), kieBase, rules, parameters, calendar);
    }

    /** Phase timings of the last successful or refused {@link #load()} (null before, or if it failed reading). */
    public Timings timings() {
        return timings;
    }

    private Map<String, Citation> readCitations(String file, List<String> problems) {
        Map<String, CatalogFiles.Provision> raw = read(file, new TypeReference<LinkedHashMap<String,
                CatalogFiles.Provision>>() {
        });
        Map<String, Citation> citations = new LinkedHashMap<>();
        raw.forEach((id, p) -> {
            if (p.law() == null || p.article() == null || p.version() == null || p.verification() == null) {
                problems.add("citation " + id + " needs law, version, article and verification");
                return;
            }
            citations.put(id, new Citation(id, text(p.law()), text(p.version()), p.article(), p.paragraph(), p.item(),
                    p.summary() == null ? null : text(p.summary()), p.verification()));
        });
        return citations;
    }

    private RuleBook readRules(List<String> files, Map<String, Citation> citations, List<String> problems,
                               Map<String, List<String>> mayBeMissing) {
        List<RuleDefinition> definitions = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (String file : files) {
            CatalogFiles.RuleFile rf = read(file, new TypeReference<>() {
            });
            for (CatalogFiles.Rule r : rf.rules()) {
                if (!seen.add(r.id())) {
                    problems.add("rule " + r.id() + " is defined twice (" + file + ")");
                    continue;
                }
                if (r.severity() == null || r.title() == null || r.versions() == null || r.versions().isEmpty()) {
                    problems.add("rule " + r.id() + " (" + file + ") needs severity, title and at least one version");
                    continue;
                }
                List<RuleVersion> versions = new ArrayList<>();
                for (CatalogFiles.Version v : r.versions()) {
                    String key = r.id() + "@" + v.version();
                    if (v.from() == null) {
                        problems.add("rule version " + key + " has no 'from' date");
                        continue;
                    }
                    List<Citation> cited = new ArrayList<>();
                    if (v.citations() == null || v.citations().isEmpty()) {
                        problems.add("rule version " + key + " cites no provision");
                    } else {
                        for (String c : v.citations()) {
                            Citation citation = citations.get(c);
                            if (citation == null) {
                                problems.add("rule version " + key + " cites " + c
                                        + ", which is not in the citations data");
                            } else {
                                cited.add(citation);
                            }
                        }
                    }
                    Verification verification = v.verification();
                    for (Citation c : cited) {
                        verification = verification == null ? c.verification() : verification.weakest(c.verification());
                    }
                    List<String> reads = v.reads() == null ? List.of() : v.reads();
                    List<String> optional = v.mayBeMissing() == null ? List.of() : v.mayBeMissing();
                    for (String name : optional) {
                        if (!reads.contains(name)) {
                            problems.add("rule version " + key + " lists " + name
                                    + " under mayBeMissing but does not declare it under reads");
                        }
                    }
                    mayBeMissing.put(key, optional);
                    versions.add(new RuleVersion(key, r.id(), v.version(), v.from(), v.until(), cited,
                            v.params() == null ? Map.of() : v.params(),
                            verification == null ? Verification.UNVERIFIED : verification, reads));
                }
                Map<String, LocalizedText> messages = new LinkedHashMap<>();
                if (r.messages() != null) {
                    r.messages().forEach((k, t) -> messages.put(k, text(t)));
                }
                definitions.add(new RuleDefinition(r.id(), rf.family(), r.severity(), text(r.title()),
                        r.doc() == null ? "" : r.doc().strip(), messages, versions));
            }
        }
        return new RuleBook(definitions);
    }

    private ParameterTable readParameters(List<String> files, List<String> problems,
                                          List<CatalogChecks.Overlay> overlays, Map<String, Tightening> tightening) {
        List<ParameterRow> rows = new ArrayList<>();
        for (String file : files == null ? List.<String>of() : files) {
            CatalogFiles.ParameterFile pf = read(file, new TypeReference<>() {
            });
            for (CatalogFiles.Parameter p : pf.parameters()) {
                if (tightening.put(p.name(), p.tighter() == null ? Tightening.NONE : p.tighter()) != null) {
                    problems.add("parameter " + p.name() + " is declared twice (" + file + ")");
                }
                for (CatalogFiles.ParameterEntry e : p.rows()) {
                    try {
                        ParameterRow row = new ParameterRow(p.name(),
                                DivisionCode.of(e.scope() == null ? "000000" : e.scope()),
                                e.agencySystem(), e.partyKind(), e.from(), e.until(), e.value(), e.verification(),
                                e.source());
                        rows.add(row);
                        overlays.add(new CatalogChecks.Overlay(row, e.loosens(), file));
                    } catch (RuntimeException ex) {
                        problems.add("parameter " + p.name() + " (" + file + "): " + ex.getMessage());
                    }
                }
            }
        }
        return new ParameterTable(rows);
    }

    private KieBase buildKieBase() {
        List<Model> models = new ArrayList<>();
        try (InputStream in = classLoader.getResourceAsStream(MODEL_INDEX)) {
            if (in == null) {
                throw new CatalogException(List.of("no compiled rule model on the classpath (" + MODEL_INDEX
                        + "): was rules-catalog built with kie-maven-plugin?"));
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("Drools-Model-Version")) {
                    models.add((Model) Class.forName(line, true, classLoader).getDeclaredConstructor().newInstance());
                }
            }
        } catch (ReflectiveOperationException | IOException e) {
            throw new CatalogException("cannot load the compiled rule model: " + e.getMessage(), e);
        }
        // EngineErrors turns a rule that throws in its consequence into an ENGINE_ERROR finding for that case.
        return KieBaseBuilder.createKieBaseFromModel(models, io.lawcheck.core.check.EngineErrors.kieBaseConfiguration());
    }

    private static List<String> drlRuleNames(KieBase kieBase) {
        List<String> names = new ArrayList<>();
        for (KiePackage p : kieBase.getKiePackages()) {
            for (Rule r : p.getRules()) {
                names.add(r.getName());
            }
        }
        return names;
    }

    private <T> T read(String file, TypeReference<T> type) {
        try {
            byte[] bytes;
            try (InputStream in = open(file)) {
                bytes = in.readAllBytes();
            }
            try (InputStream in = classLoader.getResourceAsStream(basePath + CatalogJson.jsonName(file, bytes))) {
                if (in != null) {
                    return json.readValue(in, type);
                }
            }
            return readYaml(bytes, type);
        } catch (IOException e) {
            throw new CatalogException(file + ": " + e.getMessage(), e);
        }
    }

    /** The YAML itself, ignoring any precompiled JSON (CatalogJsonTest compares the two). */
    <T> T readYaml(byte[] bytes, TypeReference<T> type) throws IOException {
        if (yaml == null) {
            yaml = mapper(new ObjectMapper(new YAMLFactory()));
        }
        return yaml.readValue(bytes, type);
    }

    /** The precompiled JSON only. */
    <T> T readJson(InputStream in, TypeReference<T> type) throws IOException {
        return json.readValue(in, type);
    }

    private static ObjectMapper mapper(ObjectMapper m) {
        return m.registerModule(new JavaTimeModule()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    private InputStream open(String file) {
        InputStream in = classLoader.getResourceAsStream(basePath + file);
        if (in == null) {
            throw new CatalogException(List.of("catalog file not found: " + basePath + file));
        }
        return in;
    }

    private static LocalizedText text(CatalogFiles.Text t) {
        return new LocalizedText(t.zh(), t.en());
    }
}
