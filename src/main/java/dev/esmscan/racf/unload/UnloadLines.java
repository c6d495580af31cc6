package dev.esmscan.racf.unload;

import dev.esmscan.input.InputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the lines of a fixed-column unload, one at a time in file order, into decoded records: a
 * blank line is passed over, a line without a record type in columns 1-5 is a problem (or, before
 * any record, means the file is no unload). One instance per thread.
 */
final class UnloadLines {
    private static final int PREVIEW = 40;

    private final Path file;
    private final UnloadRecordMapper mapper;
    private final FixedColumnRecord record = new FixedColumnRecord();
    private final RecordTypes types = new RecordTypes();
    private boolean seenRecord;

    UnloadLines(Path file, UnloadRecordMapper mapper) {
        this.file = file;
        this.mapper = mapper;
    }

    /** Says that a record was already seen before the lines given here (they are not the file's first). */
    void recordSeen() {
        seenRecord = true;
    }

    /** The decoded record of the line, or null for a blank line. */
    UnloadRecordMapper.Decoded decode(byte[] b, int off, int len, long line) {
        if (isBlank(b, off, len)) {
            return null;
        }
        if (!UnloadEncoding.startsWithRecordType(b, off, len) || (!seenRecord && !UnloadEncoding.isDigit(b[off]))) {
            if (!seenRecord) {
                throw new InputException(file, line,
                        "not an IRRDBU00 unload: the first record does not start with a record type such as '0100 ' ("
                                + preview(b, off, len) + ")");
            }
            return UnloadRecordMapper.problem(line,
                    "no record type in columns 1-5 (4 letters or digits and a blank): " + preview(b, off, len));
        }
        seenRecord = true;
        record.reset(b, off, len);
        UnloadRecordMapper.Decoded d = mapper.decode(types.of(b, off), record, line);
        if (record.sawControlBytes()) {
            List<String> problems = new ArrayList<>(d.problems());
            problems.add("a field holds NUL or other control bytes (a damaged or binary-edited file?): " + preview(b, off, len));
            return new UnloadRecordMapper.Decoded(d.type(), d.line(), d.outcome(), d.change(), problems, d.base());
        }
        return d;
    }

    /** Throws when no record came at all. */
    void finish() {
        if (!seenRecord) {
            throw new InputException(file, "not an IRRDBU00 unload: the file holds no records");
        }
    }

    private static boolean isBlank(byte[] b, int off, int len) {
        for (int i = off; i < off + len; i++) {
            if (b[i] != ' ') {
                return false;
            }
        }
        return true;
    }

    private static String preview(byte[] b, int off, int len) {
        StringBuilder s = new StringBuilder("'");
        for (int i = off; i < off + Math.min(len, PREVIEW); i++) {
            char c = (char) (b[i] & 0xFF);
            s.append(c < ' ' || (c >= 0x7F && c < 0xA0) ? '?' : c);
        }
        return s.append(len > PREVIEW ? "...'" : "'").toString();
    }

    /** The type code strings, made once per distinct type rather than once per record. */
    private static final class RecordTypes {
        private final Map<Integer, String> byCode = new HashMap<>();
        private int lastCode = -1;
        private String last;

        String of(byte[] b, int off) {
            int code = ((b[off] & 0xFF) << 24) | ((b[off + 1] & 0xFF) << 16) | ((b[off + 2] & 0xFF) << 8) | (b[off + 3] & 0xFF);
            if (code != lastCode) {
                last = byCode.get(code);
                if (last == null) {
                    last = new String(b, off, 4, StandardCharsets.ISO_8859_1);
                    byCode.put(code, last);
                }
                lastCode = code;
            }
            return last;
        }
    }
}
