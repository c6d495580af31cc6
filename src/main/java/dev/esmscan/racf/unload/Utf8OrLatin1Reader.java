package dev.esmscan.racf.unload;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/**
 * Decodes bytes as UTF-8 where they form valid UTF-8 sequences and as ISO-8859-1 where they do not,
 * so that a CSV written in either encoding reads the same in one pass (for example the byte 0xBD
 * inside DIGTCERT names, or its UTF-8 form C2 BD).
 */
final class Utf8OrLatin1Reader extends Reader {
    private final InputStream in;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;
    private boolean eof;
    private int pendingLowSurrogate = -1;

    Utf8OrLatin1Reader(InputStream in) {
        this.in = in;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        int n = 0;
        while (n < len) {
            if (pendingLowSurrogate >= 0) {
                cbuf[off + n++] = (char) pendingLowSurrogate;
                pendingLowSurrogate = -1;
                continue;
            }
            if (limit - pos < 4 && !eof) {
                fill();
            }
            if (pos >= limit) {
                break;
            }
            int b0 = buf[pos] & 0xFF;
            if (b0 < 0x80) {
                cbuf[off + n++] = (char) b0;
                pos++;
                continue;
            }
            int cp = decodeMultiByte(b0);
            if (cp < 0) {
                cbuf[off + n++] = (char) b0;
                pos++;
            } else if (cp > 0xFFFF) {
                cbuf[off + n++] = Character.highSurrogate(cp);
                pendingLowSurrogate = Character.lowSurrogate(cp);
            } else {
                cbuf[off + n++] = (char) cp;
            }
        }
        return n == 0 ? -1 : n;
    }

    /** Decodes a valid UTF-8 sequence at pos and advances past it; -1 (nothing consumed) when invalid. */
    private int decodeMultiByte(int b0) {
        int count;
        int cp;
        int min;
        if (b0 >= 0xC2 && b0 <= 0xDF) {
            count = 1;
            cp = b0 & 0x1F;
            min = 0x80;
        } else if (b0 >= 0xE0 && b0 <= 0xEF) {
            count = 2;
            cp = b0 & 0x0F;
            min = 0x800;
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            count = 3;
            cp = b0 & 0x07;
            min = 0x10000;
        } else {
            return -1;
        }
        if (pos + count >= limit) {
            return -1;
        }
        for (int i = 1; i <= count; i++) {
            int b = buf[pos + i] & 0xFF;
            if ((b & 0xC0) != 0x80) {
                return -1;
            }
            cp = (cp << 6) | (b & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            return -1;
        }
        pos += count + 1;
        return cp;
    }

    private void fill() throws IOException {
        int pending = limit - pos;
        System.arraycopy(buf, pos, buf, 0, pending);
        pos = 0;
        limit = pending;
        while (limit < buf.length) {
            int r = in.read(buf, limit, buf.length - limit);
            if (r < 0) {
                eof = true;
                return;
            }
            limit += r;
            if (limit - pos >= 4) {
                return;
            }
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
