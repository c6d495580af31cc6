package dev.esmscan.report.sarif;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.esmscan.report.ReportStatuses;
import dev.esmscan.report.ReportView;
import dev.esmscan.report.baseline.Baseline;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * report.sarif, SARIF 2.1.0: one rule per requirement, one result per FAIL, ERROR and WAIVED
 * result (waived ones carry an external suppression), plus, with a baseline, the resolved ones
 * as {@code "baselineState": "absent"}. The subject is the logical location, the evidence the
 * message.
 */
public final class SarifReport {
    public static final String SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SarifReport() {
    }

    public static byte[] render(JsonNode tree) {
        try {
            return (MAPPER.writeValueAsString(sarif(ReportView.of(tree))) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static ObjectNode sarif(ReportView report) {
        ObjectNode log = MAPPER.createObjectNode();
        log.put("$schema", SCHEMA_URI);
        log.put("version", "2.1.0");
        ObjectNode run = log.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "esmscan");
        driver.put("version", report.tool() == null ? "" : report.tool().version());
        ArrayNode rules = driver.putArray("rules");
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        for (ReportView.Result r : report.results()) {
            if (!ruleIndex.containsKey(r.id())) {
                ruleIndex.put(r.id(), ruleIndex.size());
                rules.add(rule(r));
            }
        }
        ArrayNode results = run.putArray("results");
        for (ReportView.Result r : report.results()) {
            boolean resolved = Baseline.RESOLVED.equals(r.baseline());
            if (ReportStatuses.isFailing(r.status()) || resolved) {
                results.add(result(report, r, ruleIndex.get(r.id()), resolved));
            }
        }
        List<String> warnings = report.inputWarnings();
        List<String> caveats = report.caveats();
        if (!warnings.isEmpty() || !caveats.isEmpty()) {
            ObjectNode invocation = run.putArray("invocations").addObject();
            invocation.put("executionSuccessful", true);
            ArrayNode notifications = invocation.putArray("toolExecutionNotifications");
            warnings.forEach(w -> notification(notifications, "warning", w));
            caveats.forEach(c -> notification(notifications, "note", "Caveat: " + c));
        }
        ObjectNode props = run.putObject("properties");
        props.put("esm", report.esm());
        props.put("asOf", report.asOf());
        return log;
    }

    /** An input that may be incomplete, or whose completeness cannot be told: a notification of the run. */
    private static void notification(ArrayNode into, String level, String text) {
        ObjectNode n = into.addObject();
        n.put("level", level);
        n.putObject("message").put("text", text);
    }

    private static ObjectNode rule(ReportView.Result r) {
        ObjectNode rule = MAPPER.createObjectNode();
        rule.put("id", r.id());
        rule.putObject("shortDescription").put("text", r.title());
        rule.putObject("fullDescription").put("text", r.title() + " (" + r.section() + ")");
        rule.putObject("help").put("text", "Seed section: " + r.section() + ". Source: " + r.source() + ".");
        rule.putObject("defaultConfiguration").put("level", level(r.severity()));
        ObjectNode props = rule.putObject("properties");
        props.put("severity", r.severity());
        props.put("section", r.section());
        props.put("source", r.source());
        ArrayNode tags = props.putArray("tags");
        tags.add(r.group());
        r.features().forEach(tags::add);
        return rule;
    }

    private static ObjectNode result(ReportView report, ReportView.Result r, int ruleIndex, boolean resolved) {
        ObjectNode res = MAPPER.createObjectNode();
        res.put("ruleId", r.id());
        res.put("ruleIndex", ruleIndex);
        res.put("kind", resolved ? "pass" : "fail");
        res.put("level", resolved ? "none" : level(r.severity()));
        String prefix = ReportStatuses.ERROR.equals(r.status()) ? "Could not be decided: " : "";
        res.putObject("message").put("text", prefix + r.evidence());
        ObjectNode location = res.putArray("locations").addObject();
        ObjectNode logical = location.putArray("logicalLocations").addObject();
        logical.put("name", r.subject());
        logical.put("fullyQualifiedName", report.esm() + "/" + r.subject());
        logical.put("kind", "resource");
        res.putObject("partialFingerprints").put("esmscanResult/v1", r.id() + "/" + r.subject());
        if (r.baseline() != null) {
            res.put("baselineState", resolved ? "absent" : r.baseline());
        }
        if (r.waiver() != null) {
            ObjectNode suppression = res.putArray("suppressions").addObject();
            suppression.put("kind", "external");
            suppression.put("status", "accepted");
            suppression.put("justification", r.waiver().justification());
            ObjectNode props = suppression.putObject("properties");
            props.put("approvedBy", r.waiver().approvedBy());
            props.put("expires", r.waiver().expires());
        }
        ObjectNode props = res.putObject("properties");
        props.put("status", r.status());
        props.put("subject", r.subject());
        ArrayNode fix = props.putArray("remediation");
        r.remediation().forEach(fix::add);
        return res;
    }

    /** critical and high are errors, medium warnings, low and anything informational notes. */
    static String level(String severity) {
        switch (severity.toLowerCase(Locale.ROOT)) {
            case "critical": case "high": return "error";
            case "low": case "info": case "informational": return "note";
            default: return "warning";
        }
    }
}
