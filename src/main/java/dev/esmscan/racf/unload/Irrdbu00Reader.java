package dev.esmscan.racf.unload;

import dev.esmscan.input.ExtractReader;
import dev.esmscan.input.InputException;
import dev.esmscan.input.ReadStats;
import dev.esmscan.model.SecurityModel;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads an IRRDBU00 unload in its real fixed-column format: text with LF or CRLF, blank-padded or
 * trimmed lines, or a binary transfer in EBCDIC (IBM-1047) with RECFM=VB descriptor words. One
 * streaming pass; only the fields of the records the model uses are decoded.
 */
public final class Irrdbu00Reader implements ExtractReader {
    public static final String FORMAT = "irrdbu00";

    private static final int HEAD_BYTES = 8192;
    private static final int STREAM_BUFFER = 1 << 20;
    private static final int PREVIEW = 40;

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public boolean accepts(byte[] head) {
        return UnloadEncoding.detect(head) != null;
    }

    @Override
    public ReadStats read(Path file, SecurityModel.Builder model) throws IOException {
        ReadStats stats = new ReadStats(file.toString(), FORMAT);
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), STREAM_BUFFER)) {
            byte[] head = raw.readNBytes(HEAD_BYTES);
            UnloadEncoding encoding = UnloadEncoding.detect(head);
            InputStream in = new SequenceInputStream(new ByteArrayInputStream(head), raw);
            RecordSource source;
            if (encoding == UnloadEncoding.EBCDIC_RECORDS || encoding == UnloadEncoding.EBCDIC_BLOCKS) {
                source = new VariableBlockedRecordSource(in, encoding == UnloadEncoding.EBCDIC_BLOCKS, file);
            } else {
                in.skipNBytes(UnloadEncoding.bomLength(head));
                source = new TextRecordSource(in);
            }
            readRecords(file, source, new UnloadRecordMapper(model, stats), stats);
        }
        return stats;
    }

    private static void readRecords(Path file, RecordSource source, UnloadRecordMapper mapper, ReadStats stats) throws IOException {
        FixedColumnRecord record = new FixedColumnRecord();
        RecordTypes types = new RecordTypes();
        boolean seenRecord = false;
        while (source.next()) {
            byte[] b = source.buffer();
            int off = source.offset();
            int len = source.length();
            if (isBlank(b, off, len)) {
                continue;
            }
            if (!UnloadEncoding.startsWithRecordType(b, off, len) || (!seenRecord && !UnloadEncoding.isDigit(b[off]))) {
                if (!seenRecord) {
                    throw new InputException(file, source.line(),
                            "not an IRRDBU00 unload: the first record does not start with a record type such as '0100 ' ("
                                    + preview(b, off, len) + ")");
                }
                stats.error(source.line(), "no record type in columns 1-5 (4 letters or digits and a blank): " + preview(b, off, len));
                continue;
            }
            seenRecord = true;
            record.reset(b, off, len);
            mapper.map(types.of(b, off), record, source.line());
        }
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
            int code = (b[off] << 24) | (b[off + 1] << 16) | (b[off + 2] << 8) | b[off + 3];
            if (code != lastCode) {
                last = byCode.computeIfAbsent(code, k -> new String(b, off, 4, StandardCharsets.ISO_8859_1));
                lastCode = code;
            }
            return last;
        }
    }
}
