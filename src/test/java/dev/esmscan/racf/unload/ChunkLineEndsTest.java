package dev.esmscan.racf.unload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.esmscan.input.ProfileScope;
import dev.esmscan.input.ReadOptions;
import dev.esmscan.input.ReadProgress;
import dev.esmscan.input.ReadStats;
import dev.esmscan.model.ModelDump;
import dev.esmscan.model.SecurityModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Line ends are found eight and 32 bytes at a time: lines of every length, blank lines, CRLF on some
 * lines only and a last line without a line end give the same model, counts and problems whatever
 * the chunk size, as one front-to-back read does.
 */
class ChunkLineEndsTest {
    private static final Path SAMPLE = Path.of("sample-exports/racf/site.irrdbu00");

    @TempDir
    Path dir;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void everyChunkSizeReadsAsOneRead(long seed) throws IOException {
        Path file = dir.resolve("mixed.irrdbu00");
        Files.writeString(file, mixedLineEnds(seed), StandardCharsets.ISO_8859_1);
        String expected = read(new Irrdbu00Reader(Integer.MAX_VALUE, 1), file);
        for (int chunk : new int[] {1, 7, 31, 32, 33, 63, 64, 65, 100, 4096}) {
            for (int threads : new int[] {1, 2}) {
                assertEquals(expected, read(new Irrdbu00Reader(chunk, threads), file), "chunks of " + chunk + " on " + threads + " threads");
            }
        }
    }

    /**
     * A byte 0x0B right after an LF looks like a second LF to the usual word test (the borrow of the
     * LF's zero byte): at every offset in a word, and on every chunk size, the line it starts is one
     * line without a record type, reported at its own line number.
     */
    @ParameterizedTest(name = "first line {0} bytes long")
    @ValueSource(ints = {6, 7, 8, 9, 10, 11, 12, 13, 14, 30, 31, 32, 33})
    void aVerticalTabAfterALineEndIsNoLineEnd(int firstLength) throws IOException {
        String first = "0100 " + "G".repeat(firstLength - 5);
        String text = first + "\n\u000b0200 VTUSER\n0100 OTHER\n";
        Path file = dir.resolve("vt.irrdbu00");
        Files.writeString(file, text, StandardCharsets.ISO_8859_1);
        for (int chunk : new int[] {1, 8, 64, Integer.MAX_VALUE}) {
            SecurityModel.Builder builder = SecurityModel.builder();
            ReadStats stats = new Irrdbu00Reader(chunk, 1).read(file, builder, new ReadOptions(ProfileScope.all(), ReadProgress.NONE));
            assertEquals(1, stats.errors(), () -> String.join("\n", stats.problems()));
            assertTrue(stats.problems().get(0).contains(":2: no record type"), stats.problems().get(0));
            assertTrue(builder.findUser("VTUSER").isEmpty(), "the line with the tab is no user record");
            assertTrue(builder.findGroup("OTHER").isPresent(), "the line after it is read as line 3");
        }
    }

    /** The sample's first records, some trimmed, some with CRLF, blank lines between, the last without a line end. */
    private static String mixedLineEnds(long seed) throws IOException {
        Random random = new Random(seed);
        List<String> lines = Files.readAllLines(SAMPLE, StandardCharsets.ISO_8859_1).subList(0, 400);
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            int kind = random.nextInt(10);
            String body = kind < 3 ? line.stripTrailing() : line;
            text.append(body);
            text.append(kind == 4 || kind == 5 ? "\r\n" : "\n");
            if (kind == 6) {
                text.append(" ".repeat(random.nextInt(40))).append('\n');
            }
        }
        text.setLength(text.length() - 1);
        return text.toString();
    }

    private static String read(Irrdbu00Reader reader, Path file) throws IOException {
        SecurityModel.Builder builder = SecurityModel.builder();
        ReadStats stats = reader.read(file, builder, new ReadOptions(ProfileScope.all(), ReadProgress.NONE));
        return ModelDump.dump(builder.build()) + "\nrecords " + stats.records() + " skipped " + stats.skippedByType()
                + " errors " + stats.errors() + "\n" + String.join("\n", stats.problems());
    }
}
