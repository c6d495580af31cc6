package dev.esmscan.racf.unload;

import dev.esmscan.input.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Reads a binary-transferred RECFM=VB unload: EBCDIC records, each behind a 4-byte record
 * descriptor word (2-byte big-endian length including itself, then 2 zero bytes), optionally grouped
 * in blocks behind a block descriptor word. Records come out translated to ISO-8859-1.
 */
final class VariableBlockedRecordSource implements RecordSource {
    private final InputStream in;
    private final boolean blocked;
    private final Path file;
    private final byte[] descriptor = new byte[4];
    private byte[] buf = new byte[1 << 15];
    private int length;
    private long record;
    private long blockRemaining;
    private boolean paddedEnd;

    VariableBlockedRecordSource(InputStream in, boolean blocked, Path file) {
        this.in = in;
        this.blocked = blocked;
        this.file = file;
    }

    @Override
    public boolean next() throws IOException {
        if (blocked && blockRemaining == 0) {
            if (!readDescriptor()) {
                return false;
            }
            blockRemaining = blockLength() - 4;
            if (blockRemaining < 4) {
                throw corrupt("block descriptor word gives length " + (blockRemaining + 4));
            }
        }
        if (!readDescriptor()) {
            if (blocked && !paddedEnd) {
                throw corrupt("file ends inside a block");
            }
            return false;
        }
        if (descriptor[2] != 0 || descriptor[3] != 0) {
            throw corrupt("record descriptor word has flags (spanned records are not supported)");
        }
        int recordLength = ((descriptor[0] & 0xFF) << 8) | (descriptor[1] & 0xFF);
        if (recordLength < 4 || (blocked && recordLength > blockRemaining)) {
            throw corrupt("record descriptor word gives length " + recordLength);
        }
        blockRemaining -= recordLength;
        length = recordLength - 4;
        if (length > buf.length) {
            buf = new byte[Math.max(length, buf.length * 2)];
        }
        if (in.readNBytes(buf, 0, length) != length) {
            throw corrupt("file ends inside a record");
        }
        Ebcdic.toLatin1(buf, 0, length);
        record++;
        return true;
    }

    /** Reads the next descriptor word; false at a clean end of file or at zero padding up to the end. */
    private boolean readDescriptor() throws IOException {
        int n = in.readNBytes(descriptor, 0, 4);
        if (n == 0) {
            return false;
        }
        if (n < 4) {
            throw corrupt("file ends inside a descriptor word");
        }
        if ((descriptor[0] | descriptor[1] | descriptor[2] | descriptor[3]) == 0) {
            int b;
            while ((b = in.read()) >= 0) {
                if (b != 0) {
                    throw corrupt("zero descriptor word followed by data");
                }
            }
            paddedEnd = true;
            return false;
        }
        return true;
    }

    private long blockLength() {
        if ((descriptor[0] & 0x80) != 0) {
            return ((descriptor[0] & 0x7FL) << 24) | ((descriptor[1] & 0xFFL) << 16) | ((descriptor[2] & 0xFFL) << 8) | (descriptor[3] & 0xFFL);
        }
        if (descriptor[2] != 0 || descriptor[3] != 0) {
            throw corrupt("block descriptor word has non-zero bytes 3-4");
        }
        return ((descriptor[0] & 0xFF) << 8) | (descriptor[1] & 0xFF);
    }

    private InputException corrupt(String what) {
        return new InputException(file, record + 1, "binary (EBCDIC, RECFM=VB) unload is damaged: " + what);
    }

    @Override public byte[] buffer() { return buf; }
    @Override public int offset() { return 0; }
    @Override public int length() { return length; }
    @Override public long line() { return record; }
}
