package dev.esmscan.report.junit;

import static dev.esmscan.report.ReportFixtures.result;
import static dev.esmscan.report.ReportFixtures.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.esmscan.report.ReportFixtures;
import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JunitReportTest {

    private static Document parse(JsonNode report) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(JunitReport.render(report)));
    }

    private static int attr(Element e, String name) {
        return Integer.parseInt(e.getAttribute(name));
    }

    @Test
    void aSuitePerGroupACasePerResultWithCountsThatAddUp() throws Exception {
        Document doc = parse(ReportFixtures.small());
        Element root = doc.getDocumentElement();
        assertEquals("testsuites", root.getTagName());
        assertEquals(List.of(9, 4, 3), List.of(attr(root, "tests"), attr(root, "failures"), attr(root, "skipped")));
        NodeList suites = doc.getElementsByTagName("testsuite");
        Map<String, List<Integer>> counts = new HashMap<>();
        for (int i = 0; i < suites.getLength(); i++) {
            Element s = (Element) suites.item(i);
            int cases = s.getElementsByTagName("testcase").getLength();
            int failures = s.getElementsByTagName("failure").getLength();
            int skipped = s.getElementsByTagName("skipped").getLength();
            assertEquals(List.of(cases, failures, skipped), List.of(attr(s, "tests"), attr(s, "failures"), attr(s, "skipped")), s.getAttribute("name"));
            counts.put(s.getAttribute("name"), List.of(cases, failures, skipped));
        }
        assertEquals(Map.of("ZWE-CLASS", List.of(1, 1, 0), "ZWE-FAC", List.of(2, 1, 0), "ZWE-ID", List.of(4, 2, 1),
                "ZWE-MFA", List.of(1, 0, 1), "ZWE-SMF", List.of(1, 0, 1)), counts);
    }

    @Test
    void hostileTextAndControlCharactersStayWellFormed() throws Exception {
        String evidence = "installation data </script><![CDATA[ ]]> & \"quoted\" \u0000\u0007\u001b end \uD83D\uDE00";
        Document doc = parse(with(result("ZWE-ID-STC-USER", "A&B<C>", "FAIL", evidence, List.of("ALTUSER X"))));
        Element testcase = (Element) doc.getElementsByTagName("testcase").item(0);
        assertEquals("ZWE-ID-STC-USER A&B<C>", testcase.getAttribute("name"));
        Element failure = (Element) testcase.getElementsByTagName("failure").item(0);
        assertEquals("FAIL", failure.getAttribute("type"));
        String expected = "installation data </script><![CDATA[ ]]> & \"quoted\" \uFFFD\uFFFD\uFFFD end \uD83D\uDE00";
        assertEquals(expected, failure.getTextContent().split("\n")[0]);
    }

    @Test
    void skippedCarriesTheWaiver() throws Exception {
        Document doc = parse(ReportFixtures.small());
        NodeList skipped = doc.getElementsByTagName("skipped");
        Map<String, String> messages = new HashMap<>();
        for (int i = 0; i < skipped.getLength(); i++) {
            Element s = (Element) skipped.item(i);
            messages.put(((Element) s.getParentNode()).getAttribute("name"), s.getAttribute("message"));
        }
        assertEquals("WAIVED: Password kept until the 2026 Q2 change window, CHG0042 (approved by J. Smith, CISO, expires 2026-06-30)",
                messages.get("ZWE-ID-STC-USER ZWESVUSR"));
        assertEquals("NOT_APPLICABLE: feature smf is off", messages.get("ZWE-SMF-RECORDS -"));
    }
}
