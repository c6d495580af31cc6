package dev.esmscan.racf.unload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.esmscan.racf.unload.UnloadRecordWriter.FieldPosition;
import dev.esmscan.racf.unload.UnloadRecordWriter.Kind;
import dev.esmscan.racf.unload.UnloadRecordWriter.RecordLayout;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UnloadRecordWriterTest {

    private static final Path SHARED = Path.of(System.getProperty("esmscan.shared", "../shared"));
    private static final Path REAL_UNLOAD = SHARED.resolve("real-world/adcd-2021.irrdbu00");
    private static final Path FORMATS_DOC = SHARED.resolve("formats/RACF-IRRDBU00.md");

    /**
     * The position check: every record of a known type in the real 2021 unload is sliced with the
     * writer's own table, each value trimmed on both sides (numbers also lose their leading zeros),
     * and written again. A field placed a column off, or a number of the wrong width, changes the bytes.
     */
    @Test
    void rewritesEveryKnownRecordOfTheRealUnloadByteForByte() throws IOException {
        String content = Files.readString(REAL_UNLOAD, StandardCharsets.ISO_8859_1);
        String[] lines = content.split("\n", -1);
        Map<String, Integer> checked = new TreeMap<>();
        List<String> mismatches = new ArrayList<>();
        List<String> textStartingWithBlank = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.length() < 4 || !UnloadRecordWriter.recordTypes().contains(line.substring(0, 4))) {
                continue;
            }
            String type = line.substring(0, 4);
            RecordLayout layout = UnloadRecordWriter.layout(type);
            String rewritten = UnloadRecordWriter.format(type, slice(layout, line, true));
            if (!rewritten.equals(line)) {
                if (UnloadRecordWriter.format(type, slice(layout, line, false)).equals(line)) {
                    textStartingWithBlank.add((i + 1) + ":" + line.substring(5, 13).strip());
                } else if (mismatches.size() < 5) {
                    mismatches.add("line " + (i + 1) + " (" + type + ")\n real: [" + line + "]\n ours: [" + rewritten + "]");
                }
            }
            checked.merge(type, 1, Integer::sum);
        }
        assertEquals(List.of(), mismatches);
        // the only value in the file that begins with a blank: JOHNWD's programmer name ' JOHN'
        assertEquals(List.of("957:JOHNWD"), textStartingWithBlank);
        assertEquals(UnloadRecordWriter.recordTypes().stream().sorted().toList(), List.copyOf(checked.keySet()),
                "every record type of the writer occurs in the real unload and was checked");
        assertEquals(198, checked.get("0200"));
        assertEquals(2324, checked.get("0505"));
    }

    @Test
    void writesTheRealRecordsQuotedInTheFormatsDocument() {
        assertEquals("0102 SYSCTLG  IBMUSER  JOIN",
                UnloadRecordWriter.format("0102", fields("GPMEM_NAME", "SYSCTLG", "GPMEM_MEMBER_ID", "IBMUSER",
                        "GPMEM_AUTH", "JOIN")).stripTrailing());
        assertEquals("0120 ADCD     0000990001",
                UnloadRecordWriter.format("0120", fields("GPOMVS_NAME", "ADCD", "GPOMVS_GID", 990001)));
        assertEquals("0205 ADCDA    TEST     2007-06-01 IBMUSER  06:12:46 2021-05-17 READ     00017 "
                        + "NO   NO   NO   NO   NO   NO   NO",
                UnloadRecordWriter.format("0205", fields("USCON_NAME", "ADCDA", "USCON_GRP_ID", "TEST",
                        "USCON_CONNECT_DATE", LocalDate.of(2007, 6, 1), "USCON_OWNER_ID", "IBMUSER",
                        "USCON_LASTCON_TIME", LocalTime.of(6, 12, 46), "USCON_LASTCON_DATE", "2021-05-17",
                        "USCON_UACC", "READ", "USCON_INIT_CNT", 17, "USCON_GRP_ADSP", false,
                        "USCON_GRP_SPECIAL", false, "USCON_GRP_OPER", false, "USCON_REVOKE", false,
                        "USCON_GRP_ACC", false, "USCON_NOTERMUACC", false, "USCON_GRP_AUDIT", false))
                        .stripTrailing());
        assertEquals("0404 ADCD.S0W1.HZSPDATA                           HDRES1 HCUSER   READ     00000",
                UnloadRecordWriter.format("0404", fields("DSACC_NAME", "ADCD.S0W1.HZSPDATA", "DSACC_VOL", "HDRES1",
                        "DSACC_AUTH_ID", "HCUSER", "DSACC_ACCESS", "READ", "DSACC_ACCESS_CNT", 0)));
    }

    @Test
    void placesKeyFieldsOfGeneralResourcesAtTheDocumentedColumns() {
        String line = UnloadRecordWriter.format("0540", fields("GRST_NAME", "CATALOG.*", "GRST_CLASS_NAME", "STARTED",
                "GRST_USER_ID", "START1", "GRST_GROUP_ID", "SYS1", "GRST_TRUSTED", true, "GRST_PRIVILEGED", false,
                "GRST_TRACE", false));
        assertEquals("CATALOG.*", line.substring(5, 251).strip());
        assertEquals("STARTED ", line.substring(252, 260));
        assertEquals("START1   SYS1     YES  NO   NO  ", line.substring(261, 293));
    }

    static Stream<Arguments> recordLengths() {
        return Stream.of(
                Arguments.of("0100", 362), Arguments.of("0101", 22), Arguments.of("0102", 31),
                Arguments.of("0120", 24), Arguments.of("0200", 642), Arguments.of("0203", 22),
                Arguments.of("0205", 134), Arguments.of("0220", 221), Arguments.of("0270", 2158),
                Arguments.of("0400", 532), Arguments.of("0404", 80), Arguments.of("0500", 1017),
                Arguments.of("0503", 559), Arguments.of("0505", 284), Arguments.of("0507", 556),
                Arguments.of("0540", 293));
    }

    @ParameterizedTest
    @MethodSource("recordLengths")
    void padsEachRecordToTheLengthOfTheRealUnload(String type, int length) {
        String line = UnloadRecordWriter.format(type, Map.of());
        assertEquals(length, line.length());
        assertEquals(type, line.substring(0, 4));
        assertTrue(line.substring(4).isBlank());
    }

    @ParameterizedTest
    @MethodSource("recordLengths")
    void separatesFieldsByOneBlankColumnAndEndsAtTheRecordLength(String type, int length) {
        RecordLayout layout = UnloadRecordWriter.layout(type);
        int expectedStart = 6;
        for (FieldPosition field : layout.fields()) {
            assertEquals(expectedStart, field.start(), type + " " + field.name());
            assertTrue(field.end() >= field.start(), field.name());
            expectedStart = field.end() + 2;
        }
        assertEquals(length, expectedStart - 2, type + " last field ends at the record length");
    }

    /**
     * The table agrees with formats/RACF-IRRDBU00.md §4 for every documented field, except the two
     * deliberate departures the document itself describes (§6.6 USBD_MFA_FALLBACK ends in 642;
     * USBD_PHR_INTERVAL lies past the 642-byte record). 0220 is not laid out there.
     */
    @Test
    void agreesWithTheFieldTablesOfTheFormatsDocument() throws IOException {
        Map<String, Map<String, int[]>> documented = documentedPositions();
        int compared = 0;
        for (String type : UnloadRecordWriter.recordTypes()) {
            if (type.equals("0220")) {
                continue;
            }
            Map<String, int[]> doc = documented.get(type);
            RecordLayout layout = UnloadRecordWriter.layout(type);
            for (Map.Entry<String, int[]> entry : doc.entrySet()) {
                String name = entry.getKey();
                if (name.endsWith("_RECORD_TYPE") || name.equals("USBD_PHR_INTERVAL")) {
                    continue;
                }
                FieldPosition field = layout.field(name);
                int expectedEnd = name.equals("USBD_MFA_FALLBACK") ? 642 : entry.getValue()[1];
                assertEquals(entry.getValue()[0], field.start(), name + " start");
                assertEquals(expectedEnd, field.end(), name + " end");
                compared++;
            }
            assertEquals(doc.keySet().stream().filter(n -> !n.endsWith("_RECORD_TYPE")
                    && !n.equals("USBD_PHR_INTERVAL")).count(), layout.fields().size(), type + " field count");
        }
        assertTrue(compared > 200, "compared " + compared + " documented fields");
    }

    @Test
    void writesOneLineFeedTerminatedRecordPerCall() throws IOException {
        StringWriter out = new StringWriter();
        UnloadRecordWriter writer = new UnloadRecordWriter(out);
        writer.write("0203", fields("USGCON_NAME", "ZWESVUSR", "USGCON_GRP_ID", "ZWEADMIN"));
        writer.write("0101", fields("GPSGRP_NAME", "SYS1", "GPSGRP_SUBGRP_ID", "ZWEADMIN"));
        writer.flush();
        assertEquals("0203 ZWESVUSR ZWEADMIN\n0101 SYS1     ZWEADMIN\n", out.toString());
    }

    @Test
    void zeroPadsNumbersAndLeavesUnsetNumbersBlank() {
        String line = UnloadRecordWriter.format("0270", fields("USOMVS_NAME", "ZWESVUSR", "USOMVS_UID", "2001",
                "USOMVS_CPUTIMEMAX", null));
        assertEquals("0000002001", line.substring(14, 24));
        assertEquals(" ".repeat(10), line.substring(2073, 2083));
    }

    static Stream<Arguments> invalidValues() {
        return Stream.of(
                Arguments.of("0200", "USBD_NAME", "TOOLONGID"),
                Arguments.of("0200", "USBD_PWD_INTERVAL", "1800"),
                Arguments.of("0200", "USBD_PWD_INTERVAL", "18O"),
                Arguments.of("0200", "USBD_CREATE_DATE", "14/03/2025"),
                Arguments.of("0200", "USBD_LASTJOB_TIME", "9:05"),
                Arguments.of("0200", "USBD_PROGRAMMER", "TWO\nLINES"),
                Arguments.of("0200", "USBD_PHR_INTERVAL", "00030"),
                Arguments.of("0200", "GRBD_NAME", "X"));
    }

    @ParameterizedTest
    @MethodSource("invalidValues")
    void rejectsValuesTheFieldCannotHold(String type, String field, String value) {
        assertThrows(IllegalArgumentException.class, () -> UnloadRecordWriter.format(type, fields(field, value)));
    }

    @Test
    void rejectsUnknownRecordTypes() {
        assertThrows(IllegalArgumentException.class, () -> UnloadRecordWriter.format("05G0", Map.of()));
    }

    /**
     * The values of a real record by the writer's table. Trimming leading blanks as well makes a
     * field that starts a column early visible; a few real text values do begin with a blank.
     */
    private static Map<String, Object> slice(RecordLayout layout, String line, boolean trimLeadingBlanks) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (FieldPosition field : layout.fields()) {
            if (field.start() > line.length()) {
                continue;
            }
            String raw = line.substring(field.start() - 1, Math.min(field.end(), line.length()));
            String value = trimLeadingBlanks || field.kind() != Kind.TEXT ? raw.strip() : raw.stripTrailing();
            if (field.kind() == Kind.NUMBER && !value.isEmpty()) {
                value = value.replaceFirst("^0+(?=.)", "");
            }
            values.put(field.name(), value);
        }
        return values;
    }

    private static Map<String, Map<String, int[]>> documentedPositions() throws IOException {
        Pattern heading = Pattern.compile("^### ([0-9A-Z]{4}) ");
        Pattern row = Pattern.compile("^\\| ([A-Z0-9]+_[A-Z0-9_]+) \\| [A-Za-z/]+ \\| (\\d+) \\| (\\d+) \\|");
        Map<String, Map<String, int[]>> byType = new TreeMap<>();
        String type = null;
        for (String line : Files.readAllLines(FORMATS_DOC, StandardCharsets.UTF_8)) {
            Matcher h = heading.matcher(line);
            if (h.find()) {
                type = h.group(1);
                continue;
            }
            Matcher r = row.matcher(line);
            if (type != null && r.find()) {
                byType.computeIfAbsent(type, t -> new LinkedHashMap<>())
                        .put(r.group(1), new int[] {Integer.parseInt(r.group(2)), Integer.parseInt(r.group(3))});
            }
        }
        return byType;
    }

    private static Map<String, Object> fields(Object... namesAndValues) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return values;
    }
}
