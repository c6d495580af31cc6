package dev.esmscan.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Where a command's time goes, printed to stderr one line per phase when the JVM runs with
 * {@code -Desmscan.timings=true} (the scale benchmark uses it); silent otherwise.
 */
final class PhaseTimes {
    private final PrintWriter err;
    private final boolean on;
    private long last = System.nanoTime();

    PhaseTimes(PrintWriter err) {
        this(err, Boolean.getBoolean("esmscan.timings"));
    }

    PhaseTimes(PrintWriter err, boolean on) {
        this.err = err;
        this.on = on;
    }

    /** Ends the phase that began at the previous call (or at construction). */
    void done(String phase) {
        long now = System.nanoTime();
        if (on) {
            print(phase, now - last);
        }
        last = now;
    }

    private void print(String phase, long nanos) {
        err.printf(Locale.ROOT, "esmscan: %-10s %6.3f s%n", phase, nanos / 1e9);
        err.flush();
    }
}
