package dev.esmscan.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.esmscan.config.SiteSettings;
import dev.esmscan.esm.Esms;
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
}
