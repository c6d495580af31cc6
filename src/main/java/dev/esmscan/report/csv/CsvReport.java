package dev.esmscan.report.csv;

import com.fasterxml.jackson.databind.JsonNode;
import dev.esmscan.report.ReportOrder;
import dev.esmscan.report.ReportView;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * report.csv for spreadsheets: one row per result, failures first (see {@link ReportOrder}). A
 * cell that a spreadsheet would take for a formula (starting with =, +, -, @, tab or CR, other than
 * a lone "-") is prefixed with a single quote.
 */
public final class CsvReport {
    static final String[] HEADER = {"id", "status", "severity", "subject", "title", "section", "source", "evidence",
            "remediation", "baseline", "waiver"};

    private CsvReport() {
    }

    public static byte[] render(JsonNode tree) {
        ReportView report = ReportView.of(tree);
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).build())) {
            for (ReportView.Result r : ReportOrder.display(report.results())) {
                String waiver = r.waiver() == null ? "" : "approved by " + r.waiver().approvedBy() + " until "
                        + r.waiver().expires() + ": " + r.waiver().justification();
                csv.printRecord(cell(r.id()), cell(r.status()), cell(r.severity()), cell(r.subject()), cell(r.title()),
                        cell(r.section()), cell(r.source()), cell(r.evidence()), cell(String.join("\n", r.remediation())),
                        cell(r.baseline() == null ? "" : r.baseline()), cell(waiver));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Guards a cell against formula injection. */
    static String cell(String value) {
        if (value.isEmpty() || value.equals("-")) {
            // a lone "-" (the subject of a result about no one subject) is no formula
            return value;
        }
        switch (value.charAt(0)) {
            case '=': case '+': case '-': case '@': case '\t': case '\r':
                return "'" + value;
            default:
                return value;
        }
    }
}
