package dev.esmscan.racf.unload;

import dev.esmscan.input.ReadStats;
import java.nio.charset.StandardCharsets;

/**
 * Per record type (its 4 bytes as an int): what the triage said, and how many lines were skipped or
 * filtered. A small open-addressing table, so that a line costs no string and no boxing.
 */
final class TypeCounts {
    private static final int SLOTS = 256;
    private static final int MAX_TYPES = 192;
    private static final byte UNKNOWN = -1;

    private final int[] codes = new int[SLOTS];
    private final String[] names = new String[SLOTS];
    private final boolean[] used = new boolean[SLOTS];
    private final byte[] actions = new byte[SLOTS];
    private final long[] skipped = new long[SLOTS];
    private final long[] filtered = new long[SLOTS];
    private int types;

    /** The slot of this type, or -1 when the table is full (then the line simply goes on to the mapper). */
    int slot(int code) {
        int h = (code * 0x9E3779B9) >>> 24;
        while (used[h]) {
            if (codes[h] == code) {
                return h;
            }
            h = (h + 1) & (SLOTS - 1);
        }
        if (types == MAX_TYPES) {
            return -1;
        }
        types++;
        used[h] = true;
        codes[h] = code;
        names[h] = name(code);
        actions[h] = UNKNOWN;
        return h;
    }

    byte action(int slot, LineTriage triage) {
        byte a = actions[slot];
        if (a == UNKNOWN) {
            a = triage.byType(names[slot]);
            actions[slot] = a;
        }
        return a;
    }

    void skipped(int slot) {
        skipped[slot]++;
    }

    void filtered(int slot) {
        filtered[slot]++;
    }

    /** Adds the counts to the read's statistics. */
    void addTo(ReadStats stats) {
        for (int i = 0; i < SLOTS; i++) {
            if (used[i]) {
                String type = names[i];
                stats.skipped(type, skipped[i]);
                stats.filtered(type, filtered[i]);
            }
        }
    }

    /** The type as text, from its 4 bytes read little-endian. */
    private static String name(int code) {
        byte[] b = {(byte) code, (byte) (code >>> 8), (byte) (code >>> 16), (byte) (code >>> 24)};
        return new String(b, StandardCharsets.ISO_8859_1);
    }
}
