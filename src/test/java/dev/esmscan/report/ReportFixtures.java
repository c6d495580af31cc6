package dev.esmscan.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Canonical report.json documents for renderer tests: the small fixture, generated large ones, and single results. */
public final class ReportFixtures {
    public static final ObjectMapper JSON = new ObjectMapper();
    /** The fixture's subject that tries to break out of a script element. */
    public static final String EVIL_SUBJECT = "</script><img src=x onerror=\"window.pwned=1\">";

    private ReportFixtures() {
    }

    /** A fresh copy of src/test/resources/dev/esmscan/report/fixture-report.json. */
    public static ObjectNode small() {
        try (InputStream in = ReportFixtures.class.getResourceAsStream("fixture-report.json")) {
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A report with no results yet, the fixture's header (inputs, settings as of 2026-01-15). */
    public static ObjectNode empty() {
        ObjectNode report = small();
        report.putArray("results");
        JsonReport.recountSummary(report);
        return report;
    }

    public static ObjectNode result(String id, String subject, String status) {
        return result(id, subject, status, "evidence for " + id + " " + subject, List.of("PERMIT X CLASS(FACILITY) ID(" + subject + ") ACCESS(READ)"));
    }

    public static ObjectNode result(String id, String subject, String status, String evidence, List<String> remediation) {
        ObjectNode r = JSON.createObjectNode();
        r.put("id", id);
        r.put("title", "Title of " + id);
        r.put("status", status);
        r.put("severity", "high");
        r.put("subject", subject);
        r.put("section", "Section of " + id);
        r.put("source", "000_f6430533b2adc5a1.txt");
        r.putArray("features").add("core");
        r.put("evidence", evidence);
        ArrayNode fix = r.putArray("remediation");
        remediation.forEach(fix::add);
        return r;
    }

    /** A report holding exactly these results (sorted, summary counted). */
    public static ObjectNode with(JsonNode... results) {
        ObjectNode report = empty();
        ArrayNode list = report.putArray("results");
        for (JsonNode r : results) {
            list.add(r);
        }
        JsonReport.sortResults(report);
        JsonReport.recountSummary(report);
        return report;
    }

    /**
     * A generated report with {@code count} results over 40 requirements in 8 groups, statuses in a
     * fixed mix (about 30% failing), realistic evidence and commands, and some hostile text.
     */
    public static ObjectNode large(int count) {
        String[] groups = {"ZWE-FAC", "ZWE-ID", "ZWE-CLASS", "ZWE-STC", "ZWE-CERT", "ZWE-SURR", "ZWE-UNIX", "ZWE-SMF"};
        String[] statuses = {"PASS", "PASS", "FAIL", "PASS", "NOT_APPLICABLE", "FAIL", "PASS", "MANUAL", "FAIL", "ERROR", "PASS", "WAIVED"};
        String[] severities = {"high", "medium", "low"};
        String[] features = {"core", "zss", "apiml", "desktop", "cert-mapping"};
        ObjectNode report = empty();
        ArrayNode results = report.putArray("results");
        int perRequirement = (count + 39) / 40;
        for (int i = 0; i < count; i++) {
            int req = i / perRequirement;
            String id = String.format("%s-REQ%02d", groups[req % groups.length], req);
            String subject = String.format("U%06d", i % perRequirement);
            String status = statuses[i % statuses.length];
            String evidence = "FACILITY BPX.SERVER (generic BPX.**), UACC NONE, no entry for " + subject
                    + " or its groups; installation data '" + (i % 997 == 0 ? "<script>alert(" + i + ")</script>" : "PAYROLL DEPT 4711") + "'";
            List<String> fix = status.equals("FAIL") || status.equals("WAIVED")
                    ? List.of("PERMIT BPX.SERVER CLASS(FACILITY) ID(" + subject + ") ACCESS(READ)", "SETROPTS RACLIST(FACILITY) REFRESH")
                    : List.of();
            ObjectNode r = result(id, subject, status, evidence, fix);
            r.put("title", "Requirement " + id + ": the Zowe user can reach the resources it needs");
            r.put("severity", severities[req % severities.length]);
            r.putArray("features").add(features[req % features.length]);
            r.put("section", "Seed section " + (req % 12));
            if (status.equals("WAIVED")) {
                ObjectNode w = r.putObject("waiver");
                w.put("justification", "Accepted until the next change window");
                w.put("approved_by", "J. Smith");
                w.put("expires", "2026-06-30");
            }
            results.add(r);
        }
        JsonReport.sortResults(report);
        JsonReport.recountSummary(report);
        return report;
    }
}
