package dev.esmscan.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run that fails leaves the previous report as it was, and nothing else in --out is touched. */
class OutputSafetyTest {
    @TempDir
    Path dir;

    @Test
    void aFailedRunLeavesThePreviousReportAndTheFolderAlone() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        Path notes = Files.writeString(out.resolve("auditor-notes.txt"), "Q3 audit, do not delete\n");
        CliRunner first = CliRunner.run("scan", "sample-exports/racf", "--format", "json,html", "--out", out.toString());
        assertTrue(first.exitCode() < 12, first.err());
        byte[] report = Files.readAllBytes(out.resolve("report.json"));
        byte[] page = Files.readAllBytes(out.resolve("report.html"));

        Path broken = Files.writeString(dir.resolve("broken.irrdbu00"), "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n");
        CliRunner second = CliRunner.run("scan", broken.toString(), "--format", "json,html", "--out", out.toString());

        assertEquals(12, second.exitCode(), second.err());
        assertTrue(second.err().contains(broken.toString()), second.err());
        assertArrayEquals(report, Files.readAllBytes(out.resolve("report.json")));
        assertArrayEquals(page, Files.readAllBytes(out.resolve("report.html")));
        assertEquals("Q3 audit, do not delete\n", Files.readString(notes));
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(3, files.count(), "no temporary file left behind");
        }
    }
}
