package dev.esmscan.input;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Counts by type, whether the type comes as the same string or an equal one, listed in type order. */
class TypeTallyTest {

    @Test
    void countsRunsAndReturnsOfEachTypeInTypeOrder() {
        TypeTally tally = new TypeTally();
        for (String type : List.of("0205", "0205", "0100", new String("0205"), "0100", "0200")) {
            tally.add(type, 1);
        }
        tally.add("0200", 40);
        assertEquals(List.of("0100", "0200", "0205"), List.copyOf(tally.sorted().keySet()));
        assertEquals(Map.of("0100", 2L, "0200", 41L, "0205", 3L), tally.sorted());
    }

    @Test
    void addsAnotherTally() {
        TypeTally a = new TypeTally();
        a.add("0100", 2);
        TypeTally b = new TypeTally();
        b.add("0100", 3);
        b.add("0101", 1);
        a.addAll(b);
        assertEquals(Map.of("0100", 5L, "0101", 1L), a.sorted());
    }
}
