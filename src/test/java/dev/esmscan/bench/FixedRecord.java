package dev.esmscan.bench;

import dev.esmscan.racf.unload.UnloadRecordWriter;
import dev.esmscan.racf.unload.UnloadRecordWriter.FieldPosition;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One IRRDBU00 record type laid out as bytes, blank-padded to its real length and ended by LF,
 * filled field by field without building strings or maps: fast enough to write gigabytes. The
 * positions come from {@link UnloadRecordWriter}'s layout table. Values set with {@link #preset}
 * stay in every record; values set after {@link #start} only in the current one.
 */
final class FixedRecord {
    private final UnloadRecordWriter.RecordLayout layout;
    private final byte[] template;
    private final byte[] line;

    FixedRecord(String type) {
        layout = UnloadRecordWriter.layout(type);
        template = new byte[layout.length() + 1];
        Arrays.fill(template, (byte) ' ');
        System.arraycopy(type.getBytes(StandardCharsets.ISO_8859_1), 0, template, 0, 4);
        template[layout.length()] = '\n';
        line = template.clone();
    }

    /** The field of this record type with that IBM name. */
    FieldPosition field(String name) {
        return layout.field(name);
    }

    /** Sets a value in the template, so that every record carries it. */
    FixedRecord preset(String fieldName, String value) {
        put(template, layout.field(fieldName), value);
        System.arraycopy(template, 0, line, 0, template.length);
        return this;
    }

    /** Starts a record from the template. */
    FixedRecord start() {
        System.arraycopy(template, 0, line, 0, template.length);
        return this;
    }

    FixedRecord text(FieldPosition f, String value) {
        put(line, f, value);
        return this;
    }

    FixedRecord flag(FieldPosition f, boolean value) {
        return text(f, value ? "YES" : "NO");
    }

    /** Right-aligned, zero-padded digits. */
    FixedRecord number(FieldPosition f, long value) {
        long v = value;
        for (int i = f.end() - 1; i >= f.start() - 1; i--) {
            line[i] = (byte) ('0' + v % 10);
            v /= 10;
        }
        if (v != 0) {
            throw new IllegalArgumentException(f.name() + " holds " + f.width() + " digits: " + value);
        }
        return this;
    }

    /** yyyy-mm-dd. */
    FixedRecord date(FieldPosition f, int year, int month, int day) {
        int at = f.start() - 1;
        digits(at, year, 4);
        line[at + 4] = '-';
        digits(at + 5, month, 2);
        line[at + 7] = '-';
        digits(at + 8, day, 2);
        return this;
    }

    /** The bytes of one record with its LF. */
    int length() {
        return line.length;
    }

    void writeTo(OutputStream out) throws IOException {
        out.write(line, 0, line.length);
    }

    private void digits(int at, int value, int width) {
        int v = value;
        for (int i = at + width - 1; i >= at; i--) {
            line[i] = (byte) ('0' + v % 10);
            v /= 10;
        }
    }

    private static void put(byte[] target, FieldPosition f, String value) {
        int width = f.width();
        if (value.length() > width) {
            throw new IllegalArgumentException(f.name() + " holds " + width + " characters: " + value);
        }
        int at = f.start() - 1;
        for (int i = 0; i < width; i++) {
            target[at + i] = i < value.length() ? (byte) value.charAt(i) : (byte) ' ';
        }
    }
}
