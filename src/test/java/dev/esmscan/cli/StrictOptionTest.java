package dev.esmscan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StrictOptionTest {
    private static final Path SITE = Path.of("sample-exports/racf/site.irrdbu00");

    @TempDir
    Path dir;

    @Test
    void strictStopsWhenRecordsOfAnUnusedTypeWereSkipped() {
        CliRunner run = CliRunner.run("scan", SITE.toString(), "--strict", "--out", dir.resolve("out").toString());
        assertEquals(12, run.exitCode(), run.err());
        assertTrue(run.err().contains("--strict") && run.err().contains("site.irrdbu00") && run.err().contains("0220"), run.err());
    }

    @Test
    void withoutStrictTheSameInputScans() {
        CliRunner run = CliRunner.run("scan", SITE.toString(), "--out", dir.resolve("out").toString());
        assertTrue(run.exitCode() != 12, run.err());
    }

    @Test
    void strictAcceptsAnUnloadWhoseEveryRecordWasRead() throws IOException {
        Path clean = dir.resolve("clean.irrdbu00");
        List<String> used = Files.readAllLines(SITE, StandardCharsets.ISO_8859_1).stream()
                .filter(l -> !l.startsWith("0220 ")).collect(Collectors.toList());
        Files.write(clean, used, StandardCharsets.ISO_8859_1);
        CliRunner run = CliRunner.run("access", clean.toString(), "--strict", "--id", "IBMUSER", "--class", "FACILITY", "--resource", "BPX.DAEMON");
        assertTrue(run.exitCode() != 12, run.err());
    }

    @Test
    void strictStopsOnAnUnreadableRecordInRemediate() throws IOException {
        Path damaged = dir.resolve("damaged.irrdbu00");
        List<String> lines = Files.readAllLines(SITE, StandardCharsets.ISO_8859_1).stream()
                .filter(l -> !l.startsWith("0220 ")).collect(Collectors.toList());
        lines.add(5, "#### not a record");
        Files.write(damaged, lines, StandardCharsets.ISO_8859_1);
        CliRunner run = CliRunner.run("remediate", damaged.toString(), "--strict", "--out", dir.resolve("job").toString());
        assertEquals(12, run.exitCode(), run.err());
        assertTrue(run.err().contains("1 unreadable") && run.err().contains("damaged.irrdbu00:6"), run.err());
    }
}
