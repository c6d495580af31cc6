package dev.esmscan.racf.unload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.esmscan.input.ProfileScope;
import dev.esmscan.input.ReadStats;
import dev.esmscan.model.SecurityModel;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The triage that counts lines without decoding them decides as the mapper would. */
class LineTriageTest {
    private static final ProfileScope FACILITY_ONLY = ProfileScope.only(Set.of("FACILITY", "APPL"));

    @Test
    void everyMappedTypeReachesTheMapperAndEveryOtherIsSkippedByBoth() {
        LineTriage triage = new LineTriage(ProfileScope.all());
        for (RecordLayout layout : RecordLayouts.mapped()) {
            assertNotEquals(UnloadRecordMapper.Kind.UNUSED, UnloadRecordMapper.kindOf(layout.type()), layout.type());
            assertEquals(0, skippedByMapper(layout.type()), layout.type());
            assertEquals(LineTriage.KEEP, triage.byType(layout.type()), layout.type());
        }
        for (String unused : List.of("0103", "0220", "0401", "0506", "05G0", "1560", "ZZ99")) {
            assertEquals(UnloadRecordMapper.Kind.UNUSED, UnloadRecordMapper.kindOf(unused));
            assertEquals(1, skippedByMapper(unused), unused);
            assertEquals(LineTriage.SKIP, triage.byType(unused), unused);
        }
    }

    @Test
    void everyGeneralResourceTypeHasItsClassInColumns253To260() {
        for (RecordLayout layout : RecordLayouts.mapped()) {
            if (UnloadRecordMapper.kindOf(layout.type()) == UnloadRecordMapper.Kind.GENERAL_PROFILE) {
                Field f = UnloadRecordMapper.classField(layout.type());
                assertEquals(253, f.start(), layout.type());
                assertEquals(260, f.end(), layout.type());
            }
        }
    }

    @Test
    void dataSetRecordsAreFilteredUnlessTheScopeKeepsDataset() {
        assertEquals(LineTriage.FILTER, new LineTriage(FACILITY_ONLY).byType("0404"));
        assertEquals(LineTriage.KEEP, new LineTriage(ProfileScope.only(Set.of("DATASET"))).byType("0400"));
        assertEquals(LineTriage.KEEP, new LineTriage(ProfileScope.all()).byType("0402"));
    }

    @Test
    void theClassColumnsDecidePaddedTrimmedShortAndBlank() {
        LineTriage triage = new LineTriage(FACILITY_ONLY);
        assertEquals(LineTriage.CLASS_DECIDES, triage.byType("0505"));
        assertEquals(LineTriage.KEEP, byClass(triage, withClass("FACILITY", 284)));
        assertEquals(LineTriage.KEEP, byClass(triage, withClass("FACILITY", 260)));
        assertEquals(LineTriage.KEEP, byClass(triage, withClass("APPL", 256)));
        assertEquals(LineTriage.KEEP, byClass(triage, withClass("APPL", 1017)));
        assertEquals(LineTriage.FILTER, byClass(triage, withClass("TCICSTRN", 284)));
        assertEquals(LineTriage.FILTER, byClass(triage, withClass("APP", 255)));
        assertEquals(LineTriage.FILTER, byClass(triage, withClass("APPLX", 257)));
        assertEquals(LineTriage.FILTER, byClass(triage, withClass("facility", 260)));
        assertEquals(LineTriage.KEEP, byClass(triage, withClass("", 284)), "a blank class is the mapper's error to report");
        assertEquals(LineTriage.KEEP, byClass(triage, withClass("", 200)), "so is a line that ends before the class");
    }

    @Test
    void theMapperFiltersByTheSameClassColumns() {
        for (String cls : List.of("FACILITY", "APPL", "TCICSTRN", "APP", "facility", "")) {
            String line = withClass(cls, 261) + "IBMUSER  READ";
            ReadStats stats = new ReadStats("t", "irrdbu00");
            FixedColumnRecord r = new FixedColumnRecord();
            byte[] b = line.getBytes(StandardCharsets.ISO_8859_1);
            r.reset(b, 0, b.length);
            new UnloadRecordMapper(SecurityModel.builder(), stats, FACILITY_ONLY).map("0505", r, 1);
            byte triage = byClass(new LineTriage(FACILITY_ONLY), line);
            assertEquals(triage == LineTriage.FILTER ? 1 : 0, stats.filtered(), cls);
        }
    }

    private static long skippedByMapper(String type) {
        ReadStats stats = new ReadStats("t", "irrdbu00");
        FixedColumnRecord empty = new FixedColumnRecord();
        byte[] b = (type + " ").getBytes(StandardCharsets.ISO_8859_1);
        empty.reset(b, 0, b.length);
        new UnloadRecordMapper(SecurityModel.builder(), stats).map(type, empty, 1);
        return stats.skipped();
    }

    /** A 0505 line of {@code length} with the class at 253, blank-padded, cut to length. */
    private static String withClass(String cls, int length) {
        StringBuilder s = new StringBuilder(String.format("%-252s%-8s", "0505 A.RESOURCE", cls));
        while (s.length() < length) {
            s.append(' ');
        }
        return s.substring(0, length);
    }

    private static byte byClass(LineTriage triage, String line) {
        byte[] bytes = ("XX" + line + "\n").getBytes(StandardCharsets.ISO_8859_1);
        return triage.byClass(bytes, 2, line.length());
    }
}
