package dev.esmscan.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.esmscan.config.ScannerConfigReader;
import dev.esmscan.config.SiteSettings;
import dev.esmscan.config.ZoweYamlReader;
import dev.esmscan.esm.Esms;
import dev.esmscan.report.JsonReport;
import dev.esmscan.scan.InputResolver;
import dev.esmscan.scan.Scanner;
import dev.esmscan.util.ClasspathFolder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The pack the build stores is the built-in rules, and gives what compiling them gives. */
class PrecompiledPackTest {
    private static final Map<String, byte[]> SOURCES = ClasspathFolder.read(PolicyPack.EMBEDDED, ".drl");

    @Test
    void theBuildStoredThePackOfTheseRules() {
        assertTrue(PrecompiledPack.read(SOURCES).isPresent(),
                "no stored pack for the rules on the class path: the build's precompile-rules step did not run");
    }

    @Test
    void aPackStoredFromOtherRulesIsNotUsed(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("rules.pack");
        PrecompiledPack.write(SOURCES, file);
        Map<String, byte[]> edited = new TreeMap<>(SOURCES);
        String first = edited.keySet().iterator().next();
        edited.put(first, (new String(edited.get(first), StandardCharsets.UTF_8) + "\n// edited\n").getBytes(StandardCharsets.UTF_8));
        Map<String, byte[]> fewer = new TreeMap<>(SOURCES);
        fewer.remove(first);

        assertTrue(read(file, SOURCES).isPresent());
        assertTrue(read(file, edited).isEmpty(), "an edited rule file");
        assertTrue(read(file, fewer).isEmpty(), "a deleted rule file");
    }

    @Test
    void theStoredPackDescribesTheSameRequirementsAsCompiling() {
        PolicyPack stored = PrecompiledPack.read(SOURCES).orElseThrow();
        PolicyPack compiled = PolicyPack.compile(SOURCES);
        assertEquals(compiled.catalogue().requirements().stream().map(Object::toString).sorted().toList(),
                stored.catalogue().requirements().stream().map(Object::toString).sorted().toList());
        assertEquals(compiled.ruleFacts().selective(), stored.ruleFacts().selective());
        assertEquals(compiled.ruleFacts().unkeyedPatterns(), stored.ruleFacts().unkeyedPatterns());
    }

    @ParameterizedTest
    @ValueSource(strings = {"racf", "tss", "acf2"})
    void theStoredPackGivesTheReportThatCompilingGives(String esm) {
        PolicyPack stored = PrecompiledPack.read(SOURCES).orElseThrow();
        PolicyPack compiled = PolicyPack.compile(SOURCES);
        assertEquals(report(esm, compiled), report(esm, stored));
    }

    private static Optional<PolicyPack> read(Path file, Map<String, byte[]> sources) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return PrecompiledPack.read(in, sources);
        }
    }

    private static JsonNode report(String esm, PolicyPack pack) {
        InputResolver.Resolved resolved = new InputResolver(Esms.all()).resolve(List.of(Path.of("sample-exports", esm)), Optional.empty());
        SiteSettings.Builder settings = SiteSettings.builder().asOf(LocalDate.of(2025, 3, 14));
        resolved.zoweYaml().ifPresent(y -> ZoweYamlReader.apply(y, settings));
        resolved.scannerConfig().ifPresent(c -> ScannerConfigReader.apply(c, settings));
        return JsonReport.tree(Scanner.scan(resolved.inputs(), settings.build(), pack));
    }
}
