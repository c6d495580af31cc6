package dev.esmscan.racf.unload;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One header row of an IRRDBU00 CSV and the rows after it: every header cell is an IBM field name of
 * one record type (USBD_NAME, USBD_SPECIAL, ...), which tells the type of the rows.
 */
final class CsvSection {
    private final String type;
    private final Map<Field, Integer> columns;

    private CsvSection(String type, Map<Field, Integer> columns) {
        this.type = type;
        this.columns = columns;
    }

    /** The record type code, or the field-name prefix when it is not an IBM record type. */
    String type() {
        return type;
    }

    /**
     * The key field (the profile, user or group name, right after the record type) when this
     * section's header lacks it, so that no row could be placed; else null.
     */
    String missingKey() {
        RecordLayout layout = RecordLayouts.ofType(type);
        if (layout == null || layout.fields().size() < 2) {
            return null;
        }
        Field key = layout.fields().get(1);
        return columns.containsKey(key) ? null : key.name();
    }

    /** The column of a field, or -1 when the header does not have it. */
    int columnOf(Field field) {
        Integer column = columns.get(field);
        return column == null ? -1 : column;
    }

    /** The section this row opens, or null when the row is not a header. */
    static CsvSection fromHeader(List<String> cells) {
        String prefix = commonPrefix(cells);
        if (prefix == null) {
            return null;
        }
        String type = RecordLayouts.typeOfPrefix(prefix);
        RecordLayout layout = type == null ? null : RecordLayouts.ofType(type);
        Map<Field, Integer> columns = new IdentityHashMap<>();
        if (layout != null) {
            for (int i = 0; i < cells.size(); i++) {
                String name = normalize(cells.get(i));
                if (layout.hasField(name)) {
                    columns.putIfAbsent(layout.field(name), i);
                }
            }
        }
        return new CsvSection(type == null ? prefix : type, columns);
    }

    /** True when the cells name fields of one IBM record type (the form of a header, not of data). */
    static boolean isIbmHeader(List<String> cells) {
        String prefix = commonPrefix(cells);
        return prefix != null && RecordLayouts.typeOfPrefix(prefix) != null;
    }

    /** The prefix all non-blank cells share when every one of them is shaped like an IBM field name. */
    private static String commonPrefix(List<String> cells) {
        String prefix = null;
        for (String cell : cells) {
            String name = normalize(cell);
            if (name.isEmpty()) {
                continue;
            }
            if (!isFieldName(name)) {
                return null;
            }
            String p = RecordLayouts.prefixOf(name);
            if (prefix == null) {
                prefix = p;
            } else if (!prefix.equals(p)) {
                return null;
            }
        }
        return prefix;
    }

    private static boolean isFieldName(String s) {
        int underscore = s.indexOf('_');
        if (underscore <= 0 || underscore == s.length() - 1 || !(s.charAt(0) >= 'A' && s.charAt(0) <= 'Z')) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) {
                return false;
            }
        }
        return true;
    }

    private static String normalize(String cell) {
        return cell == null ? "" : cell.strip().toUpperCase(Locale.ROOT);
    }

    /** Splits one header line at the delimiter, removing double quotes (header cells hold no delimiters). */
    static List<String> splitHeaderLine(String line, char delimiter) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == delimiter) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c != '"') {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    /** Comma, unless the line has none and has semicolons or tabs instead. */
    static char delimiterOf(String headerLine) {
        if (headerLine.indexOf(',') >= 0) {
            return ',';
        }
        if (headerLine.indexOf(';') >= 0) {
            return ';';
        }
        return headerLine.indexOf('\t') >= 0 ? '\t' : ',';
    }
}
