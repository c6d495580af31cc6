package dev.esmscan.racf.unload;

import java.io.IOException;
import java.io.InputStream;

/** Splits a text unload into lines at LF, dropping a CR before it, without decoding anything. */
final class TextRecordSource implements RecordSource {
    private static final int INITIAL_BUFFER = 1 << 16;

    private final InputStream in;
    private byte[] buf = new byte[INITIAL_BUFFER];
    private int pos;
    private int limit;
    private boolean eof;
    private int lineOffset;
    private int lineLength;
    private long line;

    TextRecordSource(InputStream in) {
        this.in = in;
    }

    @Override
    public boolean next() throws IOException {
        int scanFrom = pos;
        while (true) {
            for (int i = scanFrom; i < limit; i++) {
                if (buf[i] == '\n') {
                    take(pos, i);
                    pos = i + 1;
                    return true;
                }
            }
            if (eof) {
                if (pos < limit) {
                    take(pos, limit);
                    pos = limit;
                    return true;
                }
                return false;
            }
            scanFrom = limit - pos;
            fill();
        }
    }

    private void take(int from, int to) {
        int end = to;
        if (end > from && buf[end - 1] == '\r') {
            end--;
        }
        lineOffset = from;
        lineLength = end - from;
        line++;
    }

    /** Moves the unread bytes to the front, grows the buffer for very long lines, and reads more. */
    private void fill() throws IOException {
        int pending = limit - pos;
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, pending);
        } else if (pending == buf.length) {
            byte[] bigger = new byte[buf.length * 2];
            System.arraycopy(buf, 0, bigger, 0, pending);
            buf = bigger;
        }
        pos = 0;
        limit = pending;
        int n = in.read(buf, limit, buf.length - limit);
        if (n < 0) {
            eof = true;
        } else {
            limit += n;
        }
    }

    @Override public byte[] buffer() { return buf; }
    @Override public int offset() { return lineOffset; }
    @Override public int length() { return lineLength; }
    @Override public long line() { return line; }
}
