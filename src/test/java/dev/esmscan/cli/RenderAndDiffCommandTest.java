package dev.esmscan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderAndDiffCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private Path fixture(String name) throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/dev/esmscan/report/fixture-report.json")) {
            return Files.write(tmp.resolve(name), in.readAllBytes());
        }
    }

    private Path withStatus(Path report, String name, String id, String subject, String status) throws Exception {
        ObjectNode tree = (ObjectNode) JSON.readTree(report.toFile());
        for (JsonNode r : tree.get("results")) {
            if (r.get("id").asText().equals(id) && r.get("subject").asText().equals(subject)) {
                ((ObjectNode) r).put("status", status);
            }
        }
        return Files.write(tmp.resolve(name), JSON.writeValueAsBytes(tree));
    }

    @Test
    void renderWritesEveryFormatFromASavedReport() throws Exception {
        Path out = tmp.resolve("out");
        CliRunner run = CliRunner.run("render", fixture("report.json").toString(), "--format", "html,sarif,junit,csv,md,text,json",
                "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of("report.csv", "report.html", "report.json", "report.junit.xml", "report.md", "report.sarif", "report.txt"),
                    files.map(p -> p.getFileName().toString()).sorted().toList(), "no temporary file left behind");
        }
        assertEquals(JSON.readTree(tmp.resolve("report.json").toFile()), JSON.readTree(out.resolve("report.json").toFile()));
        assertTrue(Files.readString(out.resolve("report.html")).startsWith("<!DOCTYPE html>"));
    }

    @Test
    void renderRefusesWhatIsNotAReportAndWritesNothing() throws Exception {
        Path out = tmp.resolve("out");
        Path notes = Files.writeString(tmp.resolve("notes.json"), "{\"hello\": 1}");
        CliRunner run = CliRunner.run("render", notes.toString(), "--format", "html", "--out", out.toString());
        assertEquals(12, run.exitCode());
        assertTrue(run.err().contains("notes.json: not an esmscan report"), run.err());
        Path broken = Files.writeString(tmp.resolve("broken.json"), "{\n  \"schema\": \"esmscan-report/1\",\n  \"results\": [\n");
        run = CliRunner.run("render", broken.toString(), "--out", out.toString());
        assertEquals(12, run.exitCode());
        assertTrue(run.err().contains("broken.json:4: not valid JSON"), run.err());
        assertEquals(12, CliRunner.run("render", fixture("r.json").toString(), "--format", "pdf", "--out", out.toString()).exitCode());
        assertFalse(Files.exists(out));
    }

    @Test
    void diffExitsZeroWhenNothingGotWorse() throws Exception {
        Path old = fixture("old.json");
        Path better = withStatus(old, "better.json", "ZWE-FAC-JOBNAME", "ZWESVUSR", "PASS");
        CliRunner run = CliRunner.run("diff", old.toString(), better.toString());
        assertEquals(0, run.exitCode(), run.out());
        assertTrue(run.out().contains("Resolved (1)\n  ZWE-FAC-JOBNAME  ZWESVUSR  [high]  FAIL -> PASS\n"), run.out());
        assertTrue(run.out().endsWith("Nothing got worse.\nesmscan diff: exit 0: nothing got worse\n"), run.out());
        assertEquals(0, CliRunner.run("diff", old.toString(), old.toString()).exitCode());
    }

    @Test
    void diffExitsFourWhenSomethingGotWorse() throws Exception {
        Path old = fixture("old.json");
        Path worse = withStatus(old, "worse.json", "ZWE-FAC-ZWESIS", "ZWESVUSR", "FAIL");
        CliRunner run = CliRunner.run("diff", old.toString(), worse.toString());
        assertEquals(4, run.exitCode(), run.out());
        assertTrue(run.out().contains("New failures (1)\n  ZWE-FAC-ZWESIS  ZWESVUSR  [high]  PASS -> FAIL\n"), run.out());
        Path expired = withStatus(old, "expired.json", "ZWE-ID-STC-USER", "ZWESVUSR", "FAIL");
        assertEquals(4, CliRunner.run("diff", old.toString(), expired.toString()).exitCode(), "a waiver that lapsed is worse");
    }

    @Test
    void diffOfUnreadableInputIsAnInputError() throws Exception {
        CliRunner run = CliRunner.run("diff", fixture("old.json").toString(), tmp.resolve("missing.json").toString());
        assertEquals(12, run.exitCode());
        assertTrue(run.err().contains("missing.json: no such file"), run.err());
    }

    @Test
    void diffHelpDocumentsTheExitCodes() {
        CliRunner run = CliRunner.run("diff", "--help");
        assertTrue(run.out().matches("(?s).*\\n  0 +the same scope, and nothing got worse.*"), run.out());
        assertTrue(run.out().matches("(?s).*\\n  4 +the scope changed .*or a\\s+result got worse.*"), run.out());
    }

    @Test
    void malformedWaiversStopTheScanBeforeItStartsWithFileAndLine() throws Exception {
        Path waivers = Files.writeString(tmp.resolve("waivers.yaml"), "- id: ZWE-FAC-JOBNAME\n  justification: ok\n  approved_by: me\n  expires: 2026-13-01\n");
        Path out = tmp.resolve("out");
        CliRunner run = CliRunner.run("scan", "--waivers", waivers.toString(), "--out", out.toString());
        assertEquals(12, run.exitCode());
        assertTrue(run.err().contains(waivers + ":4: expires '2026-13-01' is not a valid date"), run.err());
        assertFalse(Files.exists(out));
    }
}
