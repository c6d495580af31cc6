package dev.esmscan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.esmscan.report.csv.CsvReport;
import dev.esmscan.report.html.HtmlReport;
import dev.esmscan.report.junit.JunitReport;
import dev.esmscan.report.markdown.MarkdownReport;
import dev.esmscan.report.sarif.SarifReport;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * An input that may be cut short (its horizon) and one whose completeness cannot be told (a
 * caveat) are shown in every format, the terminal's above the results; a whole input shows neither.
 */
class InputCompletenessReportTest {
    private static final String HORIZON = "the unload ends in class FACILITY (last record at line 1713, 0500 of profile BPX.DAEMON);"
            + " the rest of class FACILITY and class IDIDMAP and later would follow: the file may be cut";
    private static final String CAVEAT = "the records are not in the order IRRDBU00 writes them (line 37: a record of class APPL"
            + " after class FACILITY): the file was sorted, merged or generated, and whether it was cut short cannot be told from its order";

    private static ObjectNode report(boolean horizon, boolean caveat) {
        ObjectNode report = ReportFixtures.small();
        ObjectNode input = (ObjectNode) report.get("inputs").get(0);
        report.get("inputs").forEach(i -> ((ObjectNode) i).put("errors", 0));
        if (horizon) {
            input.put("horizon", HORIZON);
            input.put("unseen", "classes FACILITY, IDIDMAP, IDTDATA, STARTED, XFACILIT");
        }
        if (caveat) {
            input.putArray("caveats").add(CAVEAT);
        }
        return report;
    }

    private static String path(JsonNode report) {
        return report.get("inputs").get(0).get("path").asText();
    }

    @Test
    void theViewReadsHorizonUnseenAndCaveats() {
        ReportView view = ReportView.of(report(true, true));
        ReportView.Input input = view.inputs().get(0);
        assertEquals(HORIZON, input.horizon());
        assertEquals("classes FACILITY, IDIDMAP, IDTDATA, STARTED, XFACILIT", input.unseen());
        assertEquals(java.util.List.of(CAVEAT), input.caveats());
        assertEquals(1, view.horizonWarnings().size());
        assertTrue(view.horizonWarnings().get(0).startsWith(input.path() + " may be cut short: " + HORIZON));
        assertEquals(java.util.List.of(input.path() + ": " + CAVEAT), view.caveats());
    }

    @Test
    void theTerminalShowsTheHorizonAndTheCaveatAboveTheResults() {
        ObjectNode report = report(true, true);
        String text = TextReport.render(report);
        assertTrue(text.contains("  WARNING: " + path(report) + " may be cut short: " + HORIZON), text);
        assertTrue(text.contains("  CAVEAT: " + path(report) + ": " + CAVEAT), text);
        assertTrue(text.indexOf("may be cut short") < text.indexOf("summary:"), text);
        assertTrue(text.indexOf("CAVEAT:") < text.indexOf("summary:"), text);
    }

    @Test
    void everyOtherFormatShowsThem() {
        ObjectNode report = report(true, true);
        String html = new String(HtmlReport.render(report), StandardCharsets.UTF_8);
        assertTrue(html.contains("<p class=\"warning horizon\" role=\"alert\"><strong>Warning:</strong> "), html);
        assertTrue(html.contains(".irrdbu00 may be cut short: the unload ends in class FACILITY"), html);
        assertTrue(html.contains("<strong>Caveat:</strong> "));
        assertTrue(html.contains(".irrdbu00: the records are not in the order IRRDBU00 writes them"));
        assertTrue(html.contains("<strong>may be cut short:</strong> the unload ends in class FACILITY"), "in the inputs table too");

        String md = new String(MarkdownReport.render(report), StandardCharsets.UTF_8);
        assertTrue(md.contains("> **Warning:** "), md);
        assertTrue(md.contains("may be cut short"), md);
        assertTrue(md.contains("> **Caveat:** "), md);

        JsonNode sarif = read(SarifReport.render(report));
        JsonNode notes = sarif.get("runs").get(0).get("invocations").get(0).get("toolExecutionNotifications");
        assertEquals(2, notes.size());
        assertEquals("warning", notes.get(0).get("level").asText());
        assertTrue(notes.get(0).get("message").get("text").asText().contains(HORIZON));
        assertEquals("note", notes.get(1).get("level").asText());
        assertTrue(notes.get(1).get("message").get("text").asText().startsWith("Caveat: "));

        String junit = new String(JunitReport.render(report), StandardCharsets.UTF_8);
        assertTrue(junit.contains("<testsuite name=\"inputs\" tests=\"2\" failures=\"1\" errors=\"0\" skipped=\"1\">"), junit);
        assertTrue(junit.contains("may be cut short"), junit);
        assertTrue(junit.contains("<skipped message=\"CAVEAT: "), junit);

        String csv = new String(CsvReport.render(report), StandardCharsets.UTF_8);
        String[] rows = csv.split("\r\n");
        assertTrue(rows[1].startsWith("input,WARNING,"), rows[1]);
        assertTrue(rows[1].contains("may be cut short"), rows[1]);
        assertTrue(rows[2].startsWith("input,CAVEAT,"), rows[2]);
    }

    @Test
    void aWholeInputShowsNeither() {
        ObjectNode report = report(false, false);
        assertFalse(TextReport.render(report).contains("may be cut short"));
        assertFalse(TextReport.render(report).contains("CAVEAT"));
        assertFalse(new String(HtmlReport.render(report), StandardCharsets.UTF_8).contains("Caveat:"));
        assertFalse(new String(MarkdownReport.render(report), StandardCharsets.UTF_8).contains("> **"));
        assertTrue(read(SarifReport.render(report)).get("runs").get(0).path("invocations").isMissingNode());
        assertFalse(new String(JunitReport.render(report), StandardCharsets.UTF_8).contains("name=\"inputs\""));
        assertFalse(new String(CsvReport.render(report), StandardCharsets.UTF_8).contains("\r\ninput,"));
    }

    @Test
    void countsSayRecordsAndProblemsApart() {
        ObjectNode report = ReportFixtures.small();
        ObjectNode input = (ObjectNode) report.get("inputs").get(0);
        input.put("records", 1);
        input.put("errors", 7);
        String text = TextReport.render(report);
        assertTrue(text.contains(": 1 record, " + input.get("skipped").asLong() + " skipped, 7 problems"), text);
    }

    private static JsonNode read(byte[] json) {
        try {
            return ReportFixtures.JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
