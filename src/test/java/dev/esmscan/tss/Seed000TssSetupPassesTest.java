package dev.esmscan.tss;

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
 * Seed 000's Top Secret commands for a whole Zowe setup, placeholders filled with the defaults,
 * give a security file that passes every Top Secret requirement of the pack. The system's own
 * part comes first: the control options (AUTH, the global MODE), the TCPIP ACID the ICSF permit
 * names, the owner of the IBMFAC IRR. resources and of APPL OMVSAPPL that the seed permits without
 * defining (a z/OS system has them protected; Top Secret refuses a PERMIT of an unowned resource),
 * and the facility display of the ZOWE
 * facility the seed adds to the TSSPARMS (FACILITY(ZOWE=MODE=FAIL), FACILITY(ZOWE=RES)), which
 * no command creates.
 */
class Seed000TssSetupPassesTest {

    @TempDir
    Path tmp;

    @Test
    void everyApplicableRequirementPasses() throws Exception {
        Path system = Files.writeString(tmp.resolve("1-system.tss"), String.join("\n",
                "TSS CREATE(SYSDEPT) TYPE(DEPT) NAME('SYSTEMS')",
                "TSS CREATE(TCPIP) TYPE(USER) NAME('TCPIP STACK') DEPT(SYSDEPT)",
                "TSS CREATE(SYSOWNER) TYPE(USER) NAME('SYSTEM RESOURCES') DEPT(SYSDEPT)",
                "TSS ADD(SYSOWNER) IBMFAC(IRR.)",
                "TSS ADD(SYSOWNER) APPL(OMVSAPPL)", ""));
        Path parms = Files.writeString(tmp.resolve("0-tssparms.txt"), String.join("\n",
                "* TSSPARMS: the control options that decide access",
                "AUTH(OVERRIDE,ALLOVER)",
                "MODE(FAIL)", ""));
        Path facility = Files.writeString(tmp.resolve("2-facility.txt"), String.join("\n",
                "FACILITY DISPLAY FOR ZOWE",
                "INITPGM=ZWE      ID=11 TYPE=100",
                "ATTRIBUTES=IN-USE,ACTIVE,SHRPRF,NOASUBM,NOABEND,MULTIUSER,NOXDEF",
                "ATTRIBUTES=NOPROMPT,NOAUDIT,RES,WARNPW,NOTSOC,LCFTRANS",
                "MODE=FAIL  DOWN=GLOBAL  LOGGING=INIT,SMF,MSG,SEC9",
                "TSS0300I  MODIFY   FUNCTION SUCCESSFUL", ""));
        Path seed = Files.copy(Path.of("src/test/resources/seed000-tss-setup.txt"), tmp.resolve("3-seed.tss"));
        InputResolver.Resolved resolved = new InputResolver(Esms.all()).resolve(List.of(parms, system, facility, seed), Optional.empty());
        Scanner.Loaded loaded = Scanner.load(resolved.inputs());
        assertEquals(0, loaded.stats().stream().mapToLong(s -> s.errors()).sum(),
                () -> loaded.stats().stream().flatMap(s -> s.problems().stream()).collect(Collectors.toList()).toString());
        ScanResult result = Scanner.evaluate(loaded, SiteSettings.builder().esm("TSS").asOf(LocalDate.of(2026, 1, 15)).build(),
                PolicyPack.embedded());
        List<Finding> notPassing = result.findings().stream()
                .filter(f -> f.status() != Status.PASS && f.status() != Status.MANUAL && f.status() != Status.NOT_APPLICABLE)
                .collect(Collectors.toList());
        assertEquals(List.of(), notPassing.stream().map(f -> f.id() + " " + f.subject() + ": " + f.evidence()).collect(Collectors.toList()));
        assertTrue(result.findings().stream().anyMatch(f -> f.id().equals("ZWE-TSS-FACILITY") && f.status() == Status.PASS));
        assertTrue(result.findings().stream().filter(f -> f.status() == Status.PASS).count() >= 10);
    }
}
