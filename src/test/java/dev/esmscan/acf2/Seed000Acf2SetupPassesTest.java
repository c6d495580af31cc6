package dev.esmscan.acf2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.esmscan.config.SiteSettings;
import dev.esmscan.esm.Esms;
import dev.esmscan.policy.Finding;
import dev.esmscan.policy.PolicyPack;
import dev.esmscan.policy.Status;
import dev.esmscan.scan.InputResolver;
import dev.esmscan.scan.ScanResult;
import dev.esmscan.scan.Scanner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seed 000's ACF2 commands for a whole Zowe setup, placeholders filled with the defaults and
 * completed where the seed gives RACF commands only (the file's comments say where), give an ACF2
 * database that passes every requirement of the pack that applies to ACF2. The system's own part
 * comes first: the GSO OPTS record in ABORT mode (the system mode decides whether a denial is
 * final, and no command of the seed sets it).
 */
class Seed000Acf2SetupPassesTest {

    @TempDir
    Path tmp;

    @Test
    void everyApplicableRequirementPasses() throws Exception {
        Path system = Files.writeString(tmp.resolve("0-system.acf2"), "ACF\nSET CONTROL(GSO)\nINSERT OPTS MODE(ABORT)\nEND\n");
        Path seed = Files.copy(Path.of("src/test/resources/seed000-acf2-setup.txt"), tmp.resolve("seed.acf2"));
        InputResolver.Resolved resolved = new InputResolver(Esms.all()).resolve(List.of(system, seed), Optional.empty());
        assertEquals("ACF2", resolved.inputs().get(0).esm().name());
        Scanner.Loaded loaded = Scanner.load(resolved.inputs());
        assertEquals(0, loaded.stats().stream().mapToLong(s -> s.errors()).sum(),
                () -> loaded.stats().stream().flatMap(s -> s.problems().stream()).collect(Collectors.toList()).toString());
        ScanResult result = Scanner.evaluate(loaded, SiteSettings.builder().esm("ACF2").asOf(LocalDate.of(2026, 1, 15)).build(),
                PolicyPack.embedded());
        List<Finding> notPassing = result.findings().stream()
                .filter(f -> f.status() != Status.PASS && f.status() != Status.MANUAL && f.status() != Status.NOT_APPLICABLE)
                .collect(Collectors.toList());
        assertEquals(List.of(), notPassing.stream().map(f -> f.id() + " " + f.subject() + ": " + f.evidence()).collect(Collectors.toList()));
        List<String> passed = result.findings().stream().filter(f -> f.status() == Status.PASS).map(Finding::id).distinct().sorted()
                .collect(Collectors.toList());
        assertTrue(passed.containsAll(List.of("ZWE-ID-STC-USER", "ZWE-ID-ZIS-USER", "ZWE-ID-ADMIN-GROUP", "ZWE-STC-ZOWE", "ZWE-STC-ZIS",
                "ZWE-FAC-BPXSERVER", "ZWE-FAC-BPXDAEMON", "ZWE-FAC-ZWESIS", "ZWE-FAC-JOBNAME", "ZWE-APPL-OMVSAPPL",
                "ZWE-FAC-RUSERMAP", "ZWE-FAC-IDIDMAP", "ZWE-FAC-RAUDITX", "ZWE-FAC-LISTUSER", "ZWE-ICSF-CSFRNGL")), passed::toString);
    }
}
