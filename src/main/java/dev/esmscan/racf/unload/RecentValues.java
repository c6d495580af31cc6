package dev.esmscan.racf.unload;

import java.nio.charset.StandardCharsets;

/**
 * The strings made lately from field bytes, one per slot of a small table: a value that comes back in
 * nearby records (a user's ID in each of its records, a group, an owner, a date) is then one String,
 * whose hash is computed once. A large unload repeats such values millions of times, and every copy
 * would otherwise be garbage to collect or a duplicate kept in the model. Confined to one thread.
 */
final class RecentValues {
    private static final int SLOTS = 1 << 13;

    private final String[] values = new String[SLOTS];

    /** The hash {@link #of} expects: String's own, 31 times the hash so far plus each unsigned byte. */
    static int hash(int hash, byte b) {
        return 31 * hash + (b & 0xFF);
    }

    /**
     * The ISO-8859-1 string of {@code length} bytes at {@code offset}, whose {@link #hash} is
     * {@code hash}, reused when it was made lately. The hash is String's own, so a different value is
     * mostly told apart without comparing bytes.
     */
    String of(byte[] bytes, int offset, int length, int hash) {
        int slot = (hash ^ (hash >>> 13)) & (SLOTS - 1);
        String recent = values[slot];
        if (recent != null && recent.hashCode() == hash && equal(recent, bytes, offset, length)) {
            return recent;
        }
        String made = new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
        values[slot] = made;
        return made;
    }

    private static boolean equal(String value, byte[] bytes, int offset, int length) {
        if (value.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (value.charAt(i) != (bytes[offset + i] & 0xFF)) {
                return false;
            }
        }
        return true;
    }
}
