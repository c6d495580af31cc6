package dev.esmscan.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.esmscan.esm.Esms;
import dev.esmscan.input.InputException;
import dev.esmscan.input.ReadStats;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of damaged or foreign input the scanner must survive, read through the real entry
 * point (recognition, then reading): each ends either in a model whose read statistics name the
 * problem with its file and line, or in an input error naming the file and what was expected.
 */
class HostileInputTest {

    private static final Path SITE = Path.of("sample-exports/racf/site.irrdbu00");
    private static final Path SETROPTS = Path.of("sample-exports/racf/setropts.txt");

    @TempDir
    static Path dir;

    /** What a case expects: an input error, or a model with an error counted, or with a note only. */
    enum Expect { INPUT_ERROR, COUNTED_ERROR, NOTED }

    record Case(String name, String fileName, Bytes content, Expect expect, String... says) {
        @Override
        public String toString() {
            return name;
        }
    }

    interface Bytes {
        byte[] make() throws IOException;
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("empty file", "empty.irrdbu00", () -> new byte[0], Expect.INPUT_ERROR, "empty"),
                new Case("a PDF", "report.pdf", () -> ascii("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"),
                        Expect.INPUT_ERROR, "a PDF document", "expected RACF irrdbu00"),
                new Case("a zip", "unload.zip", HostileInputTest::zip, Expect.INPUT_ERROR, "a zip archive", "unpack"),
                new Case("a JCL listing", "job.txt", () -> ascii("//IRRDBU00 JOB (ACCT),'UNLOAD',CLASS=A\n"
                        + "//STEP1    EXEC PGM=IRRDBU00,PARM=NOLOCKINPUT\n//SYSPRINT DD SYSOUT=*\n"),
                        Expect.INPUT_ERROR, "job.txt:1", "not a recognised extract", "expected RACF irrdbu00"),
                new Case("an unload sent in text mode from EBCDIC with the wrong code page (no conversion)", "ebcdic-text.irrdbu00",
                        () -> String.join("\n", siteLines(20)).getBytes(Charset.forName("IBM1047")),
                        Expect.INPUT_ERROR, "EBCDIC", "binary"),
                new Case("an ASCII unload sent as binary with record descriptor words", "ascii-rdw.irrdbu00",
                        () -> withRecordDescriptors(siteLines(20), StandardCharsets.ISO_8859_1),
                        Expect.INPUT_ERROR, "record descriptor words", "ASCII"),
                new Case("mixed CRLF and LF line ends read as one unload", "mixed-eol.irrdbu00", HostileInputTest::mixedLineEnds,
                        Expect.NOTED),
                new Case("a record cut off mid-field at end of file", "cut.irrdbu00", () -> {
                    String text = String.join("\n", siteLines(60));
                    return ascii(text.substring(0, text.length() - 3) + "\n0200 IBMUS");
                }, Expect.COUNTED_ERROR, "cut.irrdbu00:61", "ends inside"),
                new Case("a 20 MB line with no newline", "long-line.irrdbu00", () -> {
                    byte[] head = ascii(String.join("\n", siteLines(10)) + "\n");
                    byte[] all = Arrays.copyOf(head, head.length + 20 * 1024 * 1024);
                    Arrays.fill(all, head.length, all.length, (byte) 'X');
                    return all;
                }, Expect.COUNTED_ERROR, "long-line.irrdbu00:11", "no record type"),
                new Case("NUL bytes inside a record", "nul.irrdbu00", () -> {
                    byte[] b = ascii(String.join("\n", siteLines(30)) + "\n");
                    int at = indexOfLine(b, 20) + 9;
                    Arrays.fill(b, at, at + 6, (byte) 0);
                    return b;
                }, Expect.COUNTED_ERROR, "nul.irrdbu00:21", "NUL or other control bytes"),
                new Case("invalid UTF-8 in a CSV", "bad-utf8.csv", () -> concat(ascii("USBD_NAME,USBD_PROGRAMMER,USBD_SPECIAL\nIBMUSER,"),
                        new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF}, ascii(",YES\n")), Expect.NOTED),
                new Case("a CSV whose header lacks the key column", "nokey.csv",
                        () -> ascii("USBD_PROGRAMMER,USBD_SPECIAL\nJOHN,YES\n"),
                        Expect.INPUT_ERROR, "nokey.csv:1", "USBD_NAME"),
                new Case("a SETROPTS file that is really LISTUSER output", "setropts.txt", () -> ascii(
                        "USER=IBMUSER  NAME=IBM USER            OWNER=SYS1      CREATED=99.365\n"
                        + " DEFAULT-GROUP=SYS1     PASSDATE=00.000 PASS-INTERVAL= 90 PHRASEDATE=N/A\n"
                        + " ATTRIBUTES=SPECIAL OPERATIONS\n"), Expect.INPUT_ERROR, "LISTUSER", "SETROPTS LIST"),
                new Case("duplicate base records for the same profile", "dup.irrdbu00", () -> {
                    List<String> lines = siteLines(Integer.MAX_VALUE);
                    String base = lines.stream().filter(l -> l.startsWith("0500 ")).findFirst().orElseThrow();
                    lines.add(base);
                    return ascii(String.join("\n", lines) + "\n");
                }, Expect.COUNTED_ERROR, "dup.irrdbu00:1856", "duplicate base record", "this later one wins"),
                new Case("an access record whose profile has no base record", "orphan.irrdbu00", () -> {
                    List<String> lines = siteLines(Integer.MAX_VALUE);
                    String access = lines.stream().filter(l -> l.startsWith("0505 ")).findFirst().orElseThrow();
                    lines.add(access.substring(0, 5) + "ORPHAN.PROFILE" + access.substring(19));
                    return ascii(String.join("\n", lines) + "\n");
                }, Expect.COUNTED_ERROR, "ORPHAN.PROFILE", "no base record"),
                new Case("a date like 0000-00-00", "zero-date.irrdbu00", () -> {
                    List<String> lines = siteLines(Integer.MAX_VALUE);
                    int i = firstIndex(lines, "0200 ");
                    String padded = String.format("%-480s", lines.get(i));
                    lines.set(i, padded.substring(0, 457) + "0000-00-00" + padded.substring(467));
                    return ascii(String.join("\n", lines) + "\n");
                }, Expect.COUNTED_ERROR, "0000-00-00", "is not a date"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyDamagedInputEndsInAModelWithItsProblemOrAnInputError(Case c) throws IOException {
        Path file = dir.resolve(c.fileName());
        Files.write(file, c.content().make());
        if (c.expect() == Expect.INPUT_ERROR) {
            InputException e = assertThrows(InputException.class, () -> load(file));
            assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
            assertContainsAll(e.getMessage(), c.says());
            return;
        }
        ReadStats stats = load(file);
        String problems = String.join("\n", stats.problems());
        assertContainsAll(problems, c.says());
        if (c.expect() == Expect.COUNTED_ERROR) {
            assertTrue(stats.errors() > 0, problems);
        } else {
            assertEquals(0, stats.errors(), problems);
            assertTrue(stats.records() > 0);
        }
    }

    private static void assertContainsAll(String text, String... parts) {
        for (String part : parts) {
            assertTrue(text.contains(part), () -> "expected '" + part + "' in:\n" + text);
        }
    }

    private static ReadStats load(Path file) {
        InputResolver.Resolved resolved = new InputResolver(Esms.all()).resolve(List.of(file), Optional.empty());
        return Scanner.load(resolved.inputs()).stats().get(0);
    }

    static List<String> siteLines(int max) {
        try (Stream<String> lines = Files.lines(SITE, StandardCharsets.ISO_8859_1)) {
            return lines.limit(max).collect(Collectors.toList());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static int firstIndex(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new IllegalStateException("no " + prefix + " line");
    }

    private static int indexOfLine(byte[] b, int line) {
        int seen = 0;
        for (int i = 0; i < b.length; i++) {
            if (seen == line) {
                return i;
            }
            if (b[i] == '\n') {
                seen++;
            }
        }
        throw new IllegalStateException("fewer lines than " + line);
    }

    private static byte[] mixedLineEnds() {
        List<String> lines = siteLines(Integer.MAX_VALUE);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            s.append(lines.get(i)).append(i % 3 == 0 ? "\r\n" : "\n");
        }
        return ascii(s.toString());
    }

    static byte[] withRecordDescriptors(List<String> lines, Charset charset) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String line : lines) {
            byte[] data = line.getBytes(charset);
            int length = data.length + 4;
            out.write(length >>> 8);
            out.write(length & 0xFF);
            out.write(0);
            out.write(0);
            out.writeBytes(data);
        }
        return out.toByteArray();
    }

    private static byte[] zip() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("site.irrdbu00"));
            zip.write(Files.readAllBytes(SITE));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }
}
