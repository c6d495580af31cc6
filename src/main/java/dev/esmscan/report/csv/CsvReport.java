package dev.esmscan.report.csv;

import com.fasterxml.jackson.databind.JsonNode;
import dev.esmscan.report.ReportView;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * report.csv for spreadsheets: one row per result, after a row per input that may be cut short
 * (id "input", status WARNING, its horizon) or whose completeness cannot be told (status CAVEAT). A cell that a spreadsheet would take for a formula (starting with =, +, -, @,
 * tab or CR) is prefixed with a single quote.
 */
public final class CsvReport {
    /** The id of the rows before the results that warn about the inputs. */
    static final String INPUT = "input";
    static final String[] HEADER = {"id", "status", "severity", "subject", "title", "section", "source", "evidence",
            "remediation", "baseline", "waiver"};

    private CsvReport() {
    }

    public static byte[] render(JsonNode tree) {
        ReportView report = ReportView.of(tree);
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).build())) {
            for (String w : report.horizonWarnings()) {
                csv.printRecord(INPUT, "WARNING", "", "", "the inputs may be incomplete", "", "", cell(w), "", "", "");
            }
            for (String c : report.caveats()) {
                csv.printRecord(INPUT, "CAVEAT", "", "", "whether the input is complete cannot be told", "", "", cell(c), "", "", "");
            }
            for (ReportView.Result r : report.results()) {
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
        if (value.isEmpty()) {
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
