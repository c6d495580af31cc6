package dev.esmscan.racf.unload;

import org.apache.commons.csv.CSVRecord;

/** The fields of one CSV row, found through its section's header. Trailing blanks are trimmed as in the fixed-column form. */
final class CsvRecordFields implements RecordFields {
    private CsvSection section;
    private CSVRecord row;

    void reset(CsvSection section, CSVRecord row) {
        this.section = section;
        this.row = row;
    }

    @Override
    public String text(Field field) {
        int column = section.columnOf(field);
        if (column < 0 || column >= row.size()) {
            return null;
        }
        String value = row.get(column);
        int end = value.length();
        while (end > 0 && value.charAt(end - 1) == ' ') {
            end--;
        }
        return end == 0 ? null : value.substring(0, end);
    }
}
