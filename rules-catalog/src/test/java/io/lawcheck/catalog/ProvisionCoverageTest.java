package io.lawcheck.catalog;

import io.lawcheck.core.catalog.Catalog;
import io.lawcheck.core.catalog.Citation;
import io.lawcheck.core.catalog.RuleDefinition;
import io.lawcheck.core.catalog.RuleVersion;
import io.lawcheck.fixtures.Coverage;
import io.lawcheck.fixtures.RuleTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Provision coverage (replaces the former RuleCoverageTest, which listed its test classes by hand): reads the
 * {@link RuleTest} annotations of every compiled test class by reflection and writes
 * {@code target/rules-coverage.md} (committed as docs/rules.md): each rule with its citations, parameters and the tests
 * that trigger it, pass just under, fail just over and exercise another law version. Fails when a rule lacks one of
 * the four kinds, except rules listed in {@code coverage-pending.txt} (tests not merged yet), and when a test names a
 * rule the catalog does not have. Annotations are read from the class files, so the order of test classes does not
 * matter.
 */
class ProvisionCoverageTest {

    @Test
    void everyRuleHasAllFourKindsOfTest() throws Exception {
        Catalog catalog = Checks.CHECKER.catalog();
        List<String> notTests = new ArrayList<>();
        Map<String, Map<Coverage, Set<String>>> tests = scan(notTests);
        Set<String> pending = pending();

        List<String> unknownRules = new ArrayList<>();
        for (String rule : tests.keySet()) {
            if (catalog.rules().find(rule).isEmpty()) {
                unknownRules.add(rule + " (named by " + tests.get(rule).values().stream().flatMap(Set::stream)
                        .findFirst().orElse("?") + ")");
            }
        }
        List<String> missing = new ArrayList<>();
        List<String> removable = new ArrayList<>();
        for (RuleDefinition d : catalog.rules().all()) {
            Map<Coverage, Set<String>> byKind = tests.getOrDefault(d.id(), Map.of());
            List<Coverage> lacking = Stream.of(Coverage.values()).filter(k -> !byKind.containsKey(k)).toList();
            if (lacking.isEmpty() && pending.contains(d.id())) {
                removable.add(d.id());
            } else if (!lacking.isEmpty() && !pending.contains(d.id())) {
                missing.add(d.id() + " lacks " + lacking);
            }
        }
        String gaps = gaps();
        List<String> gapIds = gapIds(gaps);
        List<String> gapsNowRules = gapIds.stream().filter(id -> catalog.rules().find(id).isPresent()).toList();
        List<String> gapsTwice = gapIds.stream().filter(id -> gapIds.indexOf(id) != gapIds.lastIndexOf(id))
                .distinct().toList();
        Path out = targetDir().resolve("rules-coverage.md");
        Files.writeString(out, report(catalog, tests, pending, removable) + gaps, StandardCharsets.UTF_8);

        assertThat(notTests).as("methods tagged @RuleTest but not @Test (they never run)").isEmpty();
        assertThat(unknownRules).as("@RuleTest names rules the catalog does not have").isEmpty();
        assertThat(missing).as("rules without all four kinds of test (see %s)", out).isEmpty();
        assertThat(gapIds).as("ids listed in provision-gaps.md").isNotEmpty();
        assertThat(gapsNowRules).as("provision-gaps.md lists ids that are rules now: take their lines out")
                .isEmpty();
        assertThat(gapsTwice).as("ids listed twice in provision-gaps.md").isEmpty();
    }

    /**
     * The hand-written section on law-reference ids without a rule of their own (src/test/resources/
     * provision-gaps.md), appended to the report so that regenerating docs/rules.md keeps it.
     */
    static String gaps() throws IOException {
        try (InputStream in = ProvisionCoverageTest.class.getClassLoader().getResourceAsStream("provision-gaps.md")) {
            return in == null ? "" : "\n" + new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The ids in the first column of the section's table ("| P-FILE-1 | ..."). */
    static List<String> gapIds(String gaps) {
        List<String> ids = new ArrayList<>();
        for (String line : gaps.split("\n")) {
            if (line.startsWith("| ")) {
                String first = line.substring(2, line.indexOf(" |", 2)).strip();
                if (first.matches("[A-Z]-[A-Z]+-\\d+")) {
                    ids.add(first);
                }
            }
        }
        return ids;
    }

    /** rule id → coverage kind → "Class#method". */
    static Map<String, Map<Coverage, Set<String>>> scan(List<String> notTests) throws IOException,
            URISyntaxException {
        Path root = targetDir().resolve("test-classes");
        Map<String, Map<Coverage, Set<String>>> tests = new TreeMap<>();
        List<Path> classFiles;
        try (Stream<Path> walk = Files.walk(root)) {
            classFiles = walk.filter(p -> p.toString().endsWith(".class")).toList();
        }
        for (Path file : classFiles) {
            String name = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".");
            name = name.substring(0, name.length() - ".class".length());
            Class<?> type;
            try {
                type = Class.forName(name, false, ProvisionCoverageTest.class.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                continue;
            }
            for (Method m : type.getDeclaredMethods()) {
                RuleTest[] tags = m.getAnnotationsByType(RuleTest.class);
                if (tags.length > 0 && !m.isAnnotationPresent(Test.class)) {
                    notTests.add(type.getSimpleName() + "#" + m.getName());
                }
                for (RuleTest t : tags) {
                    for (Coverage k : t.value()) {
                        tests.computeIfAbsent(t.rule(), r -> new EnumMap<>(Coverage.class))
                                .computeIfAbsent(k, x -> new TreeSet<>())
                                .add(type.getSimpleName() + "#" + m.getName());
                    }
                }
            }
        }
        return tests;
    }

    static Path targetDir() throws URISyntaxException {
        // .../rules-catalog/target/test-classes → .../rules-catalog/target
        return Path.of(ProvisionCoverageTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .getParent();
    }

    static Set<String> pending() throws IOException {
        Set<String> ids = new TreeSet<>();
        try (InputStream in = ProvisionCoverageTest.class.getClassLoader().getResourceAsStream("coverage-pending.txt")) {
            if (in == null) {
                return ids;
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) {
                    ids.add(s);
                }
            }
        }
        return ids;
    }

    static String report(Catalog catalog, Map<String, Map<Coverage, Set<String>>> tests, Set<String> pending,
                         List<String> removable) {
        StringBuilder md = new StringBuilder();
        int rules = catalog.rules().all().size();
        int versions = catalog.rules().versions().size();
        md.append("# Rule catalog and provision coverage\n\n")
                .append("Generated by `ProvisionCoverageTest` (rules-catalog) from the catalog metadata and the ")
                .append("`@RuleTest` annotations of the tests; do not edit by hand. Catalog version `")
                .append(catalog.version()).append("`: ").append(rules).append(" rules, ").append(versions)
                .append(" rule versions. The ids of the law reference (`shared/domain/law-rules.md`) that have no ")
                .append("rule of their own are in the [last section](#provisions-of-the-law-reference-without-a-rule-")
                .append("of-their-own).\n\n")
                .append("Kinds: **T** triggers, **U** just under (no violation), **O** just over (violation), ")
                .append("**V** another law version.\n\n")
                .append("| Rule | Family | Severity | Versions | T | U | O | V |\n|---|---|---|---|---|---|---|---|\n");
        for (RuleDefinition d : catalog.rules().all()) {
            Map<Coverage, Set<String>> byKind = tests.getOrDefault(d.id(), Map.of());
            md.append("| [").append(d.id()).append("](#").append(d.id().toLowerCase()).append(") | ")
                    .append(d.family()).append(" | ").append(d.severity()).append(" | ")
                    .append(String.join(", ", d.versions().stream().map(RuleVersion::version).toList())).append(" |");
            for (Coverage k : Coverage.values()) {
                Set<String> t = byKind.get(k);
                md.append(' ').append(t == null ? (pending.contains(d.id()) ? "pending" : "**missing**")
                        : String.valueOf(t.size())).append(" |");
            }
            md.append('\n');
        }
        if (!removable.isEmpty()) {
            md.append("\nFully covered but still listed in `coverage-pending.txt` (remove them): ")
                    .append(String.join(", ", removable)).append('\n');
        }
        for (RuleDefinition d : catalog.rules().all()) {
            md.append("\n## ").append(d.id()).append(" — ").append(d.title().zh()).append(" / ").append(d.title().en())
                    .append("\n\n").append("Family `").append(d.family()).append("`, severity ").append(d.severity())
                    .append(".\n\n");
            if (d.doc() != null) {
                md.append(d.doc().strip().replace("\n", " ")).append("\n\n");
            }
            md.append("| Version | In force | Citations | Statutory params | Reads parameters | Basis |\n")
                    .append("|---|---|---|---|---|---|\n");
            for (RuleVersion v : d.versions()) {
                md.append("| ").append(v.version()).append(" | ").append(v.from()).append(" – ")
                        .append(v.until() == null ? "" : v.until()).append(" | ");
                List<String> cites = new ArrayList<>();
                for (Citation c : v.citations()) {
                    cites.add(c.label().zh() + " (`" + c.id() + "`, " + c.verification() + ")"
                            + (c.summary() == null ? "" : "：" + c.summary().zh().replace("|", "\\|")));
                }
                md.append(String.join("<br>", cites)).append(" | ")
                        .append(v.params().isEmpty() ? "" : new TreeMap<>(v.params()).toString()).append(" | ")
                        .append(String.join(", ", v.reads())).append(" | ").append(v.verification()).append(" |\n");
            }
            Map<Coverage, Set<String>> byKind = tests.getOrDefault(d.id(), Map.of());
            md.append("\nTests:\n\n");
            for (Coverage k : Coverage.values()) {
                Set<String> t = byKind.get(k);
                md.append("- ").append(k).append(": ").append(t == null
                        ? (pending.contains(d.id()) ? "pending (coverage-pending.txt)" : "**missing**")
                        : String.join(", ", t)).append('\n');
            }
        }
        return md.toString();
    }
}
