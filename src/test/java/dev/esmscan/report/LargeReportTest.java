package dev.esmscan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** Every format renders the generated 100,000-result report completely (sizes and times: HtmlReportBenchmark). */
class LargeReportTest {
    private static final int COUNT = 100_000;
    private static ObjectNode report;

    @BeforeAll
    static void generate() {
        report = ReportFixtures.large(COUNT);
    }

    private static long count(String status) {
        return report.get("summary").get(status).asLong();
    }

    @Test
    void theGeneratedReportHasTheSizeAndMixAsked() {
        assertEquals(COUNT, report.get("results").size());
        long total = 0;
        for (JsonNode n : report.get("summary")) {
            total += n.asLong();
        }
        assertEquals(COUNT, total);
        assertTrue(count("FAIL") > 20_000 && count("ERROR") > 5_000 && count("WAIVED") > 5_000, report.get("summary").toString());
    }

    @Test
    void htmlCarriesEveryResult() throws Exception {
        String html = new String(ReportFormat.HTML.render(report), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("<script type=\"application/json\" id=\"esmscan-data\">(.*?)</script>", Pattern.DOTALL).matcher(html);
        assertTrue(m.find());
        assertEquals(COUNT, ReportFixtures.JSON.readTree(m.group(1)).get("results").size());
    }

    @Test
    void csvHasARowPerResult() throws Exception {
        String csv = new String(ReportFormat.CSV.render(report), StandardCharsets.UTF_8);
        assertEquals(COUNT, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(new StringReader(csv)).getRecords().size());
    }

    @Test
    void junitCountsEveryResult() throws Exception {
        Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(ReportFormat.JUNIT.render(report))).getDocumentElement();
        assertEquals(COUNT, Integer.parseInt(root.getAttribute("tests")));
        assertEquals(count("FAIL") + count("ERROR"), Long.parseLong(root.getAttribute("failures")));
        assertEquals(count("WAIVED") + count("MANUAL") + count("NOT_APPLICABLE"), Long.parseLong(root.getAttribute("skipped")));
    }

    @Test
    void sarifHasAResultPerFailingResult() throws Exception {
        JsonNode log = ReportFixtures.JSON.readTree(ReportFormat.SARIF.render(report));
        assertEquals(count("FAIL") + count("ERROR") + count("WAIVED"), log.at("/runs/0/results").size());
    }

    @Test
    void markdownListsEveryFailure() {
        String md = new String(ReportFormat.MD.render(report), StandardCharsets.UTF_8);
        assertTrue(md.contains("## Failures (" + (count("FAIL") + count("ERROR")) + ")"));
        assertEquals(count("FAIL") + count("ERROR"), md.lines().filter(l -> l.startsWith("### ")).count());
    }
}
