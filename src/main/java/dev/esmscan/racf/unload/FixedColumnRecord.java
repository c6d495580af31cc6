package dev.esmscan.racf.unload;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * A view of one fixed-column record held in a byte buffer as ISO-8859-1. A field that starts past
 * the end of a short line is absent; bytes past the last field are never looked at.
 */
final class FixedColumnRecord implements RecordFields {
    private static final byte BLANK = ' ';
    private static final long BLANKS = 0x2020202020202020L;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final RecentValues values = new RecentValues();
    private byte[] bytes;
    private int offset;
    private int length;
    private boolean controlBytes;

    void reset(byte[] bytes, int offset, int length) {
        this.bytes = bytes;
        this.offset = offset;
        this.length = length;
        this.controlBytes = false;
    }

    /** True when a field read since the last reset held a NUL or another control byte. */
    boolean sawControlBytes() {
        return controlBytes;
    }

    @Override
    public String text(Field field) {
        int start = field.start() - 1;
        if (start >= length) {
            return null;
        }
        int end = Math.min(field.end(), length);
        while (end - start >= 8 && (long) LONGS.get(bytes, offset + end - 8) == BLANKS) {
            end -= 8;
        }
        while (end > start && bytes[offset + end - 1] == BLANK) {
            end--;
        }
        int hash = 0;
        for (int i = offset + start; i < offset + end; i++) {
            byte b = bytes[i];
            if ((b & 0xFF) < 0x20) {
                controlBytes = true;
            }
            hash = RecentValues.hash(hash, b);
        }
        return end == start ? null : values.of(bytes, offset + start, end - start, hash);
    }
}
