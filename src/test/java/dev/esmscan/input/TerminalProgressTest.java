package dev.esmscan.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TerminalProgressTest {
    private static final long MS = 1_000_000L;

    private final StringWriter out = new StringWriter();
    private long now = 5_000 * MS;
    private final TerminalProgress progress = new TerminalProgress(out, () -> now, 250 * MS);

    @Test
    void showsOneLineAtMostEveryIntervalRewrittenInPlace() {
        progress.started("/data/site.irrdbu00", 3_000_000_000L);
        now += 100 * MS;
        progress.advanced(100_000_000, 500_000);
        assertEquals("", out.toString(), "nothing before the first interval");
        now += 150 * MS;
        progress.advanced(400_000_000, 2_000_000);
        String first = "esmscan: reading site.irrdbu00 500.0 MB of 3.00 GB (16%), 10.0 M records/s, 1 s left";
        assertEquals("\r" + first, out.toString());
        now += 200 * MS;
        progress.advanced(500_000_000, 2_500_000);
        assertEquals(1, out.toString().split("\r", -1).length - 1, "throttled: still one update");
        now += 50 * MS;
        progress.advanced(0, 0);
        String second = "esmscan: reading site.irrdbu00 1.00 GB of 3.00 GB (33%), 10.0 M records/s, 1 s left";
        assertEquals("\r" + first + "\r" + second + " ".repeat(first.length() - second.length()), out.toString());
    }

    @Test
    void aShorterLinePadsOverTheLongerOneAndTheEndClearsIt() {
        progress.started("a.irrdbu00", 10_000_000_000L);
        now += 1_000 * MS;
        progress.advanced(1_500_000_000, 1_000);
        String first = "esmscan: reading a.irrdbu00 1.50 GB of 10.00 GB (15%), 1 k records/s, 6 s left";
        assertEquals("\r" + first, out.toString());
        now += 59_000 * MS;
        progress.advanced(1_000, 0);
        String second = "esmscan: reading a.irrdbu00 1.50 GB of 10.00 GB (15%), 17 records/s, 5 min 40 s left";
        assertEquals("\r" + first + "\r" + second, out.toString());
        progress.finished();
        assertTrue(out.toString().endsWith("\r" + " ".repeat(second.length()) + "\r"), out.toString());
    }

    @Test
    void anUnknownSizeOrRecordCountIsLeftOut() {
        progress.started("b.bin", -1);
        now += 300 * MS;
        progress.advanced(2_500, 0);
        assertEquals("\resmscan: reading b.bin 3 KB", out.toString());
    }

    @Test
    void aReadTooShortToShowLeavesNothingBehind() {
        progress.started("c.irrdbu00", 1_000);
        progress.advanced(1_000, 10);
        progress.finished();
        assertEquals("", out.toString());
    }

    @Test
    void offUnlessTheLauncherAsks() {
        String before = System.getProperty(TerminalProgress.PROPERTY);
        try {
            System.clearProperty(TerminalProgress.PROPERTY);
            assertEquals(ReadProgress.NONE, TerminalProgress.fromSystemProperty());
            System.setProperty(TerminalProgress.PROPERTY, "true");
            assertTrue(TerminalProgress.fromSystemProperty() instanceof TerminalProgress);
        } finally {
            if (before == null) {
                System.clearProperty(TerminalProgress.PROPERTY);
            } else {
                System.setProperty(TerminalProgress.PROPERTY, before);
            }
        }
    }
}
