package dev.esmscan.report.junit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.esmscan.report.ReportOrder;
import dev.esmscan.report.ReportStatuses;
import dev.esmscan.report.ReportView;
import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.ArrayList;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * report.junit.xml for CI dashboards: a testsuite per requirement group (the ID prefix, e.g.
 * ZWE-FAC), a testcase per result named "ID subject", a failure for FAIL and ERROR, skipped for
 * NOT_APPLICABLE, WAIVED and MANUAL. Resolved baseline entries (ABSENT) were not evaluated and
 * are left out. Inputs that may be cut short or whose completeness cannot be told come first, in a
 * testsuite "inputs".
 */
public final class JunitReport {

    private JunitReport() {
    }

    public static byte[] render(JsonNode tree) {
        ReportView report = ReportView.of(tree);
        Map<String, List<ReportView.Result>> suites = new TreeMap<>();
        for (ReportView.Result r : ReportOrder.display(report.results())) {
            if (!ReportStatuses.ABSENT.equals(r.status())) {
                suites.computeIfAbsent(r.group(), g -> new ArrayList<>()).add(r);
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "esmscan " + report.esm());
            List<String> warnings = report.horizonWarnings();
            List<String> caveats = report.caveats();
            List<ReportView.Result> all = suites.values().stream().flatMap(List::stream).toList();
            xml.writeAttribute("tests", Integer.toString(all.size() + warnings.size() + caveats.size()));
            xml.writeAttribute("failures", Long.toString(all.stream().filter(r -> ReportStatuses.failsTheRun(r.status())).count()
                    + warnings.size()));
            xml.writeAttribute("errors", "0");
            xml.writeAttribute("skipped", Long.toString(all.stream().filter(r -> isSkipped(r.status())).count() + caveats.size()));
            if (!warnings.isEmpty() || !caveats.isEmpty()) {
                inputs(xml, warnings, caveats);
            }
            for (Map.Entry<String, List<ReportView.Result>> suite : suites.entrySet()) {
                xml.writeCharacters("\n  ");
                xml.writeStartElement("testsuite");
                xml.writeAttribute("name", suite.getKey());
                counts(xml, suite.getValue());
                properties(xml, report);
                for (ReportView.Result r : suite.getValue()) {
                    testcase(xml, r);
                }
                xml.writeCharacters("\n  ");
                xml.writeEndElement();
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    /** What identifies the scan, as each suite's properties: system, scan date, ESM, rule pack and digest, each input's SHA-256. */
    private static void properties(XMLStreamWriter xml, ReportView report) throws XMLStreamException {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("system", report.systemName());
        p.put("scan.date", report.asOf());
        p.put("esm", report.esm());
        if (report.pack() != null) {
            p.put("rule.pack", report.pack().name() + " " + report.pack().version());
            p.put("rule.pack.digest", report.pack().digest());
        }
        for (int i = 0; i < report.inputs().size(); i++) {
            ReportView.Input in = report.inputs().get(i);
            p.put("input." + (i + 1) + ".path", in.path());
            if (in.sha256() != null) {
                p.put("input." + (i + 1) + ".sha256", in.sha256());
                p.put("input." + (i + 1) + ".size", String.valueOf(in.size()));
            }
        }
        xml.writeCharacters("\n    ");
        xml.writeStartElement("properties");
        for (Map.Entry<String, String> e : p.entrySet()) {
            xml.writeCharacters("\n      ");
            xml.writeEmptyElement("property");
            xml.writeAttribute("name", e.getKey());
            xml.writeAttribute("value", clean(String.valueOf(e.getValue())));
        }
        xml.writeCharacters("\n    ");
        xml.writeEndElement();
    }

    /**
     * A testsuite "inputs" before the results when an input may be cut short (a failure each) or
     * its completeness cannot be told (a caveat: skipped, with the caveat as the message).
     */
    private static void inputs(XMLStreamWriter xml, List<String> warnings, List<String> caveats) throws XMLStreamException {
        xml.writeCharacters("\n  ");
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", "inputs");
        xml.writeAttribute("tests", Integer.toString(warnings.size() + caveats.size()));
        xml.writeAttribute("failures", Integer.toString(warnings.size()));
        xml.writeAttribute("errors", "0");
        xml.writeAttribute("skipped", Integer.toString(caveats.size()));
        for (int i = 0; i < warnings.size(); i++) {
            xml.writeCharacters("\n    ");
            xml.writeStartElement("testcase");
            xml.writeAttribute("classname", "inputs");
            xml.writeAttribute("name", "inputs complete " + (i + 1));
            xml.writeStartElement("failure");
            xml.writeAttribute("type", "INPUT");
            xml.writeAttribute("message", "the inputs may be incomplete");
            xml.writeCharacters(clean(warnings.get(i)));
            xml.writeEndElement();
            xml.writeEndElement();
        }
        for (int i = 0; i < caveats.size(); i++) {
            xml.writeCharacters("\n    ");
            xml.writeStartElement("testcase");
            xml.writeAttribute("classname", "inputs");
            xml.writeAttribute("name", "input caveat " + (i + 1));
            xml.writeEmptyElement("skipped");
            xml.writeAttribute("message", clean("CAVEAT: " + caveats.get(i)));
            xml.writeEndElement();
        }
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
    }

    private static void counts(XMLStreamWriter xml, List<ReportView.Result> results) throws XMLStreamException {
        xml.writeAttribute("tests", Integer.toString(results.size()));
        xml.writeAttribute("failures", Long.toString(results.stream().filter(r -> ReportStatuses.failsTheRun(r.status())).count()));
        xml.writeAttribute("errors", "0");
        xml.writeAttribute("skipped", Long.toString(results.stream().filter(r -> isSkipped(r.status())).count()));
    }

    private static boolean isSkipped(String status) {
        return ReportStatuses.NOT_APPLICABLE.equals(status) || ReportStatuses.WAIVED.equals(status)
                || ReportStatuses.MANUAL.equals(status);
    }

    private static void testcase(XMLStreamWriter xml, ReportView.Result r) throws XMLStreamException {
        xml.writeCharacters("\n    ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", clean(r.id()));
        xml.writeAttribute("name", clean(r.id() + " " + r.subject()));
        if (ReportStatuses.failsTheRun(r.status())) {
            xml.writeStartElement("failure");
            xml.writeAttribute("type", r.status());
            xml.writeAttribute("message", clean(r.title()));
            StringBuilder body = new StringBuilder(r.evidence());
            r.remediation().forEach(cmd -> body.append("\nfix: ").append(cmd));
            body.append("\nsee: ").append(r.citation()).append(r.url().isEmpty() ? "" : " <" + r.url() + ">");
            xml.writeCharacters(clean(body.toString()));
            xml.writeEndElement();
        } else if (isSkipped(r.status())) {
            xml.writeEmptyElement("skipped");
            String message = r.status() + ": " + (r.waiver() != null
                    ? r.waiver().justification() + " (approved by " + r.waiver().approvedBy() + ", expires " + r.waiver().expires() + ")"
                    : r.evidence());
            xml.writeAttribute("message", clean(message));
        }
        xml.writeEndElement();
    }

    /** Characters XML 1.0 cannot carry at all (most C0 controls) become U+FFFD, so the file stays well-formed. */
    static String clean(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean legal = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                    || (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1)))
                    || (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1)));
            if (!legal && out == null) {
                out = new StringBuilder(text.substring(0, i));
            }
            if (out != null) {
                out.append(legal ? c : '\uFFFD');
            }
        }
        return out == null ? text : out.toString();
    }
}
