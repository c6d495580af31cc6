package dev.esmscan.acf2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.esmscan.config.SiteSettings;
import dev.esmscan.esm.Esms;
import dev.esmscan.model.AccessDecision;
import dev.esmscan.model.AccessLevel;
import dev.esmscan.model.AccessOutcome;
import dev.esmscan.model.AccessResolver;
import dev.esmscan.model.ResourceProfile;
import dev.esmscan.policy.Finding;
import dev.esmscan.policy.PolicyPack;
import dev.esmscan.policy.Status;
import dev.esmscan.remediation.Verification;
import dev.esmscan.scan.InputResolver;
import dev.esmscan.scan.ScanResult;
import dev.esmscan.scan.Scanner;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled ACF2 sample site: its deliberate mistakes are found, and the generated job fixes what it can. */
class Acf2SampleSiteTest {
    private static Scanner.Loaded loaded;
    private static AccessResolver access;

    @BeforeAll
    static void load() {
        var resolved = new InputResolver(Esms.all()).resolve(List.of(Path.of("sample-exports/acf2")), Optional.empty());
        loaded = Scanner.load(resolved.inputs());
        access = loaded.resolver();
    }

    @Test
    void readsAMidSizeSiteWithoutErrors() {
        assertEquals("ACF2", loaded.esm().name());
        assertTrue(loaded.model().users().size() >= 60, "users: " + loaded.model().users().size());
        loaded.stats().forEach(s -> assertEquals(0, s.errors(), s.path() + " " + s.problems()));
    }

    @Test
    void deliberateAccessFindings() {
        assertEquals(AccessOutcome.DENIED, decide("BPX.SERVER", AccessLevel.UPDATE).outcome(), "ROLE line in a UID rule set");
        assertTrue(decide("BPX.SERVER", AccessLevel.UPDATE).explanation().contains("ROLE lines are not counted"));
        assertTrue(decide("BPX.DAEMON", AccessLevel.UPDATE).isGranted());
        assertEquals("generic", decide("BPX.JOBNAME", AccessLevel.READ).profile().isGeneric() ? "generic" : "discrete",
                "JOBNAME landed in TYPE(APL); FAC's catch-all decides");
        assertEquals(AccessOutcome.DENIED, decide("IRR.IDIDMAP.QUERY", AccessLevel.READ).outcome(), "SERVICE(UPDATE) only");
        assertEquals(AccessOutcome.DENIED, decide("IRR.RAUDITX", AccessLevel.READ).outcome());
        assertEquals("IRR.RAUDITX", decide("IRR.RAUDITX", AccessLevel.READ).profile().getName());
        assertTrue(decide("IRR.RUSERMAP", AccessLevel.READ).isGranted());
        assertTrue(access.decide("ZWESVUSR", "APPL", "OMVSAPPL", AccessLevel.READ).isGranted());
        assertEquals(AccessOutcome.DENIED, access.decide("ZWESVUSR", "CSFSERV", "CSFRNGL", AccessLevel.READ).outcome(),
                "no rule set: a NO-RULE violation");
        ResourceProfile zwesis = access.decidingProfile("FACILITY", "ZWES.IS");
        assertEquals(AccessLevel.READ, zwesis.entryFor("*").level(), "ROLE(-) reaches every holder of a role");
    }

    @Test
    void deliberateIdentityFindings() {
        assertTrue(access.startedTask("ZWESLSTC").isEmpty(), "only the v1 name STC.ZWESVSTC is defined");
        assertEquals("ZWESVUSR", access.startedTask("ZWESVSTC").orElseThrow().user());
        assertTrue(access.startedTask("ZWESISTC").orElseThrow().trusted(), "ZWESIUSR has NON-CNCL");
        assertTrue(loaded.model().user("ZWESIUSR").orElseThrow().isOperations());
        assertEquals(null, loaded.model().user("ZWESVUSR").orElseThrow().getOmvs().program());
        assertTrue(loaded.model().user("SYSPRG2").orElseThrow().isRevokeFlag());
    }

    @Test
    void scanGivesAcf2EvidenceAndTheJobFixesWhatItCan() {
        SiteSettings settings = SiteSettings.builder().asOf(LocalDate.of(2026, 1, 15)).build();
        ScanResult result = Scanner.evaluate(loaded, settings, PolicyPack.embedded());
        Finding jobname = find(result, "ZWE-FAC-JOBNAME");
        assertEquals(Status.FAIL, jobname.status());
        assertTrue(jobname.evidence().contains("$KEY(BPX) TYPE(FAC)"), jobname.evidence());
        Verification.Report report = Verification.verify(loaded, result, settings, PolicyPack.embedded());
        assertEquals(List.of(), report.rejected());
        assertTrue(report.allFixed(), report.outcomes().toString());
        assertTrue(report.job().contains("\nACF\n") && report.job().contains("\nEND\n$$"), report.job());
        assertFalse(BatchJobLines.commands(report.job()).stream().anyMatch(l -> l.startsWith("F ACF2")),
                "operator commands are comments in the ACF stream");
    }

    private static Finding find(ScanResult r, String id) {
        return r.findings().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
    }

    private static AccessDecision decide(String resource, AccessLevel level) {
        return access.decide("ZWESVUSR", "FACILITY", resource, level);
    }

    /** The SYSTSIN lines of a job. */
    private static final class BatchJobLines {
        static List<String> commands(String jcl) {
            return dev.esmscan.remediation.BatchJob.systsin(jcl).lines().toList();
        }
    }
}
