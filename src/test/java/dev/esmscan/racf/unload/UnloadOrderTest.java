package dev.esmscan.racf.unload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.esmscan.input.ProfileScope;
import dev.esmscan.input.Reach;
import dev.esmscan.input.ReadOptions;
import dev.esmscan.input.ReadProgress;
import dev.esmscan.input.ReadStats;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * IRRDBU00's order, as the reader follows it: groups, users, data set profiles, then general
 * resource profiles class by class in EBCDIC collation. The order is proved on the real 2021 unload;
 * what a cut leaves unseen is checked at every cut point of the bundled sample.
 */
class UnloadOrderTest {
    private static final ProfileScope PACK = ProfileScope.only(Set.of("FACILITY", "STARTED", "APPL", "CSFSERV", "XFACILIT", "IDIDMAP", "IDTDATA"));
    private static final Path SAMPLE = Path.of("sample-exports/racf/site.irrdbu00");

    @TempDir
    Path dir;

    /**
     * The real unload: its sections come in the order 01, 02, 04, 05 (1210 and 1560 records inside
     * the user and general resource sections, by the profile type in the type's second digit), and
     * its 52 classes each in one run, in strictly rising EBCDIC collation. Read whole, it leaves
     * nothing unseen for the rules and carries no caveat.
     */
    @Test
    void theRealUnloadIsInIrrdbu00OrderBySectionAndClass() throws IOException {
        List<String> real = UnloadTestFiles.realLines();
        List<Character> sections = new ArrayList<>();
        List<String> classes = new ArrayList<>();
        for (String l : real) {
            char section = l.charAt(1);
            if (sections.isEmpty() || sections.get(sections.size() - 1) != section) {
                sections.add(section);
            }
            if (section == '5') {
                String cls = l.substring(252, 260).strip();
                if (classes.isEmpty() || !classes.get(classes.size() - 1).equals(cls)) {
                    classes.add(cls);
                }
            }
        }
        assertEquals(List.of('1', '2', '4', '5'), sections);
        assertEquals(52, classes.size());
        assertEquals(52, Set.copyOf(classes).size(), "each class in one run");
        List<String> sorted = new ArrayList<>(classes);
        sorted.sort(Ebcdic::compare);
        assertEquals(sorted, classes);
        assertTrue(real.stream().anyMatch(l -> l.startsWith("1560 ")));

        for (ProfileScope scope : List.of(PACK, ProfileScope.all())) {
            ReadStats stats = read(UnloadTestFiles.realUnload(), scope, new Irrdbu00Reader());
            assertEquals(List.of(), stats.caveats());
            assertEquals(0, stats.errors());
            if (scope == PACK) {
                assertNull(stats.horizon(), "ZMFCLOUD, the last class, is after every class the rules read");
                assertTrue(stats.unseen().isNothing());
            } else {
                assertEquals(Reach.classes("ZMFCLOUD"), stats.unseen(), "every class kept: the supplied classes from the last one on (ZOWE is defined through the CDT)");
            }
        }
    }

    /** IBM-1047: blank first, then the national characters, lower case, upper case, digits last. */
    @Test
    void classesCompareInEbcdicCollationNotAscii() {
        assertTrue(Ebcdic.compare("ZMFAPLA", "ZMFCLOUD") < 0);
        assertTrue(Ebcdic.compare("SERVAUTH", "SERVER") < 0);
        assertTrue(Ebcdic.compare("DSNR", "DSNRX") < 0, "a prefix first, as the blank-padded key has it");
        assertTrue(Ebcdic.compare("CLASSZ", "CLASS1") < 0, "letters before digits; ASCII has it the other way");
        assertTrue("CLASSZ".compareTo("CLASS1") > 0);
        assertTrue(Ebcdic.compare("$CLASS", "ACLASS") < 0);
        assertTrue(Ebcdic.compare("#CLASS", "@CLASS") < 0);
        assertTrue(Ebcdic.compare("$CLASS", "#CLASS") < 0, "IBM-1047: $ is 5B, # 7B, @ 7C; ASCII has # before $");
        assertTrue(Ebcdic.compare("irrcerta", "IRRCERTA") < 0, "lower case before upper case");
    }

    /**
     * Every cut of the bundled sample at a line boundary: the parts of the database the records
     * after the cut belong to, and the part of the last record read (its profile or class may end
     * early), are unseen; a class wholly before the cut is not.
     */
    @Test
    void everyCutOfTheSampleSaysUnseenWhatFollowsIt() throws IOException {
        List<String> lines = Files.readAllLines(SAMPLE, StandardCharsets.ISO_8859_1);
        List<byte[]> bytes = lines.stream().map(l -> l.getBytes(StandardCharsets.ISO_8859_1)).toList();
        List<Set<Reach>> partsFrom = new ArrayList<>(Collections.nCopies(lines.size() + 1, Set.of()));
        for (int i = lines.size() - 1; i >= 0; i--) {
            Set<Reach> parts = new java.util.HashSet<>(partsFrom.get(i + 1));
            parts.add(partOf(lines.get(i)));
            partsFrom.set(i, parts);
        }
        List<String> wrong = new ArrayList<>();
        for (int kept = 1; kept <= lines.size() && wrong.size() < 20; kept++) {
            ReadStats stats = new ReadStats("cut", Irrdbu00Reader.FORMAT);
            order(bytes.subList(0, kept)).report(PACK, stats);
            assertEquals(List.of(), stats.caveats());
            for (Reach part : partsFrom.get(kept - 1)) {
                if (!part.isNothing() && !stats.unseen().touches(part)) {
                    wrong.add("cut after line " + kept + ": " + part + " follows the cut but is not within the unseen "
                            + stats.unseen() + " (" + stats.horizon() + ")");
                }
            }
            String lastClass = classOf(lines.get(kept - 1));
            if (lastClass != null) {
                for (String before : PACK.classes()) {
                    if (Ebcdic.compare(before, lastClass) < 0 && stats.unseen().touches(Reach.classes(before))) {
                        wrong.add("cut after line " + kept + " in class " + lastClass + ": class " + before + " is wholly before it but unseen");
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    /** The reader gives the cut points the same horizon as the order alone, whatever the chunks. */
    @Test
    void theReaderReportsTheHorizonOfACutWhateverTheChunks() throws IOException {
        List<String> lines = Files.readAllLines(SAMPLE, StandardCharsets.ISO_8859_1);
        List<byte[]> bytes = lines.stream().map(l -> l.getBytes(StandardCharsets.ISO_8859_1)).toList();
        int facility = firstLine(lines, "FACILITY");
        for (int kept : new int[] {40, 1000, 1600, facility + 10, lines.size() - 12, lines.size()}) {
            Path file = dir.resolve("cut-" + kept + ".irrdbu00");
            Files.writeString(file, String.join("\n", lines.subList(0, kept)) + "\n", StandardCharsets.ISO_8859_1);
            ReadStats expected = new ReadStats("cut", Irrdbu00Reader.FORMAT);
            order(bytes.subList(0, kept)).report(PACK, expected);
            for (Irrdbu00Reader reader : List.of(new Irrdbu00Reader(), new Irrdbu00Reader(4096, 3), new Irrdbu00Reader(997, 1))) {
                ReadStats stats = read(file, PACK, reader);
                assertEquals(expected.unseen(), stats.unseen(), "cut after " + kept);
                assertEquals(expected.horizon(), stats.horizon(), "cut after " + kept);
                assertEquals(List.of(), stats.caveats());
            }
        }
    }

    /** Blank lines, a line without a record type and CRLF after the last record: the horizon still names that record. */
    @Test
    void theLastRecordIsFoundPastBlankAndBrokenLines() throws IOException {
        List<String> lines = Files.readAllLines(SAMPLE, StandardCharsets.ISO_8859_1);
        int daemon = firstLine(lines, "FACILITY", "0500 BPX.DAEMON ");
        List<String> cut = new ArrayList<>(lines.subList(0, daemon));
        cut.add("");
        cut.add("#### a line cut by the transfer");
        cut.add("   ");
        Path file = dir.resolve("trailing.irrdbu00");
        Files.writeString(file, String.join("\r\n", cut), StandardCharsets.ISO_8859_1);
        for (Irrdbu00Reader reader : List.of(new Irrdbu00Reader(), new Irrdbu00Reader(2000, 2))) {
            ReadStats stats = read(file, PACK, reader);
            assertTrue(stats.horizon().startsWith("the unload ends in class FACILITY (last record at line " + daemon
                    + ", 0500 of profile BPX.DAEMON)"), stats.horizon());
        }
    }

    @Test
    void theHorizonNamesTheLastRecordAndWhatWouldFollow() throws IOException {
        List<String> lines = Files.readAllLines(SAMPLE, StandardCharsets.ISO_8859_1);
        int daemon = firstLine(lines, "FACILITY", "0500 BPX.DAEMON ");
        Path file = dir.resolve("cut.irrdbu00");
        Files.writeString(file, String.join("\n", lines.subList(0, daemon)) + "\n", StandardCharsets.ISO_8859_1);
        ReadStats stats = read(file, PACK, new Irrdbu00Reader());
        assertEquals("the unload ends in class FACILITY (last record at line " + daemon + ", 0500 of profile BPX.DAEMON);"
                + " the rest of class FACILITY and class IDIDMAP and later would follow: the file may be cut", stats.horizon());
        assertEquals(Reach.classes("FACILITY", "IDIDMAP", "IDTDATA", "STARTED", "XFACILIT"), stats.unseen());
        ReadStats all = read(file, ProfileScope.all(), new Irrdbu00Reader());
        assertTrue(all.horizon().contains("the rest of class FACILITY and class FCICSFCT and later would follow"), all.horizon());
        assertTrue(all.unseen().touches(Reach.classes("STARTED")) && all.unseen().touches(Reach.classes("XFACILIT"))
                && !all.unseen().touches(Reach.classes("APPL")) && !all.unseen().touches(Reach.identities()));

        int users = lastLine(lines, '2');
        Files.writeString(file, String.join("\n", lines.subList(0, users - 3)) + "\n", StandardCharsets.ISO_8859_1);
        stats = read(file, PACK, new Irrdbu00Reader());
        assertEquals(Reach.everything(), stats.unseen());
        assertTrue(stats.horizon().startsWith("the unload ends among the users (last record at line " + (users - 3) + ", 02"), stats.horizon());

        int datasets = lastLine(lines, '4');
        Files.writeString(file, String.join("\n", lines.subList(0, datasets)) + "\n", StandardCharsets.ISO_8859_1);
        stats = read(file, PACK, new Irrdbu00Reader());
        assertEquals(Reach.classes("DATASET", "APPL", "CSFSERV", "FACILITY", "IDIDMAP", "IDTDATA", "STARTED", "XFACILIT"), stats.unseen());
        assertTrue(stats.horizon().startsWith("the unload ends among the data set profiles (last record at line " + datasets + ", 0400 of profile "),
                stats.horizon());
    }

    /**
     * Shuffled, sorted or merged: the same model as in IRRDBU00's order (ChunkedReadEquivalenceTest),
     * no horizon, and a caveat naming the first place out of order, whatever the chunks.
     */
    @Test
    void anUnloadOutOfOrderCarriesACaveatAndNoHorizon() throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(SAMPLE, StandardCharsets.ISO_8859_1));
        Collections.shuffle(lines, new Random(42));
        Path shuffled = dir.resolve("shuffled.irrdbu00");
        Files.write(shuffled, lines, StandardCharsets.ISO_8859_1);
        for (Irrdbu00Reader reader : List.of(new Irrdbu00Reader(), new Irrdbu00Reader(4096, 3))) {
            ReadStats stats = read(shuffled, PACK, reader);
            assertNull(stats.horizon());
            assertEquals(1, stats.caveats().size());
            assertTrue(stats.caveats().get(0).startsWith("the records are not in the order IRRDBU00 writes them (line "), stats.caveats().get(0));
            assertTrue(stats.caveats().get(0).endsWith("whether it was cut short cannot be told from its order"), stats.caveats().get(0));
        }
        List<String> sorted = new ArrayList<>(Files.readAllLines(SAMPLE, StandardCharsets.ISO_8859_1));
        Collections.sort(sorted);
        Path bySort = dir.resolve("sorted.irrdbu00");
        Files.write(bySort, sorted, StandardCharsets.ISO_8859_1);
        assertEquals(1, read(bySort, PACK, new Irrdbu00Reader()).caveats().size(), "sorted by record type: 0500s before 0505s of other classes");
    }

    /** A single place out of order, at a chunk boundary or inside a chunk, is found and named by line. */
    @Test
    void onePlaceOutOfOrderIsFoundAtAnyChunkBoundary() throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(SAMPLE, StandardCharsets.ISO_8859_1));
        int appl = firstLine(lines, "APPL");
        String moved = lines.remove(appl - 1);
        int facility = firstLine(lines, "FACILITY");
        lines.add(facility + 2, moved);
        Path file = dir.resolve("moved.irrdbu00");
        Files.write(file, lines, StandardCharsets.ISO_8859_1);
        for (int chunk : new int[] {1 << 20, 4096, 1000, 300}) {
            ReadStats stats = read(file, PACK, new Irrdbu00Reader(chunk, 2));
            assertEquals(List.of("the records are not in the order IRRDBU00 writes them (line " + (facility + 3)
                    + ": a record of class APPL after class FACILITY): the file was sorted, merged or generated, and whether it was"
                    + " cut short cannot be told from its order"), stats.caveats(), "chunk " + chunk);
        }
    }

    /** A class name with a digit sorts after the letters in EBCDIC: in order there, a disorder in ASCII order. */
    @Test
    void classesWithDigitsFollowEbcdicCollation() throws IOException {
        String user = UnloadTestFiles.record(RecordLayouts.USER_BASIC, "USBD_NAME", "ALICE");
        String letters = UnloadTestFiles.record(RecordLayouts.GENERAL_BASIC, "GRBD_NAME", "X", "GRBD_CLASS_NAME", "CLASSZ");
        String digits = UnloadTestFiles.record(RecordLayouts.GENERAL_BASIC, "GRBD_NAME", "Y", "GRBD_CLASS_NAME", "CLASS1");
        Path ebcdicOrder = dir.resolve("ebcdic.irrdbu00");
        Files.writeString(ebcdicOrder, UnloadTestFiles.lines(user, letters, digits), StandardCharsets.ISO_8859_1);
        ReadStats stats = read(ebcdicOrder, ProfileScope.only(Set.of("CLASSZ", "CLASS1", "CLASS2")), new Irrdbu00Reader());
        assertEquals(List.of(), stats.caveats());
        assertEquals(Reach.classes("CLASS1", "CLASS2"), stats.unseen());
        Path asciiOrder = dir.resolve("ascii.irrdbu00");
        Files.writeString(asciiOrder, UnloadTestFiles.lines(user, digits, letters), StandardCharsets.ISO_8859_1);
        assertEquals(1, read(asciiOrder, PACK, new Irrdbu00Reader()).caveats().size());
    }

    /** Right-trimmed lines and the EBCDIC binary transfer are followed as the padded text is. */
    @Test
    void trimmedLinesAndTheBinaryTransferGiveTheSameHorizon() throws IOException {
        List<String> lines = Files.readAllLines(SAMPLE, StandardCharsets.ISO_8859_1);
        List<String> cut = lines.subList(0, firstLine(lines, "STARTED") + 5);
        Path padded = dir.resolve("padded.irrdbu00");
        Files.write(padded, cut, StandardCharsets.ISO_8859_1);
        ReadStats expected = read(padded, PACK, new Irrdbu00Reader());
        assertEquals(Reach.classes("STARTED", "XFACILIT"), expected.unseen());
        Path trimmed = dir.resolve("trimmed.irrdbu00");
        Files.write(trimmed, cut.stream().map(String::stripTrailing).toList(), StandardCharsets.ISO_8859_1);
        Path binary = dir.resolve("binary.irrdbu00");
        Files.write(binary, EbcdicUnloadTest.inBlocks(cut, 13030));
        for (Path file : List.of(trimmed, binary)) {
            ReadStats stats = read(file, PACK, new Irrdbu00Reader());
            assertEquals(expected.unseen(), stats.unseen(), file.toString());
            assertEquals(expected.horizon(), stats.horizon(), file.toString());
        }
    }

    @Test
    void aCsvExportCarriesTheCaveat() throws IOException {
        Path csv = dir.resolve("users.csv");
        Files.writeString(csv, "USBD_RECORD_TYPE,USBD_NAME,USBD_DEFGRP_ID\n0200,ALICE,SYS1\n");
        ReadStats stats = new Irrdbu00CsvReader().read(csv, SecurityModel.builder());
        assertEquals(List.of(Irrdbu00CsvReader.NO_ORDER), stats.caveats());
        assertNull(stats.horizon());
    }

    private static UnloadOrder.Whole order(List<byte[]> lines) {
        UnloadOrder order = new UnloadOrder();
        byte[] last = null;
        long lastLine = 0;
        for (int i = 0; i < lines.size(); i++) {
            byte[] b = lines.get(i);
            if (order.see(b, 0, b.length, i + 1)) {
                last = b;
                lastLine = i + 1;
            }
        }
        if (last != null) {
            order.finish(last, 0, last.length, lastLine);
        }
        UnloadOrder.Whole whole = new UnloadOrder.Whole();
        whole.add(order, 0);
        return whole;
    }

    private static ReadStats read(Path file, ProfileScope scope, Irrdbu00Reader reader) throws IOException {
        return reader.read(file, SecurityModel.builder(), new ReadOptions(scope, ReadProgress.NONE));
    }

    /** The part of the database a record belongs to, among what the rules read. */
    private static Reach partOf(String line) {
        switch (line.charAt(1)) {
            case '1': case '2': return Reach.identities();
            case '4': return Reach.classes("DATASET");
            case '5': return PACK.keeps(classOf(line)) ? Reach.classes(classOf(line)) : Reach.nothing();
            default: return Reach.nothing();
        }
    }

    private static String classOf(String line) {
        return line.charAt(1) == '5' ? line.substring(252, 260).strip() : null;
    }

    private static int firstLine(List<String> lines, String className) {
        return firstLine(lines, className, "");
    }

    private static int firstLine(List<String> lines, String className, String prefix) {
        for (int i = 0; i < lines.size(); i++) {
            if (className.equals(classOf(lines.get(i))) && lines.get(i).startsWith(prefix)) {
                return i + 1;
            }
        }
        throw new IllegalStateException(className + " " + prefix);
    }

    private static int lastLine(List<String> lines, char section) {
        int last = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).charAt(1) == section) {
                last = i + 1;
            }
        }
        return last;
    }
}
