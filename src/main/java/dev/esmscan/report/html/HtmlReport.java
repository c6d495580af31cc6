package dev.esmscan.report.html;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.esmscan.report.ReportOrder;
import dev.esmscan.report.ReportStatuses;
import dev.esmscan.report.ReportView;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * report.html: one self-contained page (inline CSS and JS, no network) for people who never open
 * a terminal. The summary, requirements, settings and inputs are rendered by a Pebble template
 * with HTML auto-escaping; the results travel as inline JSON (see {@link InlineJson}) and the
 * page's script renders them a page at a time with textContent, never as markup. A
 * Content-Security-Policy allows only the page's own script and style (by hash).
 */
public final class HtmlReport {
    private static final String CSS = resource("report.css");
    private static final String JS = resource("report.js");
    private static final PebbleEngine ENGINE = engine();

    private HtmlReport() {
    }

    public static byte[] render(JsonNode tree) {
        StringWriter out = new StringWriter(1 << 16);
        render(tree, out);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static void render(JsonNode tree, Writer out) {
        ReportView report = ReportView.of(tree);
        try {
            ENGINE.getTemplate("report.html.peb").evaluate(out, context(report));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> context(ReportView report) throws IOException {
        Map<String, Object> c = new HashMap<>();
        c.put("esm", report.esm());
        c.put("version", report.tool() == null ? "" : report.tool().version());
        c.put("schema", report.schema());
        c.put("asOf", report.asOf());
        c.put("system", report.systemName());
        c.put("systemSource", report.system() == null || report.system().source() == null ? "" : report.system().source());
        c.put("pack", report.pack() == null ? "" : report.pack().name() + " " + report.pack().version());
        c.put("packDigest", report.pack() == null ? "" : Objects.toString(report.pack().digest(), ""));
        c.put("documentation", report.pack() == null ? "" : Objects.toString(report.pack().documentation(), ""));
        c.put("total", report.results().size());
        List<String> statuses = new ArrayList<>();
        for (String s : ReportStatuses.DISPLAY_ORDER) {
            if (!ReportStatuses.ABSENT.equals(s) || report.results().stream().anyMatch(r -> s.equals(r.status()))) {
                statuses.add(s);
            }
        }
        Map<String, Long> byStatus = new LinkedHashMap<>();
        statuses.forEach(s -> byStatus.put(s, 0L));
        Map<String, Map<String, Long>> bySeverity = new LinkedHashMap<>();
        for (ReportView.Result r : report.results()) {
            byStatus.merge(r.status(), 1L, Long::sum);
            bySeverity.computeIfAbsent(r.severity(), k -> new HashMap<>()).merge(r.status(), 1L, Long::sum);
        }
        List<Map<String, Object>> cards = new ArrayList<>();
        byStatus.forEach((s, n) -> cards.add(Map.of("status", s, "count", n)));
        c.put("statusCards", cards);
        c.put("statuses", new ArrayList<>(byStatus.keySet()));
        c.put("matrixStatuses", new ArrayList<>(byStatus.keySet()));
        List<String> severities = sortedSeverities(bySeverity.keySet());
        List<Map<String, Object>> severityRows = new ArrayList<>();
        for (String sev : severities) {
            List<Long> counts = new ArrayList<>();
            long total = 0;
            for (String s : byStatus.keySet()) {
                long n = bySeverity.get(sev).getOrDefault(s, 0L);
                counts.add(n);
                total += n;
            }
            severityRows.add(Map.of("severity", sev, "counts", counts, "total", total));
        }
        c.put("severityRows", severityRows);
        c.put("severities", severities);
        List<ReportView.Result> firstOfEach = new ArrayList<>();
        Map<String, Integer> requirementIndex = new LinkedHashMap<>();
        Map<String, TreeSet<String>> requirementSeverities = new HashMap<>();
        for (ReportView.Result r : report.results()) {
            if (!requirementIndex.containsKey(r.id())) {
                requirementIndex.put(r.id(), requirementIndex.size());
                firstOfEach.add(r);
            }
            requirementSeverities.computeIfAbsent(r.id(), k -> new TreeSet<>()).add(r.severity());
        }
        List<Map<String, Object>> requirements = new ArrayList<>();
        TreeSet<String> features = new TreeSet<>();
        TreeSet<String> groups = new TreeSet<>();
        for (ReportView.Result r : firstOfEach) {
            requirements.add(Map.of("id", r.id(), "title", r.title(),
                    "severity", String.join(", ", sortedSeverities(requirementSeverities.get(r.id()))),
                    "features", String.join(", ", r.features()), "citation", r.citation(), "url", link(r.url())));
            features.addAll(r.features());
            groups.add(r.group());
        }
        c.put("requirements", requirements);
        c.put("features", new ArrayList<>(features));
        c.put("groups", new ArrayList<>(groups));
        c.put("settings", flatten(report.settings()));
        List<Map<String, Object>> inputs = new ArrayList<>();
        for (ReportView.Input i : report.inputs()) {
            Map<String, Object> in = new HashMap<>(Map.of("path", Objects.toString(i.path(), ""), "format", Objects.toString(i.format(), ""),
                    "records", i.records(), "skipped", i.skipped(), "errors", i.errors(), "notices", i.notices(),
                    "problemKinds", i.problemKinds(), "noticeKinds", i.noticeKinds(), "assumptions", i.assumptions()));
            in.put("sha256", Objects.toString(i.sha256(), ""));
            in.put("size", i.size() == null ? "" : i.size().toString());
            in.put("date", i.date() == null ? "" : i.date() + " (" + i.dateSource() + ")");
            in.put("caveats", i.caveats());
            in.put("horizon", i.horizon());
            inputs.add(in);
        }
        c.put("inputs", inputs);
        c.put("partialInput", report.partialInputWarning());
        c.put("identitiesWarning", report.identitiesWarning());
        c.put("horizonWarnings", report.horizonWarnings());
        c.put("caveats", report.caveats());
        c.put("baseline", report.baseline());
        c.put("waivers", waivers(report.waivers()));
        c.put("data", data(firstOfEach, requirementIndex, ReportOrder.display(report.results())));
        c.put("css", CSS);
        c.put("js", JS);
        c.put("styleHash", sha256(CSS));
        c.put("scriptHash", sha256(JS));
        return c;
    }

    private static Map<String, Object> waivers(ReportView.WaiverSummary w) {
        if (w == null) {
            return null;
        }
        List<Map<String, Object>> review = new ArrayList<>();
        w.unused().forEach(u -> review.add(listed(u, u.unusedProblem())));
        w.expired().forEach(u -> review.add(listed(u, "expired")));
        Map<String, Object> m = new HashMap<>();
        m.put("file", w.file());
        m.put("applied", w.applied());
        m.put("review", review);
        return m;
    }

    private static Map<String, Object> listed(ReportView.ListedWaiver w, String problem) {
        return Map.of("id", w.id(), "subject", Objects.toString(w.subject(), "(all)"), "line", w.line(),
                "approvedBy", Objects.toString(w.approvedBy(), ""), "expires", Objects.toString(w.expires(), ""), "problem", problem);
    }

    /** Settings as "users.zowe = ZWESVUSR" lines; lists joined, booleans as on/off. */
    private static List<Map<String, String>> flatten(JsonNode settings) {
        List<Map<String, String>> lines = new ArrayList<>();
        flatten("", settings, lines);
        return lines;
    }

    private static void flatten(String prefix, JsonNode node, List<Map<String, String>> lines) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                flatten(prefix.isEmpty() ? f.getKey() : prefix + "." + f.getKey(), f.getValue(), lines);
            }
        } else if (node.isArray()) {
            List<String> items = new ArrayList<>();
            node.forEach(n -> items.add(n.asText()));
            lines.add(Map.of("key", prefix, "value", items.isEmpty() ? "(none)" : String.join(", ", items)));
        } else if (!node.isMissingNode() && !node.isNull()) {
            lines.add(Map.of("key", prefix, "value", node.isBoolean() ? (node.asBoolean() ? "on" : "off") : node.asText()));
        }
    }

    private static List<String> sortedSeverities(Iterable<String> present) {
        List<String> out = new ArrayList<>();
        TreeSet<String> others = new TreeSet<>();
        present.forEach(others::add);
        for (String s : ReportOrder.SEVERITIES) {
            if (others.remove(s)) {
                out.add(s);
            }
        }
        out.addAll(others);
        return out;
    }

    /**
     * The results as compact rows, in display order (failures first, then by the result's own
     * severity and ID): [requirement index, subject, status, evidence, commands, baseline, waiver,
     * baselineStatus, severity].
     */
    private static String data(List<ReportView.Result> requirements, Map<String, Integer> index, List<ReportView.Result> results)
            throws IOException {
        StringWriter out = new StringWriter(results.size() * 256 + 1024);
        try (JsonGenerator g = InlineJson.generator(out)) {
            g.writeStartObject();
            g.writeArrayFieldStart("requirements");
            for (ReportView.Result r : requirements) {
                g.writeStartObject();
                g.writeStringField("id", r.id());
                g.writeStringField("title", r.title());
                g.writeStringField("section", r.section());
                g.writeStringField("source", r.source());
                g.writeStringField("citation", r.citation());
                g.writeStringField("url", link(r.url()));
                g.writeStringField("group", r.group());
                g.writeArrayFieldStart("features");
                for (String f : r.features()) {
                    g.writeString(f);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("results");
            for (ReportView.Result r : results) {
                g.writeStartArray();
                g.writeNumber(index.get(r.id()));
                g.writeString(r.subject());
                g.writeString(r.status());
                g.writeString(r.evidence());
                g.writeStartArray();
                for (String cmd : r.remediation()) {
                    g.writeString(cmd);
                }
                g.writeEndArray();
                g.writeString(r.baseline());
                if (r.waiver() == null) {
                    g.writeNull();
                } else {
                    g.writeStartObject();
                    g.writeStringField("justification", r.waiver().justification());
                    g.writeStringField("approved_by", r.waiver().approvedBy());
                    g.writeStringField("expires", r.waiver().expires());
                    g.writeEndObject();
                }
                g.writeString(r.baselineStatus());
                g.writeString(r.severity());
                g.writeEndArray();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return out.toString();
    }

    /** The address as a link target when it is a web address, else "" (a report.json could carry a javascript: URL). */
    static String link(String url) {
        return url != null && url.matches("https?://[^\\s\"'<>`]+") ? url : "";
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PebbleEngine engine() {
        ClasspathLoader loader = new ClasspathLoader(HtmlReport.class.getClassLoader());
        loader.setPrefix("dev/esmscan/report/html");
        return new PebbleEngine.Builder().loader(loader).autoEscaping(true).defaultEscapingStrategy("html")
                .strictVariables(true).build();
    }
}
