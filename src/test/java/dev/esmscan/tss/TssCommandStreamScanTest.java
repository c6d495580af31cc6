package dev.esmscan.tss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.esmscan.config.SiteSettings;
import dev.esmscan.esm.Esms;
import dev.esmscan.input.ExtractReader;
import dev.esmscan.input.ReadStats;
import dev.esmscan.policy.Finding;
import dev.esmscan.policy.PolicyPack;
import dev.esmscan.policy.Status;
import dev.esmscan.remediation.Verification;
import dev.esmscan.scan.InputResolver;
import dev.esmscan.scan.ScanResult;
import dev.esmscan.scan.Scanner;
import dev.esmscan.remediation.BatchJob;
import dev.esmscan.tss.command.TssCommand;
import dev.esmscan.tss.command.TssCommandFileReader;
import dev.esmscan.tss.command.TssCommandParser;
import dev.esmscan.tss.read.TssOutputReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Command streams as a site runs them, through the whole scan: the undo of a setup, and the one
 * remediation job that puts back every fixable failure when the site's Top Secret assigns UIDs
 * and GIDs from a default range (esmscan.yaml tssDefaultIdRange).
 */
class TssCommandStreamScanTest {
    private static final Path LISTING = TssInputs.resource("streams/site-after-setup.txt");
    private static final Path UNDO = TssInputs.resource("streams/zowe-undo-systsin.txt");

    @TempDir
    Path tmp;

    private static Scanner.Loaded load(Path... files) {
        return Scanner.load(new InputResolver(Esms.all()).resolve(List.of(files), Optional.empty()).inputs());
    }

    private static SiteSettings.Builder site() {
        return SiteSettings.builder().esm("TSS").asOf(LocalDate.of(2026, 1, 15)).tssOwnerAcid("FACOWNR").tssDepartment("ZOWEDEPT");
    }

    @Test
    void afterTheUndoOneJobFixesEveryFixableFailureWhenTheSiteHasADefaultIdRange() {
        Scanner.Loaded loaded = load(LISTING, UNDO);
        assertEquals(0, loaded.stats().stream().mapToLong(ReadStats::errors).sum());
        SiteSettings settings = site().tssDefaultIdRange(true).build();
        ScanResult scan = Scanner.evaluate(loaded, settings, PolicyPack.embedded());
        assertTrue(scan.findings().stream().noneMatch(f -> f.status() == Status.ERROR));
        Verification.Report report = Verification.verify(loaded, scan, settings, PolicyPack.embedded());
        assertEquals(List.of(), report.rejected());
        List<String> ids = report.outcomes().stream().map(o -> o.before().id() + " " + o.before().subject()).toList();
        assertTrue(ids.containsAll(List.of("ZWE-ID-STC-USER ZWESVUSR", "ZWE-ID-ZIS-USER ZWESIUSR", "ZWE-ID-ADMIN-GROUP ZWEADMIN",
                "ZWE-FAC-BPXDAEMON ZWESVUSR", "ZWE-FAC-ZWESIS ZWESVUSR", "ZWE-STC-ZOWE ZWESLSTC")), ids.toString());
        assertEquals(List.of(), report.outcomes().stream().filter(o -> !o.fixed())
                .map(o -> o.before().id() + " " + o.before().subject() + " -> " + o.after() + ": " + o.evidenceAfter()).toList(), report.job());
        assertTrue(report.allFixed());
        String job = TssCommandParser.parse(BatchJob.systsin(report.job())).commands().stream().map(TssCommand::text)
                .collect(Collectors.joining("\n"));
        assertTrue(job.contains("TSS ADD(ZWESVUSR) GROUP(ZWEADMIN) DFLTGRP(ZWEADMIN) HOME(/tmp) OMVSPGM(/bin/sh) UID(?)"), job);
        assertTrue(job.contains("TSS ADD(ZWEADMIN) GID(?)"), job);
        assertTrue(job.indexOf("TSS CREATE(ZWESVUSR)") < job.indexOf("TSS PERMIT(ZWESVUSR) IBMFAC(BPX.DAEMON) ACCESS(UPDATE)"),
                "the ACID is defined before its permits, in the same job");
        assertFalse(job.contains("_ID>"), job);
    }

    @Test
    void withoutADefaultRangeTheUidIsLeftToAPersonAndNoPlaceholderIsWritten() {
        Scanner.Loaded loaded = load(LISTING, UNDO);
        ScanResult scan = Scanner.evaluate(loaded, site().build(), PolicyPack.embedded());
        Finding user = scan.findings().stream().filter(f -> f.id().equals("ZWE-ID-STC-USER") && f.subject().equals("ZWESVUSR"))
                .findFirst().orElseThrow();
        assertEquals(Status.FAIL, user.status());
        assertEquals(List.of(), user.remediation());
        assertTrue(user.evidence().contains("a person must act") && user.evidence().contains("UID(nnn)"), user.evidence());
        assertTrue(scan.findings().stream().flatMap(f -> f.remediation().stream()).noneMatch(c -> c.contains("_ID>") || c.contains("(nnn)")));
    }

    @Test
    void aUidTopSecretAssignsIsAnAssumptionOfTheInput() throws Exception {
        Path stream = Files.writeString(tmp.resolve("auto.txt"), """
                  TSS CREATE(ZWEXUSR) TYPE(USER) PROTECTED NAME('EXTRA') DEPT(ZOWEDEPT)
                  TSS ADD(ZWEXUSR) GROUP(ZWEADMIN) DFLTGRP(ZWEADMIN) UID(?)
                """, StandardCharsets.ISO_8859_1);
        ReadStats s = load(LISTING, stream).stats().get(1);
        assertEquals(0, s.errors());
        assertEquals(1, s.assumptions().size(), s.assumptions().toString());
        assertTrue(s.assumptions().get(0).startsWith("line 2: ADD(ZWEXUSR) UID(?): Top Secret assigns the first unused positive UID"),
                s.assumptions().get(0));
    }

    @Test
    void aCommentThatQuotesOutputDoesNotMakeAStreamOutput() throws Exception {
        Path f = Files.writeString(tmp.resolve("quoting.txt"), """
                /* before: ACCESSORID = ZWESVUSR  NAME = ZOWE MAIN SERVER            */
                /* TSS0300I  LIST     FUNCTION SUCCESSFUL                           */
                  TSS LIST(ZWESVUSR) DATA(ALL)
                  TSS ADD(ZWESVUSR) FAC(STC)
                """, StandardCharsets.ISO_8859_1);
        byte[] head = Files.readAllBytes(f);
        ExtractReader output = new TssOutputReader();
        assertFalse(output.accepts(head));
        assertTrue(new TssCommandFileReader().accepts(head));
    }

    @Test
    void notModelledCommandsMakeAnErrorOnlyOfTheResultsThatReadWhatTheyCouldChange() throws Exception {
        Path stream = Files.writeString(tmp.resolve("conditional.txt"), """
                  TSS PERMIT(ZWESVUSR) IBMFAC(BPX.JOBNAME) ACCESS(READ) PRIVPGM(ZWESVSTC)
                """, StandardCharsets.ISO_8859_1);
        Scanner.Loaded loaded = load(LISTING, stream);
        ReadStats s = loaded.stats().stream().filter(x -> x.path().endsWith("conditional.txt")).findFirst().orElseThrow();
        assertEquals(1, s.errors());
        assertEquals("class FACILITY", s.damage().describe());
        ScanResult scan = Scanner.evaluate(loaded, site().build(), PolicyPack.embedded());
        ScanResult without = Scanner.evaluate(load(LISTING), site().build(), PolicyPack.embedded());
        for (String[] r : new String[][] {{"ZWE-ID-STC-USER", "ZWESVUSR"}, {"ZWE-ID-PROTECTED", "ZWESVUSR"}, {"ZWE-STC-ZOWE", "ZWESLSTC"}}) {
            assertEquals(Status.PASS, status(scan, r[0], r[1]), r[0] + " reads no FACILITY: the problem leaves it alone");
        }
        for (String[] r : new String[][] {{"ZWE-FAC-JOBNAME", "ZWESVUSR"}, {"ZWE-FAC-BPXDAEMON", "ZWESVUSR"}}) {
            assertEquals(Status.PASS, status(without, r[0], r[1]));
            assertEquals(Status.ERROR, status(scan, r[0], r[1]), r[0] + " reads FACILITY: its PASS cannot be trusted");
        }
        assertTrue(scan.findings().stream().filter(f -> f.status() == Status.PASS).noneMatch(f -> f.id().startsWith("ZWE-FAC-")),
                scan.findings().stream().filter(f -> f.status() == Status.PASS).map(f -> f.id() + " " + f.subject()).collect(Collectors.joining(", ")));
    }

    private static Status status(ScanResult scan, String id, String subject) {
        return scan.findings().stream().filter(f -> f.id().equals(id) && f.subject().equals(subject)).findFirst().orElseThrow().status();
    }
}
