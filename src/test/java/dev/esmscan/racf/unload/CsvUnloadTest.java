package dev.esmscan.racf.unload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.esmscan.input.InputException;
import dev.esmscan.model.AccessEntry;
import dev.esmscan.model.AccessLevel;
import dev.esmscan.model.ModelDump;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Records of the real unload written as CSV with IBM field names as the header read into the same model. */
class CsvUnloadTest {
    private static final List<String> TYPES = List.of("0100", "0102", "0120", "0200", "0203", "0205", "0270",
            "0400", "0404", "0500", "0503", "0505", "0507", "0540");

    @TempDir
    Path dir;

    @Test
    void oneFileWithASectionPerRecordTypeGivesTheTextModel() {
        StringBuilder csv = new StringBuilder();
        for (String type : TYPES) {
            csv.append(toCsv(RecordLayouts.ofType(type), ',', false));
        }
        Path file = UnloadTestFiles.write(dir, "unload.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
        UnloadTestFiles.Read read = UnloadTestFiles.read(new Irrdbu00CsvReader(), file);
        assertEquals("irrdbu00-csv", read.stats().format());
        assertSameAsText(read);
    }

    @Test
    void oneFilePerTypeWithColumnsInAnotherOrderGivesTheTextModel() {
        List<Path> files = new ArrayList<>();
        for (String type : TYPES) {
            String csv = toCsv(RecordLayouts.ofType(type), ';', true);
            files.add(UnloadTestFiles.write(dir, type + ".csv", csv.getBytes(StandardCharsets.ISO_8859_1)));
        }
        UnloadTestFiles.Read read = readAll(files);
        assertEquals(ModelDump.dump(textModelOfTypes().model()), ModelDump.dump(read.model()));
    }

    @Test
    void acceptsAHeaderOfIbmFieldNamesOnly() {
        Irrdbu00CsvReader reader = new Irrdbu00CsvReader();
        assertTrue(reader.accepts(bytes("USBD_RECORD_TYPE,USBD_NAME,USBD_SPECIAL\n0200,IBMUSER,YES\n")));
        assertTrue(reader.accepts(bytes("\uFEFF\"GRACC_NAME\";\"GRACC_CLASS_NAME\";\"GRACC_AUTH_ID\"\n")));
        assertTrue(reader.accepts(bytes("USTSO_NAME,USTSO_PROC\n")), "a record type the model does not use is still IRRDBU00");
        assertFalse(reader.accepts(bytes("name,uid\nIBMUSER,0\n")));
        assertFalse(reader.accepts(bytes("USBD_NAME,GRACC_NAME\n")), "one header names one record type");
        assertFalse(reader.accepts(bytes("FOO_NAME,FOO_UID\n")));
        assertFalse(reader.accepts(bytes("0200 IBMUSER  1995-06-06 IBMUSER  NO   YES  YES\n")));
        assertTrue(reader.accepts(bytes("USBD_RECORD_TYPE,USBD_NAME,USBD_")), "a header cut by the end of the first bytes");
    }

    @Test
    void aSectionOfAnUnusedTypeIsCountedAndSkipped() {
        String csv = "USTSO_RECORD_TYPE,USTSO_NAME,USTSO_LOGON_PROC\n0220,IBMUSER,ISPFPROC\n0220,ADCDA,ISPFPROC\n"
                + "USBD_NAME,USBD_SPECIAL\nIBMUSER,yes\n";
        UnloadTestFiles.Read read = UnloadTestFiles.read(new Irrdbu00CsvReader(), UnloadTestFiles.write(dir, "mixed.csv", csv));
        assertEquals(Map.of("0220", 2L), read.stats().skippedByType());
        assertEquals(Map.of("0220", 2L, "0200", 1L), read.stats().recordsByType());
        assertTrue(read.model().user("IBMUSER").orElseThrow().isSpecial());
    }

    @Test
    void missingColumnsAreAbsentFieldsAndBadValuesAreErrorsWithTheirLine() {
        String csv = "USBD_NAME,USBD_SPECIAL,USBD_REVOKE_DATE\r\nIBMUSER,YES,\r\nBOB,NO,31.12.2021\r\n";
        UnloadTestFiles.Read read = UnloadTestFiles.read(new Irrdbu00CsvReader(), UnloadTestFiles.write(dir, "users.csv", csv));
        assertTrue(read.model().user("IBMUSER").orElseThrow().isSpecial());
        assertEquals(null, read.model().user("IBMUSER").orElseThrow().getDefaultGroup());
        assertEquals(1, read.stats().errors());
        assertTrue(read.stats().problems().get(0).contains("users.csv:3: USBD_REVOKE_DATE '31.12.2021'"), read.stats().problems().get(0));
    }

    @Test
    void aPandasIndexColumnIsIgnored() {
        String csv = ",GRACC_NAME,GRACC_CLASS_NAME,GRACC_AUTH_ID,GRACC_ACCESS\n0,BPX.DAEMON,FACILITY,OMVSKERN,READ\n1,BPX.DAEMON,FACILITY,*,NONE\n";
        assertTrue(new Irrdbu00CsvReader().accepts(bytes(csv)));
        UnloadTestFiles.Read read = UnloadTestFiles.read(new Irrdbu00CsvReader(), UnloadTestFiles.write(dir, "gracc.csv", csv));
        var daemon = read.model().profiles("FACILITY").discrete("BPX.DAEMON").orElseThrow();
        assertEquals(List.of(new AccessEntry("OMVSKERN", AccessLevel.READ), new AccessEntry("*", AccessLevel.NONE)), daemon.getAccessList());
        assertEquals(1, read.stats().errors(), "access records without the profile's base record cannot be trusted");
        assertTrue(read.stats().problems().get(0).contains("FACILITY BPX.DAEMON has access or other records but no base record"));
    }

    @Test
    void aCsvWithoutAHeaderThrowsNamingTheFileAndLine() {
        InputException e = assertThrows(InputException.class, () -> UnloadTestFiles.read(new Irrdbu00CsvReader(),
                UnloadTestFiles.write(dir, "data.csv", "IBMUSER,YES\nBOB,NO\n")));
        assertTrue(e.getMessage().contains("data.csv:1: not an IRRDBU00 CSV"), e.getMessage());
    }

    private void assertSameAsText(UnloadTestFiles.Read read) {
        assertEquals(0, read.stats().errors(), () -> String.join("\n", read.stats().problems()));
        UnloadTestFiles.Read text = textModelOfTypes();
        assertEquals(text.stats().recordsByType(), read.stats().recordsByType());
        assertEquals(ModelDump.dump(text.model()), ModelDump.dump(read.model()));
    }

    private UnloadTestFiles.Read textModelOfTypes() {
        List<String> lines = UnloadTestFiles.realLines().stream().filter(l -> TYPES.contains(l.substring(0, 4))).toList();
        return UnloadTestFiles.readText(dir, UnloadTestFiles.lines(lines.toArray(String[]::new)));
    }

    private static UnloadTestFiles.Read readAll(List<Path> files) {
        return UnloadTestFiles.read(new Irrdbu00CsvReader(), files.toArray(Path[]::new));
    }

    /** The real records of one type as CSV: a header of IBM field names, then each field trailing-trimmed. */
    private static String toCsv(RecordLayout layout, char delimiter, boolean reversedColumns) {
        List<Field> fields = new ArrayList<>(layout.fields());
        if (reversedColumns) {
            Collections.reverse(fields);
        }
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setDelimiter(delimiter).build())) {
            printer.printRecord(fields.stream().map(Field::name).toList());
            FixedColumnRecord record = new FixedColumnRecord();
            for (String line : UnloadTestFiles.realLines()) {
                if (!line.startsWith(layout.type() + " ")) {
                    continue;
                }
                byte[] bytes = line.getBytes(StandardCharsets.ISO_8859_1);
                record.reset(bytes, 0, bytes.length);
                List<String> values = new ArrayList<>();
                for (Field f : fields) {
                    String v = record.text(f);
                    values.add(v == null ? "" : v);
                }
                printer.printRecord(values);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(Charset.forName("UTF-8"));
    }
}
