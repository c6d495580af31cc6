package dev.esmscan.racf.unload;

import dev.esmscan.input.ProfileScope;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Decides from a line's record type and, for profiles, its class columns alone whether the line
 * must reach the mapper, or can be counted as skipped (a type the model does not use) or filtered
 * (a profile of a class outside the scope) without being decoded. It decides as the mapper would;
 * anything unusual (no record type, a blank class) goes on to the mapper.
 */
final class LineTriage {
    static final byte KEEP = 0;
    static final byte SKIP = 1;
    static final byte FILTER = 2;
    /** Returned by {@link #byType} when the class in columns 253-260 decides: see {@link #byClass}. */
    static final byte CLASS_DECIDES = 3;

    private static final int CLASS_OFFSET = 252;
    private static final int CLASS_LENGTH = 8;
    private static final long BLANKS = 0x2020202020202020L;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final boolean keepsEverything;
    private final boolean keepsDatasets;
    private final long[] keptClasses;

    LineTriage(ProfileScope scope) {
        keepsEverything = scope.keepsEverything();
        keepsDatasets = scope.keeps(ProfileScope.DATASET);
        keptClasses = scope.classes().stream()
                .filter(c -> c.length() <= CLASS_LENGTH)
                .mapToLong(LineTriage::paddedCode)
                .toArray();
    }

    /** What to do with a line of this record type, class aside. */
    byte byType(String type) {
        switch (UnloadRecordMapper.kindOf(type)) {
            case UNUSED:
                return SKIP;
            case DATASET_PROFILE:
                return keepsDatasets ? KEEP : FILTER;
            case GENERAL_PROFILE:
                return keepsEverything ? KEEP : CLASS_DECIDES;
            default:
                return KEEP;
        }
    }

    /** KEEP or FILTER for a general resource line of {@code length} bytes at {@code at}. */
    byte byClass(byte[] line, int at, int length) {
        if (length <= CLASS_OFFSET) {
            return KEEP;
        }
        long code;
        if (length >= CLASS_OFFSET + CLASS_LENGTH) {
            code = (long) LONGS.get(line, at + CLASS_OFFSET);
        } else {
            code = 0;
            for (int i = CLASS_LENGTH - 1; i >= 0; i--) {
                int present = CLASS_OFFSET + i < length ? line[at + CLASS_OFFSET + i] & 0xFF : ' ';
                code = (code << 8) | present;
            }
        }
        if (code == BLANKS) {
            return KEEP;
        }
        for (long kept : keptClasses) {
            if (kept == code) {
                return KEEP;
            }
        }
        return FILTER;
    }

    /** A class name blank-padded to 8 bytes, as a little-endian long. */
    static long paddedCode(String className) {
        byte[] padded = "        ".getBytes(StandardCharsets.ISO_8859_1);
        byte[] name = className.getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(name, 0, padded, 0, name.length);
        return ByteBuffer.wrap(padded).order(ByteOrder.LITTLE_ENDIAN).getLong(0);
    }
}
