package dev.esmscan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a user meets: the real unload and the bundled sample read whole; the sample cut during a
 * transfer, shuffled, given twice, or replaced by a file nothing can be read from.
 */
class InputCompletenessCommandTest {
    private static final Path SAMPLE = Path.of("sample-exports/racf");

    @TempDir
    Path dir;

    @Test
    void theRealUnloadReadsWholeWithoutAHorizonOrACaveat() throws IOException {
        CliRunner run = CliRunner.run("scan", CliRunner.adcd(), "--out", dir.resolve("out").toString());
        assertFalse(run.out().contains("may be cut short"), run.out());
        assertFalse(run.out().contains("CAVEAT"), run.out());
        JsonNode input = report().get("inputs").get(0);
        assertEquals(0, input.get("errors").asLong());
        assertTrue(input.path("horizon").isMissingNode());
        assertTrue(input.path("caveats").isMissingNode());
    }

    @Test
    void theSampleCutDuringTheTransferWarnsAboveTheResultsAndPassesNothingItCannotSee() throws IOException {
        Path folder = sampleCopy();
        List<String> lines = Files.readAllLines(folder.resolve("site.irrdbu00"), StandardCharsets.ISO_8859_1);
        Files.write(folder.resolve("site.irrdbu00"), lines.subList(0, 1000), StandardCharsets.ISO_8859_1);
        CliRunner run = CliRunner.run("scan", folder.toString(), "--out", dir.resolve("out").toString());
        assertEquals(8, run.exitCode(), run.err());
        assertTrue(run.out().contains("WARNING: " + folder.resolve("site.irrdbu00") + " may be cut short: the unload ends among the users"),
                run.out());
        assertTrue(run.out().indexOf("may be cut short") < run.out().indexOf("summary:"));
        for (JsonNode r : report().get("results")) {
            assertFalse(r.get("status").asText().equals("PASS"), r.toString());
        }
    }

    @Test
    void aShuffledUnloadKeepsItsVerdictsWithACaveatAndStrictStops() throws IOException {
        Path folder = sampleCopy();
        List<String> lines = new ArrayList<>(Files.readAllLines(folder.resolve("site.irrdbu00"), StandardCharsets.ISO_8859_1));
        Collections.shuffle(lines, new Random(7));
        Files.write(folder.resolve("site.irrdbu00"), lines, StandardCharsets.ISO_8859_1);
        CliRunner whole = CliRunner.run("scan", SAMPLE.toString(), "--format", "json", "--out", dir.resolve("whole").toString());
        JsonNode expected = read(dir.resolve("whole/report.json")).get("results");
        CliRunner run = CliRunner.run("scan", folder.toString(), "--out", dir.resolve("out").toString());
        assertEquals(whole.exitCode(), run.exitCode(), run.err());
        assertEquals(verdicts(expected), verdicts(report().get("results")));
        assertTrue(run.out().contains("CAVEAT: " + folder.resolve("site.irrdbu00") + ": the records are not in the order IRRDBU00 writes them"),
                run.out());
        Path used = dir.resolve("used.irrdbu00");
        Files.write(used, lines.stream().filter(l -> !l.startsWith("0220 ")).toList(), StandardCharsets.ISO_8859_1);
        CliRunner strict = CliRunner.run("scan", used.toString(), "--strict", "--out", dir.resolve("strict").toString());
        assertEquals(12, strict.exitCode());
        assertTrue(strict.err().contains("--strict: ") && strict.err().contains("not in the order IRRDBU00 writes them"), strict.err());
    }

    @Test
    void aBackupCopyBesideTheUnloadIsNamedAsSuchAndReadOnce() throws IOException {
        Path folder = sampleCopy();
        Files.copy(folder.resolve("site.irrdbu00"), folder.resolve("site.irrdbu00.bak"));
        CliRunner run = CliRunner.run("scan", folder.toString(), "--out", dir.resolve("out").toString());
        CliRunner alone = CliRunner.run("scan", SAMPLE.toString(), "--format", "json", "--out", dir.resolve("alone").toString());
        assertEquals(alone.exitCode(), run.exitCode(), run.err());
        assertEquals(read(dir.resolve("alone/report.json")).get("results"), report().get("results"));
        assertTrue(run.out().contains(folder.resolve("site.irrdbu00.bak") + " repeats 1,855 records of " + folder.resolve("site.irrdbu00")
                + ": the files are identical, so they were read once"), run.out());
        assertFalse(run.out().contains("may be cut short") || run.out().contains("partial input"), run.out());
    }

    @Test
    void anOlderCopyThatDiffersIsOneProblemNotOnePerRecord() throws IOException {
        Path folder = sampleCopy();
        List<String> lines = Files.readAllLines(folder.resolve("site.irrdbu00"), StandardCharsets.ISO_8859_1);
        Files.write(folder.resolve("site.irrdbu00.old"), lines.subList(0, lines.size() - 3), StandardCharsets.ISO_8859_1);
        CliRunner.run("scan", folder.toString(), "--out", dir.resolve("out").toString());
        JsonNode old = null;
        for (JsonNode input : report().get("inputs")) {
            if (input.get("path").asText().endsWith(".old")) {
                old = input;
            }
        }
        assertEquals(1, old.get("errors").asLong(), old.toString());
        assertTrue(old.get("problems").get(0).asText().contains("repeats 4") && old.get("problems").get(0).asText()
                .contains("users, groups and profiles that an earlier input already defined"), old.toString());
    }

    @Test
    void aFileNothingCanBeReadFromIsNoInput() throws IOException {
        Path junk = dir.resolve("junk.irrdbu00");
        Files.writeString(junk, ("0200 " + " ".repeat(100) + "\n").repeat(7));
        CliRunner run = CliRunner.run("scan", junk.toString(), "--out", dir.resolve("out").toString());
        assertEquals(12, run.exitCode(), run.out());
        assertTrue(run.err().contains(junk + ": nothing in it could be read (7 problems, the first: " + junk
                + ":1: USBD_NAME is blank or missing; record not used): it is not an input"), run.err());
        assertFalse(Files.exists(dir.resolve("out/report.json")));
    }

    /** "ID / subject: STATUS" per result: the evidence may list the entries of a shuffled access list in another order. */
    private static List<String> verdicts(JsonNode results) {
        List<String> out = new ArrayList<>();
        results.forEach(r -> out.add(r.get("id").asText() + " / " + r.get("subject").asText() + ": " + r.get("status").asText()));
        return out;
    }

    private Path sampleCopy() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("site"));
        for (String name : List.of("site.irrdbu00", "setropts.txt", "esmscan.yaml", "zowe.yaml")) {
            Files.copy(SAMPLE.resolve(name), folder.resolve(name));
        }
        return folder;
    }

    private JsonNode report() throws IOException {
        return read(dir.resolve("out/report.json"));
    }

    private static JsonNode read(Path file) throws IOException {
        return new ObjectMapper().readTree(file.toFile());
    }
}
