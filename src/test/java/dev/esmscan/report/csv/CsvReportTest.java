package dev.esmscan.report.csv;

import static dev.esmscan.report.ReportFixtures.result;
import static dev.esmscan.report.ReportFixtures.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.esmscan.report.ReportFixtures;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CsvReportTest {

    private static List<CSVRecord> parse(byte[] csv) throws Exception {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(new String(csv, StandardCharsets.UTF_8))).getRecords();
    }

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "=HYPERLINK(\"http://evil\")|'=HYPERLINK(\"http://evil\")",
            "+CMD|'+CMD",
            "-2+3|'-2+3",
            "@SUM(A1:A9)|'@SUM(A1:A9)",
            "ZWESVUSR|ZWESVUSR",
            "a=b|a=b",
            "'already quoted|'already quoted",
    })
    void formulaLikeCellsAreQuoted(String value, String expected) throws Exception {
        CSVRecord row = parse(CsvReport.render(with(result("ZWE-FAC-JOBNAME", value, "FAIL", value, List.of(value))))).get(0);
        assertEquals(expected, row.get("subject"));
        assertEquals(expected, row.get("evidence"));
        assertEquals(expected, row.get("remediation"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\t", "\r"})
    void tabAndCarriageReturnAtTheStartAreQuoted(String lead) throws Exception {
        CSVRecord row = parse(CsvReport.render(with(result("ZWE-FAC-JOBNAME", "U1", "FAIL", lead + "=1+1", List.of())))).get(0);
        assertEquals("'" + lead + "=1+1", row.get("evidence"));
    }

    @Test
    void everyResultIsARowWithTheDocumentedColumns() throws Exception {
        byte[] csv = CsvReport.render(ReportFixtures.small());
        List<CSVRecord> rows = parse(csv);
        assertEquals(9, rows.size());
        assertEquals(List.of("id", "status", "severity", "subject", "title", "section", "source", "evidence", "remediation", "baseline", "waiver",
                "url", "system", "scan_date", "rule_pack", "inputs"),
                rows.get(0).getParser().getHeaderNames());
        assertEquals(List.of("FAIL ZWE-FAC-JOBNAME", "FAIL ZWE-ID-STC-USER", "FAIL ZWE-ID-STC-USER", "ERROR ZWE-CLASS-FACILITY",
                "WAIVED ZWE-ID-STC-USER", "MANUAL ZWE-MFA-FACTOR", "PASS ZWE-FAC-ZWESIS", "PASS ZWE-ID-ADMIN-GROUP",
                "NOT_APPLICABLE ZWE-SMF-RECORDS"), rows.stream().map(r -> r.get("status") + " " + r.get("id")).toList(),
                "failures first, each status by severity, then ID");
        CSVRecord jobname = rows.get(0);
        assertEquals("ZWE-FAC-JOBNAME", jobname.get("id"));
        assertEquals("PERMIT BPX.JOBNAME CLASS(FACILITY) ID(ZWESVUSR) ACCESS(READ)\nSETROPTS RACLIST(FACILITY) REFRESH", jobname.get("remediation"));
        assertEquals("-", rows.get(5).get("subject"), "the no-subject marker is no formula: written as it is");
    }
}
