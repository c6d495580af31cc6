package dev.esmscan.remediation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.esmscan.config.SiteSettings;
import dev.esmscan.esm.Esms;
import dev.esmscan.policy.PolicyPack;
import dev.esmscan.policy.Status;
import dev.esmscan.scan.InputResolver;
import dev.esmscan.scan.ScanResult;
import dev.esmscan.scan.Scanner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * verify counts what the job fixed on the records read, also when the input has problems that
 * keep the report's verdicts ERROR: it says so per result instead of "0 fixed".
 */
class VerificationOnDamagedInputTest {
    private static final Path SAMPLE = Path.of("sample-exports/racf");

    @Test
    void aDamagedInputStillShowsWhatTheJobFixed(@TempDir Path dir) throws IOException {
        List<String> lines = Files.readAllLines(SAMPLE.resolve("site.irrdbu00"), StandardCharsets.ISO_8859_1);
        lines.add(1, "02#0 ZWESVUSR CONNECT");
        Path damaged = Files.write(dir.resolve("site.irrdbu00"), lines, StandardCharsets.ISO_8859_1);
        Scanner.Loaded loaded = Scanner.load(new InputResolver(Esms.all())
                .resolve(List.of(damaged, SAMPLE.resolve("setropts.txt")), Optional.empty()).inputs());
        SiteSettings settings = SiteSettings.builder().asOf(LocalDate.of(2026, 1, 15)).build();
        PolicyPack pack = PolicyPack.embedded();
        ScanResult scan = Scanner.evaluate(loaded, settings, pack);

        Verification.Report report = Verification.verify(loaded, scan, settings, pack);

        assertTrue(report.outcomes().size() > 5, "fixable failures: " + report.outcomes().size());
        assertEquals(List.of(), report.outcomes().stream().filter(o -> !o.fixed())
                .map(o -> o.before().id() + " " + o.before().subject() + ": " + o.evidenceAfter()).toList());
        assertTrue(report.outcomes().stream().allMatch(o -> o.distrust() != null && o.distrust().contains("cannot be trusted")),
                "each fix is marked as resting on a damaged input");
        assertTrue(report.rescan().findings().stream().noneMatch(f -> f.status() == Status.PASS),
                "the report itself still distrusts every PASS");
    }
}
