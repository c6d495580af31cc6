package dev.esmscan.racf.unload;

import java.nio.ByteBuffer;
import java.util.Arrays;

/** The lines of one chunk that go on to the mapper, copied out of the mapped file with their line numbers. */
final class KeptLines {
    private static final int HEADER = 8;

    private byte[] data = new byte[1 << 16];
    private int size;

    /** Copies {@code length} bytes at {@code offset} of {@code from}, the line numbered {@code line} in its chunk. */
    void add(ByteBuffer from, int offset, int length, int line) {
        int needed = size + HEADER + length;
        if (needed > data.length) {
            data = Arrays.copyOf(data, Math.max(needed, data.length * 2));
        }
        putInt(size, line);
        putInt(size + 4, length);
        from.get(offset, data, size + HEADER, length);
        size = needed;
    }

    /** Hands every line, in order, to {@code sink} with its line number plus {@code lineBase}. */
    void forEach(long lineBase, UnloadLines sink) {
        int at = 0;
        while (at < size) {
            int line = getInt(at);
            int length = getInt(at + 4);
            sink.accept(data, at + HEADER, length, lineBase + line);
            at += HEADER + length;
        }
    }

    private void putInt(int at, int v) {
        data[at] = (byte) (v >>> 24);
        data[at + 1] = (byte) (v >>> 16);
        data[at + 2] = (byte) (v >>> 8);
        data[at + 3] = (byte) v;
    }

    private int getInt(int at) {
        return ((data[at] & 0xFF) << 24) | ((data[at + 1] & 0xFF) << 16) | ((data[at + 2] & 0xFF) << 8) | (data[at + 3] & 0xFF);
    }
}
