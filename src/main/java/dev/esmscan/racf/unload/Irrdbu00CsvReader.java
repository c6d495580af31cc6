package dev.esmscan.racf.unload;

import dev.esmscan.input.ExtractReader;
import dev.esmscan.input.InputException;
import dev.esmscan.input.ReadStats;
import dev.esmscan.model.SecurityModel;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads IRRDBU00 records written as CSV with IBM field names as the header (USBD_NAME,
 * GRACC_AUTH_ID, ...), as pandas-based tools export them. The header tells the record type; a
 * file may hold several types, each section opened by its own header row. Columns may come in
 * any order; missing columns are absent fields. UTF-8 and ISO-8859-1 are both read.
 */
public final class Irrdbu00CsvReader implements ExtractReader {
    public static final String FORMAT = "irrdbu00-csv";

    private static final int HEAD_BYTES = 8192;
    /**
     * A CSV export lists the records by type, one header per type, not in IRRDBU00's order, and
     * nothing marks its end: a file cut short reads like a whole one.
     */
    static final String NO_ORDER = "a CSV export of an unload keeps its records by type, not in the order IRRDBU00 writes them:"
            + " whether the file was cut short cannot be told from its order";

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public boolean accepts(byte[] head) {
        HeadLine first = firstLine(head);
        if (first == null) {
            return false;
        }
        List<String> cells = CsvSection.splitHeaderLine(first.text(), CsvSection.delimiterOf(first.text()));
        if (!first.complete() && cells.size() > 1) {
            cells = cells.subList(0, cells.size() - 1);
        }
        return CsvSection.isIbmHeader(cells);
    }

    @Override
    public ReadStats read(Path file, SecurityModel.Builder model) throws IOException {
        ReadStats stats = new ReadStats(file.toString(), FORMAT);
        UnloadRecordMapper mapper = new UnloadRecordMapper(model, stats);
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            byte[] head = raw.readNBytes(HEAD_BYTES);
            HeadLine headerLine = firstLine(head);
            char delimiter = headerLine == null ? ',' : CsvSection.delimiterOf(headerLine.text());
            InputStream in = new SequenceInputStream(new ByteArrayInputStream(head), raw);
            in.skipNBytes(UnloadEncoding.bomLength(head));
            Reader reader = new Utf8OrLatin1Reader(in);
            CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).build();
            try (CSVParser parser = CSVParser.parse(reader, format)) {
                readRows(file, parser, mapper, stats);
                mapper.finish(stats);
                UnloadRecordMapper.reportProfilesWithoutBase(model, stats);
                UnloadRecordMapper.reportMissingIdentities(model, stats, true);
                stats.caveat(NO_ORDER);
            } catch (UncheckedIOException e) {
                throw new InputException(file, "not readable as CSV: " + e.getCause().getMessage());
            }
        }
        return stats;
    }

    private static void readRows(Path file, CSVParser parser, UnloadRecordMapper mapper, ReadStats stats) {
        CsvSection section = null;
        CsvRecordFields fields = new CsvRecordFields();
        long line = 1;
        for (CSVRecord row : parser) {
            long rowLine = line;
            line = parser.getCurrentLineNumber() + 1;
            String first = firstNonBlank(row);
            if (first == null) {
                continue;
            }
            CsvSection header = first.indexOf('_') > 0 ? CsvSection.fromHeader(row.toList()) : null;
            if (header != null) {
                String missingKey = header.missingKey();
                if (missingKey != null) {
                    throw new InputException(file, rowLine, "the header of the " + header.type() + " records lacks the key column "
                            + missingKey + "; expected it among the columns so that each row can be placed");
                }
                section = header;
                continue;
            }
            if (section == null) {
                throw new InputException(file, rowLine, "not an IRRDBU00 CSV: the first row is not a header of IBM field names such as USBD_NAME");
            }
            fields.reset(section, row);
            mapper.map(section.type(), fields, rowLine);
        }
        if (section == null) {
            throw new InputException(file, "not an IRRDBU00 CSV: the file holds no header row");
        }
    }

    /** The first cell that is not blank (a pandas export starts with an unnamed index column), or null. */
    private static String firstNonBlank(CSVRecord row) {
        for (String cell : row) {
            if (!cell.isBlank()) {
                return cell;
            }
        }
        return null;
    }

    /** A line of the first bytes of a file; not complete when the bytes end inside it. */
    private record HeadLine(String text, boolean complete) {
    }

    /** The first non-blank line of the head, without a byte order mark; null when there is none. */
    private static HeadLine firstLine(byte[] head) {
        int bom = UnloadEncoding.bomLength(head);
        String text = new String(head, bom, head.length - bom, StandardCharsets.ISO_8859_1);
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            boolean complete = end >= 0;
            if (!complete) {
                end = text.length();
            }
            String line = text.substring(start, end).strip();
            if (!line.isEmpty()) {
                return new HeadLine(line, complete);
            }
            start = end + 1;
        }
        return null;
    }
}
