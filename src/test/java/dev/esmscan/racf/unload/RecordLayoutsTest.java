package dev.esmscan.racf.unload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The layout tables against the rules every IRRDBU00 record follows and against the real unload. */
class RecordLayoutsTest {

    static List<RecordLayout> layouts() {
        return RecordLayouts.mapped();
    }

    /** Type in 1-4, a blank in 5, the first field at 6, and exactly one blank column between fields. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("layouts")
    void fieldsFollowEachOtherWithOneBlankColumn(RecordLayout layout) {
        List<Field> fields = layout.fields();
        assertEquals(new Field(layout.prefix() + "_RECORD_TYPE", 1, 4), fields.get(0));
        assertEquals(6, fields.get(1).start());
        for (int i = 1; i < fields.size(); i++) {
            assertEquals(fields.get(i - 1).end() + 2, fields.get(i).start(), fields.get(i).name());
        }
        assertEquals(layout.type(), RecordLayouts.typeOfPrefix(layout.prefix()));
        assertSame(layout, RecordLayouts.ofType(layout.type()));
    }

    /** Every record of a mapped type in the real unload ends where its layout says (0200: at 642, before USBD_PHR_INTERVAL). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("layouts")
    void realRecordsEndWhereTheLayoutEnds(RecordLayout layout) {
        Map<Integer, Long> lengths = UnloadTestFiles.realLines().stream()
                .filter(l -> l.startsWith(layout.type() + " "))
                .collect(Collectors.groupingBy(String::length, Collectors.counting()));
        List<Field> fields = layout.fields();
        int expected = layout.type().equals("0200") ? 642 : fields.get(fields.size() - 1).end();
        assertTrue(lengths.isEmpty() || lengths.keySet().equals(java.util.Set.of(expected)), layout + " lengths " + lengths);
    }

    @Test
    void knowsEveryIbmRecordTypeByItsPrefix() {
        assertEquals("0220", RecordLayouts.typeOfPrefix("USTSO"));
        assertEquals("05K0", RecordLayouts.typeOfPrefix("GRIDTP"));
        assertEquals("1560", RecordLayouts.typeOfPrefix("CERTN"));
        assertNull(RecordLayouts.typeOfPrefix("FOO"));
        assertNull(RecordLayouts.ofType("0220"));
        assertEquals("GRACC", RecordLayouts.prefixOf("GRACC_AUTH_ID"));
    }
}
