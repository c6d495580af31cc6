package dev.esmscan.report;

import static dev.esmscan.report.ReportFixtures.result;
import static dev.esmscan.report.ReportFixtures.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.esmscan.report.markdown.MarkdownReport;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Extract text with line breaks and terminal control sequences (a crafted name or installation
 * data) cannot add rows to a Markdown table or drive the terminal the text report is read on.
 */
class ExtractTextInReportsTest {
    @Test
    void controlCharactersInEvidenceAreReplacedInTheMarkdownCodeBlock() {
        String md = new String(MarkdownReport.render(with(result("ZWE-FAC-JOBNAME", "U1", "FAIL",
                "data \u001b[31mred\u0007 end", List.of()))), StandardCharsets.UTF_8);
        assertTrue(md.contains("data \uFFFD[31mred\uFFFD end"), md);
    }

    private static final String CRAFTED_SUBJECT = "ZWE\n| ZWE-FAC-JOBNAME | FAKE | PASS |\r\u001b[2J";

    @Test
    void aLineBreakInASubjectDoesNotAddATableRow() {
        String md = new String(MarkdownReport.render(with(result("ZWE-FAC-JOBNAME", CRAFTED_SUBJECT, "FAIL", "x", List.of()))),
                StandardCharsets.UTF_8);
        List<String> headings = md.lines().filter(l -> l.startsWith("### ZWE-FAC-JOBNAME ")).toList();
        assertEquals(1, headings.size(), md);
        assertTrue(headings.get(0).contains("ZWE \\| ZWE-FAC-JOBNAME \\| FAKE"), "the subject stays in its heading: " + headings);
        assertFalse(md.lines().anyMatch(l -> l.startsWith("| ZWE-FAC-JOBNAME | FAKE")), md);
        assertFalse(md.contains("\u001b"), "no escape character reaches the Markdown");
    }

    @Test
    void controlCharactersFromTheExtractDoNotReachTheTerminal() {
        String text = TextReport.render(with(result("ZWE-FAC-JOBNAME", CRAFTED_SUBJECT, "FAIL",
                "installation data \u001b]0;owned\u0007 \u009b31m", List.of("PERMIT X"))));
        assertFalse(text.contains("\u001b"), text);
        assertFalse(text.contains("\u0007"), text);
        assertFalse(text.contains("\u009b"), text);
        assertFalse(text.contains("\r"), text);
        assertTrue(text.contains("ZWE"), text);
        assertFalse(text.lines().anyMatch(l -> l.startsWith("| ZWE-FAC-JOBNAME | FAKE")), "the subject stays on its line: " + text);
    }
}
