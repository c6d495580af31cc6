package dev.esmscan.report.markdown;

import static dev.esmscan.report.ReportFixtures.result;
import static dev.esmscan.report.ReportFixtures.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.esmscan.report.ReportFixtures;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkdownReportTest {

    /** Pipes that end a cell: those not preceded by a backslash. */
    private static int cellSeparators(String line) {
        int n = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '|' && (i == 0 || line.charAt(i - 1) != '\\')) {
                n++;
            }
        }
        return n;
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
            "A|B; A\\|B",
            "*bold* _it_; \\*bold\\* \\_it\\_",
            "<script>; \\<script\\>",
            "[link](x); \\[link\\]\\(x\\)",
            "back\\slash; back\\\\slash",
            "`code`; \\`code\\`",
            "a & b; a \\& b",
            "ZWE-FAC-JOBNAME; ZWE-FAC-JOBNAME",
    })
    void inlineTextIsEscaped(String raw, String escaped) {
        assertEquals(escaped, MarkdownReport.text(raw));
    }

    @Test
    void pipesInTableCellsDoNotSplitTheCell() {
        String md = new String(MarkdownReport.render(with(
                result("ZWE-FAC-JOBNAME", "A|B", "WAIVED", "x", List.of()).put("title", "one | two || three"))), StandardCharsets.UTF_8);
        String row = md.lines().filter(l -> l.startsWith("| ZWE-FAC-JOBNAME ")).findFirst().orElseThrow();
        assertEquals(6, cellSeparators(row), row);
        assertTrue(row.contains("A\\|B"), row);
    }

    @Test
    void failuresTableRowsKeepTheirShapeAndEvidenceSitsInALongerFence() {
        String evidence = "data | with ``` fences ```` and | pipes";
        String md = new String(MarkdownReport.render(with(
                result("ZWE-FAC-JOBNAME", "U|1", "FAIL", evidence, List.of("PERMIT A|B"))
                        .put("title", "T | itle"))), StandardCharsets.UTF_8);
        String row = md.lines().filter(l -> l.startsWith("| FAIL | high ")).findFirst().orElseThrow();
        assertEquals(6, cellSeparators(row), row);
        assertTrue(md.contains("### ZWE-FAC-JOBNAME U\\|1\n"), md);
        assertTrue(md.contains("\n`````text\n" + evidence + "\n`````\n"), md);
        assertTrue(md.contains("\n```\nPERMIT A|B\n```\n"), "commands are copied verbatim from a code block");
    }

    @Test
    void summaryCountsEveryStatus() {
        String md = new String(MarkdownReport.render(ReportFixtures.small()), StandardCharsets.UTF_8);
        assertTrue(md.contains("| FAIL | 3 |\n| ERROR | 1 |\n| WAIVED | 1 |\n| MANUAL | 1 |\n| PASS | 2 |\n| NOT\\_APPLICABLE | 1 |\n"), md);
        assertTrue(md.contains("## Failures (4)"), md);
    }
}
