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
 * report.csv for spreadsheets: a row per input that may be cut short (id "input", status WARNING,
 * its horizon) or whose completeness cannot be told (status CAVEAT), then one row per result,
 * failures first (see {@link ReportOrder}), each with the documentation link it cites and what
 * identifies the scan (system, scan date, rule pack and its digest, the inputs with their SHA-256),
 * so rows of several reports pasted together stay told apart. A cell that a spreadsheet would take
 * for a formula (starting with =, +, -, @, tab or CR, other than a lone "-") is prefixed with a
 * single quote.
 */
public final class CsvReport {
    /** The id of the rows before the results that warn about the inputs. */
    static final String INPUT = "input";
    static final String[] HEADER = {"id", "status", "severity", "subject", "title", "section", "source", "evidence",
            "remediation", "baseline", "waiver", "url", "system", "scan_date", "rule_pack", "inputs"};

    private CsvReport() {
    }

    public static byte[] render(JsonNode tree) {
        ReportView report = ReportView.of(tree);
        // what tells this report's rows from another's, on every row so that rows of several reports can be pasted together
        String system = report.systemName();
        String pack = report.pack() == null ? "" : report.pack().describe();
        String inputs = report.inputs().stream().map(i -> i.path() + (i.sha256() == null ? "" : " sha256:" + i.sha256()))
                .collect(java.util.stream.Collectors.joining("\n"));
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).build())) {
            for (String w : report.horizonWarnings()) {
                csv.printRecord(INPUT, "WARNING", "", "", "the inputs may be incomplete", "", "", cell(w), "", "", "");
            }
            for (String c : report.caveats()) {
                csv.printRecord(INPUT, "CAVEAT", "", "", "whether the input is complete cannot be told", "", "", cell(c), "", "", "");
            }
            for (ReportView.Result r : ReportOrder.display(report.results())) {
                String waiver = r.waiver() == null ? "" : "approved by " + r.waiver().approvedBy() + " until "
                        + r.waiver().expires() + ": " + r.waiver().justification();
                csv.printRecord(cell(r.id()), cell(r.status()), cell(r.severity()), cell(r.subject()), cell(r.title()),
                        cell(r.section()), cell(r.source()), cell(r.evidence()), cell(String.join("\n", r.remediation())),
                        cell(r.baseline() == null ? "" : r.baseline()), cell(waiver), cell(r.url()), cell(system),
                        cell(report.asOf()), cell(pack), cell(inputs));
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
