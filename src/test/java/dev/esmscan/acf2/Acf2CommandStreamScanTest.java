package dev.esmscan.acf2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.esmscan.config.SiteSettings;
import dev.esmscan.esm.Esms;
import dev.esmscan.input.Reach;
import dev.esmscan.policy.Finding;
import dev.esmscan.policy.PolicyPack;
import dev.esmscan.policy.Requirement;
import dev.esmscan.policy.Status;
import dev.esmscan.scan.InputResolver;
import dev.esmscan.scan.ScanResult;
import dev.esmscan.scan.Scanner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A whole scan of a site listing plus an ACF2 command stream: what the stream's problems may and may not taint. */
class Acf2CommandStreamScanTest {
    private static final Path SITE = Path.of("src/test/resources/acf2/streams/site-with-zowe.txt");
    private static final PolicyPack PACK = PolicyPack.embedded();

    @TempDir
    Path tmp;

    private ScanResult scan(Path... inputs) {
        InputResolver.Resolved resolved = new InputResolver(Esms.all()).resolve(List.of(inputs), Optional.empty());
        Scanner.Loaded loaded = Scanner.load(resolved.inputs());
        return Scanner.evaluate(loaded, SiteSettings.builder().esm("ACF2").asOf(LocalDate.of(2026, 1, 15)).build(), PACK);
    }

    private static Map<String, Status> byResult(ScanResult r) {
        return r.findings().stream().collect(Collectors.toMap(f -> f.id() + " " + f.subject(), Finding::status, (a, b) -> a));
    }

    @Test
    void aFacRuleThatCannotBeModelledTaintsEveryFacilityResultAndNoIdentityResult() throws Exception {
        Path stream = Files.writeString(tmp.resolve("fac.acf2"), String.join("\n",
                "ACF",
                "* the BPX rules as the site keeps them in its rule library",
                "SET RESOURCE(FAC)",
                "COMPILE 'SYS9.ACF2.RULES(BPX)' STORE",
                "F ACF2,REBUILD(FAC)", ""));
        ScanResult before = scan(SITE);
        ScanResult after = scan(SITE, stream);
        Map<String, Status> was = byResult(before);
        Map<String, Requirement> requirements = PACK.catalogue().requirements().stream()
                .collect(Collectors.toMap(Requirement::id, r -> r));
        List<String> facilityPasses = new ArrayList<>();
        int identityOnly = 0;
        int facilityPassedBefore = 0;
        for (Finding f : after.findings()) {
            Reach reads = requirements.get(f.id()).reads();
            Status then = was.get(f.id() + " " + f.subject());
            if (reads.touches(Reach.classes("FACILITY"))) {
                if (f.status() == Status.PASS) {
                    facilityPasses.add(f.id() + " " + f.subject());
                }
                if (then == Status.PASS) {
                    facilityPassedBefore++;
                    assertEquals(Status.ERROR, f.status(), f.id() + " " + f.subject() + ": " + f.evidence());
                }
            } else if (!reads.isEverything()) {
                identityOnly++;
                assertEquals(then, f.status(), f.id() + " " + f.subject() + " does not read FACILITY: " + f.evidence());
            }
        }
        assertEquals(List.of(), facilityPasses, "a FACILITY result that passes although a FAC rule could not be modelled");
        assertTrue(facilityPassedBefore >= 8, "the site passes the FACILITY requirements without the stream: " + facilityPassedBefore);
        assertTrue(identityOnly >= 10, "identity and STARTED results stand: " + identityOnly);
        assertEquals(Status.PASS, byResult(after).get("ZWE-ID-STC-USER ZWESVUSR"));
        assertNotEquals(Status.PASS, byResult(after).get("ZWE-FAC-BPXDAEMON ZWESVUSR"));
    }
}
