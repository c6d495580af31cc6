package dev.esmscan.input;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Shows how a read goes on one terminal line, rewritten in place with a carriage return: the file,
 * bytes read of the total, records per second and the time left. At most one update per interval;
 * the line is cleared when the read ends. The launcher asks for it only when stderr is a terminal.
 */
public final class TerminalProgress implements ReadProgress {
    /** The system property the launcher sets to true when stderr is a terminal. */
    public static final String PROPERTY = "esmscan.progress";
    static final long INTERVAL_NANOS = 250_000_000L;

    private final Writer out;
    private final LongSupplier nanoClock;
    private final long intervalNanos;
    private String file;
    private long totalBytes;
    private long bytes;
    private long records;
    private long startNanos;
    private long lastShownNanos;
    private int shownWidth;

    public TerminalProgress(Writer out, LongSupplier nanoClock, long intervalNanos) {
        this.out = out;
        this.nanoClock = nanoClock;
        this.intervalNanos = intervalNanos;
    }

    /** Progress on stderr when the {@value #PROPERTY} system property is true, else none. */
    public static ReadProgress fromSystemProperty() {
        if (!Boolean.getBoolean(PROPERTY)) {
            return NONE;
        }
        Charset charset = System.console() != null ? System.console().charset() : Charset.defaultCharset();
        return new TerminalProgress(new PrintWriter(new OutputStreamWriter(System.err, charset)), System::nanoTime, INTERVAL_NANOS);
    }

    @Override
    public void started(String path, long total) {
        file = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
        totalBytes = total;
        bytes = 0;
        records = 0;
        startNanos = nanoClock.getAsLong();
        lastShownNanos = startNanos;
    }

    @Override
    public void advanced(long moreBytes, long moreRecords) {
        bytes += moreBytes;
        records += moreRecords;
        long now = nanoClock.getAsLong();
        if (now - lastShownNanos >= intervalNanos) {
            lastShownNanos = now;
            show(line(now - startNanos));
        }
    }

    @Override
    public void finished() {
        if (shownWidth > 0) {
            write("\r" + " ".repeat(shownWidth) + "\r");
            shownWidth = 0;
        }
    }

    /** The progress line after {@code elapsedNanos}, without the carriage return. */
    String line(long elapsedNanos) {
        StringBuilder s = new StringBuilder("esmscan: reading ").append(file).append(' ').append(size(bytes));
        if (totalBytes > 0) {
            s.append(" of ").append(size(totalBytes)).append(String.format(Locale.ROOT, " (%d%%)", Math.min(100, bytes * 100 / totalBytes)));
        }
        double seconds = elapsedNanos / 1e9;
        if (records > 0 && seconds > 0) {
            s.append(", ").append(count(records / seconds)).append(" records/s");
        }
        if (totalBytes > 0 && bytes > 0 && seconds > 0) {
            long left = Math.round((totalBytes - bytes) / (bytes / seconds));
            s.append(", ").append(duration(left)).append(" left");
        }
        return s.toString();
    }

    private void show(String text) {
        int pad = Math.max(0, shownWidth - text.length());
        write("\r" + text + " ".repeat(pad));
        shownWidth = text.length();
    }

    private void write(String text) {
        try {
            out.write(text);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String size(long b) {
        if (b < 1_000_000) {
            return String.format(Locale.ROOT, "%d KB", (b + 999) / 1000);
        }
        if (b < 1_000_000_000) {
            return String.format(Locale.ROOT, "%.1f MB", b / 1e6);
        }
        return String.format(Locale.ROOT, "%.2f GB", b / 1e9);
    }

    private static String count(double perSecond) {
        if (perSecond >= 1e6) {
            return String.format(Locale.ROOT, "%.1f M", perSecond / 1e6);
        }
        if (perSecond >= 1e3) {
            return String.format(Locale.ROOT, "%.0f k", perSecond / 1e3);
        }
        return String.format(Locale.ROOT, "%.0f", perSecond);
    }

    private static String duration(long seconds) {
        if (seconds < 60) {
            return seconds + " s";
        }
        return seconds / 60 + " min " + seconds % 60 + " s";
    }
}
