package dev.esmscan.report.sarif;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.esmscan.report.ReportOrder;
import dev.esmscan.report.ReportStatuses;
import dev.esmscan.report.ReportView;
import dev.esmscan.report.baseline.Baseline;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * report.sarif, SARIF 2.1.0: one rule per requirement (its help links the Zowe documentation
 * section it cites), one result per FAIL, ERROR and WAIVED result, failures first (waived ones
 * carry an external suppression; undecided ones are kind "open"), plus, with a baseline, the
 * resolved ones as {@code "baselineState": "absent"}. The subject is the logical location, the
 * evidence the message. The inputs are the run's artifacts with their SHA-256; the run's
 * properties name the system, the scan date and the rule pack with its digest.
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
        Map<String, List<ReportView.Result>> byRequirement = new TreeMap<>();
        for (ReportView.Result r : report.results()) {
            byRequirement.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(r);
        }
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        byRequirement.forEach((id, of) -> {
            ruleIndex.put(id, ruleIndex.size());
            rules.add(rule(of));
        });
        artifacts(run.putArray("artifacts"), report);
        ArrayNode results = run.putArray("results");
        for (ReportView.Result r : ReportOrder.display(report.results())) {
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
        props.put("system", report.system() == null ? null : report.system().name());
        props.put("systemSource", report.system() == null ? null : report.system().source());
        if (report.pack() != null) {
            ObjectNode pack = props.putObject("rulePack");
            pack.put("name", report.pack().name());
            pack.put("version", report.pack().version());
            pack.put("digest", report.pack().digest());
            pack.put("documentation", report.pack().documentation());
        }
        return log;
    }

    /** One artifact per input: its location, length and SHA-256, and the date that identifies it. */
    private static void artifacts(ArrayNode artifacts, ReportView report) {
        for (ReportView.Input in : report.inputs()) {
            ObjectNode a = artifacts.addObject();
            a.putObject("location").put("uri", uri(in.path()));
            if (in.size() != null) {
                a.put("length", in.size());
            }
            if (in.sha256() != null) {
                a.putObject("hashes").put("sha-256", in.sha256());
            }
            a.putArray("roles").add("analysisTarget");
            ObjectNode props = a.putObject("properties");
            props.put("format", in.format());
            props.put("records", in.records());
            if (in.date() != null) {
                props.put("date", in.date());
                props.put("dateSource", in.dateSource());
            }
        }
    }

    /** A path as a URI reference: relative paths stay relative (their characters escaped), absolute ones become file: URIs. */
    static String uri(String path) {
        try {
            Path p = Path.of(path);
            if (p.isAbsolute()) {
                return p.toUri().toASCIIString();
            }
            return new URI(null, null, path.replace('\\', '/'), null).toASCIIString();
        } catch (URISyntaxException | InvalidPathException e) {
            return URLEncoder.encode(path, StandardCharsets.UTF_8);
        }
    }

    /** An input that may be incomplete, or whose completeness cannot be told: a notification of the run. */
    private static void notification(ArrayNode into, String level, String text) {
        ObjectNode n = into.addObject();
        n.put("level", level);
        n.putObject("message").put("text", text);
    }

    /** A requirement's rule, from its results: its title, the documentation it cites, its most severe result's level. */
    private static ObjectNode rule(List<ReportView.Result> results) {
        ReportView.Result r = results.get(0);
        String severity = ReportOrder.mostSevere(results.stream().map(ReportView.Result::severity).toList());
        ObjectNode rule = MAPPER.createObjectNode();
        rule.put("id", r.id());
        rule.putObject("shortDescription").put("text", r.title());
        rule.putObject("fullDescription").put("text", r.title() + " (" + r.citation() + ")");
        ObjectNode help = rule.putObject("help");
        help.put("text", "See " + r.citation() + (r.url().isEmpty() ? "." : ": " + r.url()));
        if (isWebAddress(r.url())) {
            help.put("markdown", "See [" + r.citation().replace("[", "\\[").replace("]", "\\]") + "](" + r.url() + ").");
            rule.put("helpUri", r.url());
        }
        rule.putObject("defaultConfiguration").put("level", level(severity));
        ObjectNode props = rule.putObject("properties");
        props.put("severity", severity);
        props.put("section", r.section());
        props.put("source", r.source());
        ArrayNode tags = props.putArray("tags");
        tags.add(r.group());
        r.features().forEach(tags::add);
        return rule;
    }

    private static boolean isWebAddress(String url) {
        return url.matches("https?://[A-Za-z0-9._~:/?#@!$&'*+,;=%-]+") && !url.contains(")");
    }

    /**
     * A FAIL or WAIVED result is kind "fail" at its severity's level; an undecided (ERROR) one is
     * kind "open" (the tool could not tell), whose level SARIF 2.1.0 requires to be "none" for any
     * kind but "fail"; a resolved one is kind "pass".
     */
    private static ObjectNode result(ReportView report, ReportView.Result r, int ruleIndex, boolean resolved) {
        ObjectNode res = MAPPER.createObjectNode();
        res.put("ruleId", r.id());
        res.put("ruleIndex", ruleIndex);
        boolean open = !resolved && ReportStatuses.ERROR.equals(r.status());
        res.put("kind", resolved ? "pass" : open ? "open" : "fail");
        res.put("level", resolved || open ? "none" : level(r.severity()));
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
        props.put("severity", r.severity());
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
