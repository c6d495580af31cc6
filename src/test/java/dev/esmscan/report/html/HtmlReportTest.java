package dev.esmscan.report.html;

import static dev.esmscan.report.ReportFixtures.EVIL_SUBJECT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.esmscan.report.ReportFixtures;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportTest {
    private static final Pattern DATA = Pattern.compile("<script type=\"application/json\" id=\"esmscan-data\">(.*?)</script>", Pattern.DOTALL);

    private static String html(JsonNode report) {
        return new String(HtmlReport.render(report), StandardCharsets.UTF_8);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void scriptInEvidenceAndSubjectCannotLeaveTheDataElement() throws Exception {
        ObjectNode report = ReportFixtures.small();
        String html = html(report);
        assertEquals(2, count(html.toLowerCase(), "<script"), "only the data element and the page's own script");
        assertEquals(2, count(html.toLowerCase(), "</script"), "no closing tag from the data");
        assertFalse(html.contains("<!--"), "no comment opener from the data");
        assertFalse(html.contains("<script>window.pwned"), "the hostile script is never markup");
        assertFalse(html.contains("<img"), "the hostile image is never markup");
        Matcher m = DATA.matcher(html);
        assertTrue(m.find());
        assertTrue(m.group(1).contains("\\u003C/script\\u003E"), "escaped inside the JSON");
        JsonNode data = ReportFixtures.JSON.readTree(m.group(1));
        JsonNode rows = data.get("results");
        assertEquals(report.get("results").size(), rows.size());
        java.util.Set<String> original = new java.util.HashSet<>();
        report.get("results").forEach(r -> original.add(r.get("subject").asText() + "\u0000" + r.get("evidence").asText()));
        java.util.Set<String> readBack = new java.util.HashSet<>();
        rows.forEach(r -> readBack.add(r.get(1).asText() + "\u0000" + r.get(3).asText()));
        assertEquals(original, readBack, "subject and evidence read back unchanged");
        boolean evilSeen = false;
        for (JsonNode row : rows) {
            evilSeen |= row.get(1).asText().equals(EVIL_SUBJECT);
        }
        assertTrue(evilSeen);
    }

    @Test
    void textFromInputsAndSettingsIsEscapedInTheMarkup() {
        ObjectNode report = ReportFixtures.small();
        ((ObjectNode) report.get("settings").get("users")).put("zowe", "ZWE\"><svg onload=alert(1)>");
        String html = html(report);
        assertTrue(html.contains("site/&lt;b&gt;prod&lt;/b&gt;.irrdbu00"), "input path escaped");
        assertTrue(html.contains("unknown record type &#39;&lt;script&gt;&#39;") || html.contains("unknown record type &#x27;&lt;script&gt;&#x27;"),
                "input problem escaped");
        assertFalse(html.contains("<svg"));
        assertFalse(html.contains("<b>prod"));
    }

    @Test
    void selfContainedAndLockedDown() {
        String html = DATA.matcher(html(ReportFixtures.small())).replaceAll("");
        assertFalse(Pattern.compile("src\\s*=", Pattern.CASE_INSENSITIVE).matcher(html).find(), "nothing to load");
        java.util.regex.Matcher links = Pattern.compile("href\\s*=\\s*\"([^\"]*)\"", Pattern.CASE_INSENSITIVE).matcher(html);
        int count = 0;
        while (links.find()) {
            assertTrue(links.group(1).startsWith("https://docs.zowe.org/v3.0.x/"), "only links to the documentation cited: " + links.group(1));
            count++;
        }
        assertTrue(count > 0, "the requirements link their documentation sections (links are followed only when clicked)");
        assertFalse(html.contains("<link"), "no stylesheet or other resource linked");
        assertFalse(html.contains("http://"), "no plain-HTTP address at all");
        assertTrue(html.contains("default-src 'none'; script-src 'sha256-"), "only the page's own script runs");
        assertFalse(html.contains("unsafe-inline"));
    }

    @Test
    void summaryCountsSettingsInputsAndRequirementSources() {
        ObjectNode report = ReportFixtures.small();
        String html = html(report);
        report.get("summary").fields().forEachRemaining(e -> assertTrue(
                html.contains("data-status-count=\"" + e.getKey() + "\">" + e.getValue().asInt() + "<"), e.getKey()));
        assertTrue(html.contains("<th>users.zowe</th><td>ZWESVUSR</td>"), "settings");
        assertTrue(html.contains("<th>features.smf</th><td>off</td>"), "features as on/off");
        assertTrue(html.contains("<td><a href=\"https://docs.zowe.org/v3.0.x/user-guide/configure-zos-system#configure-the-cross-memory-server-for-saf\">"
                + "Zowe documentation: Customizing z/OS system security \u203A Configure the cross memory server for SAF</a></td>"),
                "the documentation section, linked");
        assertTrue(html.contains("<strong id=\"system\">PRD1</strong> (from --system)"), "the system in the header");
        assertTrue(html.contains("<td class=\"hash\">" + "0123456789abcdef".repeat(4) + "</td><td class=\"num\">567890</td>"
                + "<td>2025-03-14T09:30:00Z (file modification time)</td>"), "the input's digest, size and date");
        assertTrue(html.contains("<option value=\"zss\">zss</option>"), "feature filter");
        assertTrue(html.contains("<option value=\"ZWE-FAC\">ZWE-FAC</option>"), "group filter");
        assertTrue(html.contains("<tr data-severity=\"high\"><td>high</td><td class=\"num\">3</td>"), "3 high FAIL in the severity table");
    }

    @Test
    void waiversToReviewAndBaselineCountsAreShown() {
        ObjectNode report = ReportFixtures.small();
        ObjectNode waivers = report.putObject("waivers");
        waivers.put("file", "waivers.yaml");
        waivers.put("applied", 1);
        ObjectNode unused = waivers.putArray("unused").addObject();
        unused.put("id", "ZWE-NO-SUCH");
        unused.put("justification", "j");
        unused.put("approved_by", "A <b>Auditor</b>");
        unused.put("expires", "2026-03-31");
        unused.put("line", 7);
        waivers.putArray("expired");
        ObjectNode baseline = report.putObject("baseline");
        baseline.put("file", "q3/report.json");
        baseline.put("new", 2);
        baseline.put("unchanged", 5);
        baseline.put("resolved", 4);
        String html = html(report);
        assertTrue(html.contains("<td>ZWE-NO-SUCH</td><td>(all)</td><td class=\"num\">7</td><td>A &lt;b&gt;Auditor&lt;/b&gt;</td>"), html);
        assertTrue(html.contains("2 new</span> <span class=\"badge\">5 unchanged</span> <span class=\"badge resolved\">4 resolved"));
    }
}
