package dev.esmscan.remediation;

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
 * Seed 000's RACF commands for a whole Zowe setup, placeholders filled with the defaults, give a
 * database that passes every RACF requirement of the pack. The seed permits BPX.JOBNAME,
 * IRR.RUSERMAP, IRR.RAUDITX and OMVSAPPL without defining them (a z/OS system has them), and
 * refreshes the STARTED class it takes as active, RACLISTed and generic (any system that starts
 * tasks under STARTED profiles has it so), so the system's own definitions come first.
 */
class Seed000SetupPassesTest {

    @TempDir
    Path tmp;

    @Test
    void everyApplicableRequirementPasses() throws Exception {
        Path system = Files.writeString(tmp.resolve("1-system.racf"), String.join("\n",
                "ADDUSER TCPIP NOPASSWORD",
                "SETROPTS GENERIC(STARTED) CLASSACT(STARTED) RACLIST(STARTED)",
                "RDEFINE FACILITY BPX.JOBNAME UACC(NONE)",
                "RDEFINE FACILITY IRR.RUSERMAP UACC(NONE)",
                "RDEFINE FACILITY IRR.RAUDITX UACC(NONE)",
                "RDEFINE APPL OMVSAPPL UACC(NONE)", ""));
        Path seed = Files.copy(Path.of("src/test/resources/seed000-racf-setup.txt"), tmp.resolve("2-seed.racf"));
        Scanner.Loaded loaded = Scanner.load(new InputResolver(Esms.all()).resolve(List.of(system, seed), Optional.empty()).inputs());
        assertEquals(0, loaded.stats().stream().mapToLong(s -> s.errors()).sum(), () -> loaded.stats().stream().flatMap(s -> s.problems().stream()).collect(Collectors.toList()).toString());
        ScanResult result = Scanner.evaluate(loaded, SiteSettings.builder().asOf(LocalDate.of(2026, 1, 15)).build(), PolicyPack.embedded());
        List<Finding> notPassing = result.findings().stream()
                .filter(f -> f.status() != Status.PASS && f.status() != Status.MANUAL && f.status() != Status.NOT_APPLICABLE)
                .collect(Collectors.toList());
        assertEquals(List.of(), notPassing.stream().map(f -> f.id() + " " + f.subject() + ": " + f.evidence()).collect(Collectors.toList()));
        assertTrue(result.findings().stream().filter(f -> f.status() == Status.PASS).count() >= 5);
    }
}
