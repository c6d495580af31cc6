package dev.esmscan.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.esmscan.report.html.HtmlReport;
import org.junit.jupiter.api.Test;

/** A report over an input with unreadable records says so first, in the terminal and in the page. */
class PartialInputBannerTest {

    private static ObjectNode withErrors(long errors) {
        ObjectNode report = ReportFixtures.small();
        report.get("inputs").forEach(i -> ((ObjectNode) i).put("errors", errors));
        return report;
    }

    @Test
    void unreadableRecordsPutAWarningAboveTheResults() {
        String text = TextReport.render(withErrors(3));
        assertTrue(text.contains("WARNING: partial input: 3 problems in "), text);
        assertTrue(text.indexOf("WARNING: partial input") < text.indexOf("summary:"), text);
        String html = new String(HtmlReport.render(withErrors(3)), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(html.contains("id=\"partial-input\""), "banner in the page");
        assertTrue(html.contains("every result that could depend on them is ERROR"), "banner says what it means");
    }

    @Test
    void aWholeReadHasNoWarning() {
        assertFalse(TextReport.render(withErrors(0)).contains("WARNING: partial input"));
        assertFalse(new String(HtmlReport.render(withErrors(0)), java.nio.charset.StandardCharsets.UTF_8).contains("id=\"partial-input\""));
    }
}
