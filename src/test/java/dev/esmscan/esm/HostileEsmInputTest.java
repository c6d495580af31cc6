package dev.esmscan.esm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.esmscan.acf2.command.Acf2CommandFileReader;
import dev.esmscan.acf2.read.Acf2ListingReader;
import dev.esmscan.input.ExtractReader;
import dev.esmscan.input.InputException;
import dev.esmscan.input.ReadStats;
import dev.esmscan.model.SecurityModel;
import dev.esmscan.tss.command.TssCommandFileReader;
import dev.esmscan.tss.read.TssOutputReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Top Secret and ACF2 readers against broken and crafted extracts: each case ends in a model
 * with the problem counted against a line, or in an InputException naming the file — never in
 * another exception.
 */
class HostileEsmInputTest {
    @TempDir
    Path dir;

    /** What a case must end in. */
    enum Outcome { INPUT_ERROR, COUNTED_PROBLEM, AS_GOOD, EITHER_CLEAN }

    static final String TSS_LIST = sample("sample-exports/tss/acids.txt");
    static final String TSS_COMMANDS = """
            TSS CREATE(ZWESVUSR) TYPE(USER) NAME('ZOWE SERVER') DEPT(ZOWEDEPT)
            TSS PERMIT(ZWESVUSR) IBMFAC(BPX.SERVER) ACCESS(UPDATE)
            """;
    static final String ACF2_LIST = sample("sample-exports/acf2/logonids.txt");
    static final String ACF2_COMMANDS = sample("src/test/resources/acf2/formats/4.7-clasmap-commands.txt");

    static String sample(String path) {
        try {
            return Files.readString(Path.of(path));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Stream<Arguments> cases() {
        List<Arguments> all = new ArrayList<>();
        add(all, new TssOutputReader(), TSS_LIST, "\nACCESSORID = SYSDEPT   NAME       = SYSTEMS PROGRAMMING\nTYPE       = DEPT\n");
        add(all, new TssCommandFileReader(), TSS_COMMANDS, "TSS PERMIT(ZWESVUSR) IBMFAC(BPX.SERVER) ACCESS(UPDATE)\n");
        add(all, new Acf2ListingReader(), ACF2_LIST, "\nACFADM   SECURITY ADMINISTRATOR\n   GROUP(SECADM) PREFIX(ACFADM)\n");
        add(all, new Acf2CommandFileReader(), ACF2_COMMANDS, "INSERT CLASMAP.ZOWE RESOURCE(ZOWE) RSRCTYPE(ZWE)\n");
        return all.stream();
    }

    private static void add(List<Arguments> all, ExtractReader reader, String good, String duplicate) {
        byte[] g = good.getBytes(StandardCharsets.UTF_8);
        String r = reader.format();
        all.add(Arguments.of(r, "the sample itself", reader, g, Outcome.EITHER_CLEAN));
        all.add(Arguments.of(r, "empty file", reader, new byte[0], Outcome.INPUT_ERROR));
        all.add(Arguments.of(r, "blank lines only", reader, "\n\n   \n".getBytes(StandardCharsets.UTF_8), Outcome.INPUT_ERROR));
        all.add(Arguments.of(r, "a PDF", reader, "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"
                .getBytes(StandardCharsets.ISO_8859_1), Outcome.INPUT_ERROR));
        all.add(Arguments.of(r, "a zip", reader, new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 0x21, 0x5a}, Outcome.INPUT_ERROR));
        all.add(Arguments.of(r, "a JCL listing", reader, ("//ZWEJOB  JOB (ACCT),'ZOWE',CLASS=A\n//STEP1   EXEC PGM=IEFBR14\n"
                + "//SYSPRINT DD SYSOUT=*\n").getBytes(StandardCharsets.UTF_8), Outcome.INPUT_ERROR));
        all.add(Arguments.of(r, "EBCDIC bytes", reader, ebcdic(good), Outcome.INPUT_ERROR));
        all.add(Arguments.of(r, "NUL bytes inside", reader, splice(g, g.length / 2, new byte[] {0, 0, 0}), Outcome.EITHER_CLEAN));
        all.add(Arguments.of(r, "invalid UTF-8", reader, splice(g, g.length / 3, new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF}),
                Outcome.EITHER_CLEAN));
        all.add(Arguments.of(r, "cut off mid-record", reader, java.util.Arrays.copyOf(g, g.length - 7), Outcome.EITHER_CLEAN));
        all.add(Arguments.of(r, "mixed CRLF and LF", reader, mixedNewlines(good), Outcome.AS_GOOD));
        all.add(Arguments.of(r, "a 20 MB line without newline", reader, hugeLine(g), Outcome.EITHER_CLEAN));
        // a listing names each record once: a second one is counted; in a command file the later command applies
        all.add(Arguments.of(r, "duplicate records", reader, (good + duplicate).getBytes(StandardCharsets.UTF_8),
                r.endsWith("commands") ? Outcome.EITHER_CLEAN : Outcome.COUNTED_PROBLEM));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void endsInAModelOrAnInputErrorNamingTheFile(String format, String name, ExtractReader reader, byte[] bytes, Outcome expected)
            throws IOException {
        Path file = dir.resolve("extract.txt");
        Files.write(file, bytes);
        ReadStats stats;
        try {
            stats = reader.read(file, SecurityModel.builder());
        } catch (InputException e) {
            assertTrue(e.getMessage().contains(file.toString()), "names the file: " + e.getMessage());
            if (expected == Outcome.COUNTED_PROBLEM || expected == Outcome.AS_GOOD) {
                fail("expected a model, got: " + e.getMessage());
            }
            return;
        } catch (RuntimeException e) {
            throw new AssertionError("an input problem must end in InputException, not " + e, e);
        }
        switch (expected) {
            case INPUT_ERROR -> fail("expected an input error, read " + stats.records() + " records");
            case COUNTED_PROBLEM -> assertTrue(stats.errors() > 0, "problem counted");
            case AS_GOOD -> {
                ReadStats good = reader.read(writeGood(reader), SecurityModel.builder());
                assertEquals(good.errors(), stats.errors(), stats.problems().toString());
                assertEquals(good.records(), stats.records());
            }
            default -> { }
        }
    }

    @org.junit.jupiter.api.Test
    void aStrayWordInARuleEntryIsCountedWithItsLineNotAnError() throws IOException {
        Path file = Files.writeString(dir.resolve("rules.txt"), """
                $KEY(ZWES) TYPE(FAC)
                 IS UID(ZWESVUSR) SERVICE(READ) ALLOW
                 IS.- UID(*) SERVICE(READ) STRAY PREVENT
                """);
        ReadStats stats = new Acf2ListingReader().read(file, SecurityModel.builder());
        assertEquals(1, stats.errors(), stats.problems().toString());
        assertTrue(stats.problems().get(0).contains(":3: unexpected word STRAY"), stats.problems().toString());
    }

    @org.junit.jupiter.api.Test
    void aSetCutOffBeforeItsDivisionValueIsCountedWithItsLine() throws IOException {
        Path file = Files.writeString(dir.resolve("omvs.txt"), """
                SET PROFILE(USER) DIV(OMVS)
                SYSPRG1 LAST CHANGED BY ACFADM ON 05/14/19-08:00
                                      HOME(/u/sysprg1) OMVSPGM(/bin/sh) UID(0)
                SET PROFILE(GROUP) DIV""");
        ReadStats stats = new Acf2ListingReader().read(file, SecurityModel.builder());
        assertEquals(1, stats.errors(), stats.problems().toString());
        assertTrue(stats.problems().get(0).contains(":4: SET of a record family"), stats.problems().toString());
    }

    private Path writeGood(ExtractReader reader) throws IOException {
        String text = switch (reader.format()) {
            case TssOutputReader.FORMAT -> TSS_LIST;
            case TssCommandFileReader.FORMAT -> TSS_COMMANDS;
            case Acf2ListingReader.FORMAT -> ACF2_LIST;
            default -> ACF2_COMMANDS;
        };
        return Files.writeString(dir.resolve("good.txt"), text);
    }

    static byte[] ebcdic(String text) {
        try {
            return text.getBytes("IBM1047");
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] splice(byte[] into, int at, byte[] piece) {
        byte[] out = new byte[into.length + piece.length];
        System.arraycopy(into, 0, out, 0, at);
        System.arraycopy(piece, 0, out, at, piece.length);
        System.arraycopy(into, at, out, at + piece.length, into.length - at);
        return out;
    }

    static byte[] mixedNewlines(String text) {
        StringBuilder b = new StringBuilder();
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            b.append(lines[i]).append(i % 2 == 0 ? "\r\n" : "\n");
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] hugeLine(byte[] good) {
        byte[] out = java.util.Arrays.copyOf(good, good.length + 20 * 1024 * 1024);
        java.util.Arrays.fill(out, good.length, out.length, (byte) 'X');
        return out;
    }
}
