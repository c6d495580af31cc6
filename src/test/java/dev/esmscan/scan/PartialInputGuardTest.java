package dev.esmscan.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.esmscan.config.SiteSettings;
import dev.esmscan.esm.Esms;
import dev.esmscan.input.Reach;
import dev.esmscan.input.ReadStats;
import dev.esmscan.policy.Finding;
import dev.esmscan.policy.PolicyPack;
import dev.esmscan.policy.Status;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A damaged extract never yields a PASS: the scan says which input lost records. */
class PartialInputGuardTest {
    private static final Path SAMPLE = Path.of("sample-exports/racf");
    private static final PolicyPack PACK = PolicyPack.embedded();

    @TempDir
    Path dir;

    private static Map<String, Finding> scan(List<Path> inputs) {
        var resolved = new InputResolver(Esms.all()).resolve(inputs, Optional.empty());
        SiteSettings settings = SiteSettings.builder().asOf(LocalDate.of(2025, 3, 14)).build();
        return Scanner.scan(resolved.inputs(), settings, PACK).findings().stream()
                .collect(Collectors.toMap(f -> f.id() + " " + f.subject(), Function.identity()));
    }

    @Test
    void onePassPerDamagedReadBecomesErrorAndFailuresStay() throws IOException {
        List<String> lines = Files.readAllLines(SAMPLE.resolve("site.irrdbu00"), StandardCharsets.ISO_8859_1);
        lines.add(1, "02#0 ZWESVUSR CONNECT"); // a line whose record type was garbled in transfer
        Path damaged = Files.write(dir.resolve("site.irrdbu00"), lines, StandardCharsets.ISO_8859_1);
        Path setropts = SAMPLE.resolve("setropts.txt");

        Map<String, Finding> whole = scan(List.of(SAMPLE.resolve("site.irrdbu00"), setropts));
        Map<String, Finding> partial = scan(List.of(damaged, setropts));

        assertEquals(whole.keySet(), partial.keySet());
        int distrusted = 0;
        for (Map.Entry<String, Finding> e : whole.entrySet()) {
            Finding before = e.getValue();
            Finding after = partial.get(e.getKey());
            if (before.status() == Status.PASS) {
                assertEquals(Status.ERROR, after.status(), e.getKey());
                assertTrue(after.evidence().contains("1 problem in"), after.evidence());
                assertTrue(after.evidence().contains(damaged + ":2:"), after.evidence());
                distrusted++;
            } else {
                assertEquals(before.status(), after.status(), e.getKey());
            }
        }
        assertTrue(distrusted > 10, "passes distrusted: " + distrusted);
    }

    @Test
    void aWholeReadIsLeftAlone() {
        assertTrue(scan(List.of(SAMPLE.resolve("site.irrdbu00"), SAMPLE.resolve("setropts.txt"))).values().stream()
                .anyMatch(f -> f.status() == Status.PASS));
    }

    private static List<Finding> whole() {
        var resolved = new InputResolver(Esms.all()).resolve(List.of(SAMPLE), Optional.empty());
        SiteSettings settings = SiteSettings.builder().asOf(LocalDate.of(2025, 3, 14)).build();
        return Scanner.scan(resolved.inputs(), settings, PACK).findings();
    }

    @Test
    void aProblemThatCanOnlyChangeFacilityLeavesTheIdentityChecksAlone() {
        ReadStats stats = new ReadStats("setup.jcl", "commands");
        stats.problem(12, "not modelled", "RALTER FACILITY BPX.* NOTIFY(X): NOTIFY is not modelled", Reach.classes("FACILITY"));
        List<Finding> before = whole();
        List<Finding> after = PartialInputGuard.apply(before, List.of(stats));
        int identityPasses = 0;
        int facilityDistrusted = 0;
        for (int i = 0; i < before.size(); i++) {
            Finding b = before.get(i);
            Finding a = after.get(i);
            boolean readsFacility = b.requirement().reads().touches(Reach.classes("FACILITY"));
            if (b.status() == Status.PASS && readsFacility) {
                assertEquals(Status.ERROR, a.status(), b.id() + " " + b.subject());
                assertTrue(a.evidence().contains("setup.jcl:12:") && a.evidence().contains("class FACILITY"), a.evidence());
                facilityDistrusted++;
            } else {
                assertEquals(b.status(), a.status(), b.id() + " " + b.subject());
                identityPasses += b.status() == Status.PASS && b.id().startsWith("ZWE-ID-") ? 1 : 0;
            }
        }
        assertTrue(facilityDistrusted > 0, "FACILITY passes distrusted");
        assertTrue(identityPasses > 0, "identity passes kept");
    }

    @Test
    void noticesChangeNoVerdict() {
        ReadStats stats = new ReadStats("rerun.jcl", "commands");
        stats.notice(40, "refused", "ADDUSER ZWESVUSR: ICH01024I user already defined");
        stats.notice(41, "listing", "LISTUSER ZWESVUSR OMVS");
        List<Finding> before = whole();
        assertEquals(before, PartialInputGuard.apply(before, List.of(stats)));
    }

    @Test
    void whatMayLieBeyondACutInputDistrustsOnlyTheResultsReadingIt() {
        ReadStats stats = new ReadStats("site.irrdbu00", "irrdbu00");
        stats.unseen(Reach.classes("STARTED"), "the unload ends in class FACILITY; class STARTED and later would follow");
        List<Finding> before = whole();
        List<Finding> after = PartialInputGuard.apply(before, List.of(stats));
        for (int i = 0; i < before.size(); i++) {
            Finding b = before.get(i);
            boolean distrusted = b.status() == Status.PASS && b.requirement().reads().touches(Reach.classes("STARTED"));
            assertEquals(distrusted ? Status.ERROR : b.status(), after.get(i).status(), b.id() + " " + b.subject());
            if (distrusted) {
                assertTrue(after.get(i).evidence().contains("may be cut short: the unload ends in class FACILITY"), after.get(i).evidence());
            }
        }
    }
}
