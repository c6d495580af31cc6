package dev.esmscan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class PhaseTimesTest {

    @Test
    void printsOneLinePerPhaseWhenOn() {
        StringWriter err = new StringWriter();
        PhaseTimes times = new PhaseTimes(new PrintWriter(err), true);
        times.done("read");
        times.done("evaluate");
        String[] lines = err.toString().split("\n");
        assertEquals(2, lines.length, err.toString());
        assertTrue(lines[0].matches("esmscan: read +\\d+\\.\\d{3} s"), lines[0]);
        assertTrue(lines[1].matches("esmscan: evaluate +\\d+\\.\\d{3} s"), lines[1]);
    }

    @Test
    void printsNothingWhenOff() {
        StringWriter err = new StringWriter();
        PhaseTimes times = new PhaseTimes(new PrintWriter(err), false);
        times.done("read");
        assertEquals("", err.toString());
    }
}
