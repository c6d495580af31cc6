package dev.esmscan.racf.access;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Most specific generic first: at the first differing position literal > % > * > ** (formats §10.5). */
class GenericSpecificityTest {

    @ParameterizedTest(name = "{0} is more specific than {1}")
    @CsvSource({
            "BPX.JOBNAM%,    BPX.JOBNA%E",   // literal beats %
            "BPX.JOB%AME,    BPX.JOB*",      // % beats *
            "BPX.*,          BPX.**",        // * beats **
            "BPX.J*,         BPX.*",         // literal beats *
            "BPX.JOBNAME.*,  BPX.JOBNAME*",  // the period is a literal
            "ZWESLSTC.*,     ZWESLSTC*",
            "A.B.**,         A.**",
            "A.%.C,          A.*.C",
            "A.%%,           A.%",           // same kinds, longer wins
    })
    void moreSpecificSortsFirst(String moreSpecific, String lessSpecific) {
        assertTrue(GenericSpecificity.MOST_SPECIFIC_FIRST.compare(moreSpecific, lessSpecific) < 0);
        assertTrue(GenericSpecificity.MOST_SPECIFIC_FIRST.compare(lessSpecific, moreSpecific) > 0);
    }

    @Test
    void sortsAnyOrderIntoTheSameSearchOrder() {
        List<String> expected = List.of("BPX.JOBNAME.*", "BPX.JOBNAM%", "BPX.JOB%AME", "BPX.JOB*", "BPX.J*", "BPX.*", "BPX.**", "**");
        List<String> shuffled = new ArrayList<>(expected);
        Collections.shuffle(shuffled, new Random(7));
        shuffled.sort(GenericSpecificity.MOST_SPECIFIC_FIRST);
        assertEquals(expected, shuffled);
    }
}
