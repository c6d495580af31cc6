package dev.esmscan.racf.unload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.esmscan.bench.SyntheticUnload;
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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A generated unload (with the bundled sample hidden in it) read as written (blank-padded, LF) and
 * rewritten with trimmed lines, CRLF and shuffled record order: every reading, whole or in many
 * small chunks on several threads, with every class or only the pack's, gives the same model and
 * the same counts.
 */
class ChunkedReadEquivalenceTest {
    private static final ProfileScope PACK = ProfileScope.only(Set.of("FACILITY", "STARTED", "APPL", "CSFSERV", "XFACILIT", "IDIDMAP", "IDTDATA"));

    @TempDir
    static Path dir;

    private static Path original;
    private static List<String> originalLines;
    private static Read reference;

    private record Read(String dump, ReadStats stats) {
    }

    @BeforeAll
    static void generate() throws IOException {
        original = dir.resolve("padded-lf.irrdbu00");
        new SyntheticUnload(new SyntheticUnload.Size(300, 2_000, 1_500), 7, Path.of("sample-exports/racf/site.irrdbu00")).write(original);
        originalLines = Files.readAllLines(original, StandardCharsets.ISO_8859_1);
        reference = read(new Irrdbu00Reader(), original, ProfileScope.all());
    }

    /** The sample's records sit in the middle of each section of the generated unload: out of IRRDBU00's order. */
    @Test
    void theGeneratedUnloadWithTheSampleHiddenInItCarriesTheCaveat() {
        assertEquals(1, reference.stats().caveats().size());
        assertNull(reference.stats().horizon());
    }

    @Test
    void theGeneratedUnloadIsReadWithoutProblemsAndHoldsEveryKindOfProfile() {
        assertEquals(0, reference.stats().errors(), () -> String.join("\n", reference.stats().problems()));
        assertEquals(originalLines.size(), reference.stats().records());
        assertEquals(0, reference.stats().filtered());
        for (String type : List.of("0100", "0102", "0200", "0203", "0205", "0220", "0270", "0400", "0404", "0500", "0505", "0540")) {
            assertTrue(reference.stats().recordsByType().getOrDefault(type, 0L) > 0, type);
        }
        assertTrue(reference.dump().contains("profile DATASET "));
        assertTrue(reference.dump().contains("profile TCICSTRN "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"trimmed", "crlf", "shuffled", "trimmed+crlf+shuffled"})
    void everyVariantReadsAsTheOriginal(String variant) throws IOException {
        Path file = variant(variant);
        for (Irrdbu00Reader reader : readers()) {
            Read read = read(reader, file, ProfileScope.all());
            assertEquals(reference.dump(), read.dump(), variant);
            assertSameCounts(reference.stats(), read.stats());
            if (variant.contains("shuffled")) {
                assertEquals(1, read.stats().caveats().size(), variant + ": the same model, and the caveat");
                assertTrue(read.stats().caveats().get(0).startsWith("the records are not in the order IRRDBU00 writes them"));
            } else {
                assertEquals(reference.stats().caveats(), read.stats().caveats(), variant);
                assertEquals(reference.stats().horizon(), read.stats().horizon(), variant);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"original", "trimmed", "crlf", "shuffled", "trimmed+crlf+shuffled"})
    void withThePackScopeOnlyTheProfilesOfOtherClassesAreLeftOutAndCounted(String variant) throws IOException {
        Path file = variant.equals("original") ? original : variant(variant);
        String expected = reference.dump().lines().filter(ChunkedReadEquivalenceTest::inPackScope)
                .map(l -> l + "\n").collect(Collectors.joining());
        long outOfScope = originalLines.stream().filter(l -> !recordInPackScope(l)).count();
        for (Irrdbu00Reader reader : readers()) {
            Read read = read(reader, file, PACK);
            assertEquals(expected, read.dump(), variant);
            assertEquals(outOfScope, read.stats().filtered(), variant);
            assertEquals(reference.stats().records(), read.stats().records());
            assertEquals(reference.stats().skipped(), read.stats().skipped());
            assertEquals(reference.stats().recordsByType(), read.stats().recordsByType());
            assertEquals(0, read.stats().errors());
        }
    }

    @Test
    void problemsAreReportedWithTheSameLinesWhateverTheChunks() throws IOException {
        List<String> lines = new ArrayList<>(originalLines);
        lines.add(17, "XYZ this line has no record type");
        lines.add(4_001, "0205 BADCONN");
        lines.add(9_000, String.format("%-457s%s", "0200 BADDATE", "2024-13-45"));
        lines.add(lines.size() - 3, "0505 " + " ".repeat(247) + "FACILITY");
        Path file = dir.resolve("with-problems.irrdbu00");
        Files.write(file, lines, StandardCharsets.ISO_8859_1);
        Read whole = read(new Irrdbu00Reader(), file, ProfileScope.all());
        assertEquals(4, whole.stats().errors(), () -> String.join("\n", whole.stats().problems()));
        assertTrue(whole.stats().problems().get(0).endsWith(":18: no record type in columns 1-5 (4 letters or digits and a blank): 'XYZ this line has no record type'"),
                whole.stats().problems().get(0));
        for (Irrdbu00Reader reader : readers()) {
            for (ProfileScope scope : List.of(ProfileScope.all(), PACK)) {
                Read read = read(reader, file, scope);
                assertEquals(whole.stats().problems(), read.stats().problems());
            }
        }
    }

    @Test
    void progressCountsEveryByteAndLine() throws IOException {
        long[] seen = new long[2];
        ReadProgress counting = new ReadProgress() {
            @Override public void started(String file, long totalBytes) { assertEquals(sizeOf(original), totalBytes); }
            @Override public void advanced(long bytes, long records) { seen[0] += bytes; seen[1] += records; }
            @Override public void finished() { }
        };
        new Irrdbu00Reader(4096, 2).read(original, SecurityModel.builder(), new ReadOptions(PACK, counting));
        assertEquals(sizeOf(original), seen[0]);
        assertEquals(originalLines.size(), seen[1]);
    }

    /** The whole file at once, small chunks on three threads, and small chunks on this thread. */
    private static List<Irrdbu00Reader> readers() {
        return List.of(new Irrdbu00Reader(), new Irrdbu00Reader(1000, 3), new Irrdbu00Reader(7919, 1));
    }

    private static Path variant(String name) throws IOException {
        List<String> lines = new ArrayList<>(originalLines);
        String end = "\n";
        for (String step : name.split("\\+")) {
            switch (step) {
                case "trimmed" -> lines.replaceAll(String::stripTrailing);
                case "crlf" -> end = "\r\n";
                case "shuffled" -> Collections.shuffle(lines, new Random(42));
                default -> throw new IllegalArgumentException(step);
            }
        }
        Path file = dir.resolve(name + ".irrdbu00");
        StringBuilder text = new StringBuilder();
        for (String l : lines) {
            text.append(l).append(end);
        }
        Files.writeString(file, text, StandardCharsets.ISO_8859_1);
        return file;
    }

    private static Read read(Irrdbu00Reader reader, Path file, ProfileScope scope) throws IOException {
        SecurityModel.Builder builder = SecurityModel.builder();
        ReadStats stats = reader.read(file, builder, new ReadOptions(scope, ReadProgress.NONE));
        return new Read(ModelDump.dump(builder.build()), stats);
    }

    private static void assertSameCounts(ReadStats expected, ReadStats actual) {
        assertEquals(expected.records(), actual.records());
        assertEquals(expected.skipped(), actual.skipped());
        assertEquals(expected.filtered(), actual.filtered());
        assertEquals(expected.errors(), actual.errors());
        assertEquals(expected.recordsByType(), actual.recordsByType());
        assertEquals(expected.skippedByType(), actual.skippedByType());
    }

    /** A dump line of a profile of a class outside the pack's scope is dropped. */
    private static boolean inPackScope(String dumpLine) {
        if (!dumpLine.startsWith("profile ")) {
            return true;
        }
        return PACK.keeps(dumpLine.split(" ")[1]);
    }

    /** Whether the pack keeps an unload line: data set records never, general resources by their class. */
    private static boolean recordInPackScope(String line) {
        String type = line.substring(0, 4);
        if (type.equals("0400") || type.equals("0402") || type.equals("0404")) {
            return false;
        }
        if (Set.of("0500", "0503", "0505", "0507", "0540", "05C0").contains(type)) {
            return PACK.keeps(line.length() >= 260 ? line.substring(252, 260).strip() : line.substring(252).strip());
        }
        return true;
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
