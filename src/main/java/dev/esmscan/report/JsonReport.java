package dev.esmscan.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.esmscan.config.Feature;
import dev.esmscan.config.SiteSettings;
import dev.esmscan.input.ReadStats;
import dev.esmscan.policy.Finding;
import dev.esmscan.policy.Status;
import dev.esmscan.scan.InputIdentity;
import dev.esmscan.scan.ScanResult;
import dev.esmscan.scan.SiteIdentities;
import dev.esmscan.util.BuildInfo;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The canonical report.json (schema esmscan-report/1, DESIGN.md): every other format is rendered
 * from what this holds. Key order is fixed and results are sorted, so identical input gives
 * identical bytes.
 */
public final class JsonReport {
    public static final String SCHEMA = "esmscan-report/1";
    public static final String TOOL_VERSION = BuildInfo.version();

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonReport() {
    }

    /** An empty object node of the report's mapper. */
    public static ObjectNode newObject() {
        return MAPPER.createObjectNode();
    }

    private static void summaries(ArrayNode into, List<ReadStats.Summary> summaries) {
        for (ReadStats.Summary k : summaries) {
            ObjectNode kind = into.addObject();
            kind.put("kind", k.kind());
            kind.put("count", k.count());
            ArrayNode first = kind.putArray("first");
            k.first().forEach(first::add);
        }
    }

    public static ObjectNode tree(ScanResult scan) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema", SCHEMA);
        ObjectNode tool = root.putObject("tool");
        tool.put("name", "esmscan");
        tool.put("version", TOOL_VERSION);
        if (scan.pack() != null) {
            ObjectNode pack = root.putObject("pack");
            pack.put("name", scan.pack().name());
            pack.put("version", scan.pack().version());
            pack.put("digest", scan.pack().digest());
            if (!scan.pack().documentation().isEmpty()) {
                pack.put("documentation", scan.pack().documentation());
            }
        }
        if (scan.system() == null) {
            root.putNull("system");
        } else {
            ObjectNode system = root.putObject("system");
            system.put("name", scan.system().name());
            system.put("source", scan.system().source());
        }
        root.put("esm", scan.esm());
        ArrayNode inputs = root.putArray("inputs");
        for (int i = 0; i < scan.inputs().size(); i++) {
            ReadStats s = scan.inputs().get(i);
            ObjectNode in = inputs.addObject();
            in.put("path", s.path());
            in.put("format", s.format());
            if (i < scan.identities().size()) {
                InputIdentity id = scan.identities().get(i);
                in.put("sha256", id.sha256());
                in.put("size", id.size());
                in.put("date", id.date());
                in.put("dateSource", id.dateSource());
            }
            in.put("records", s.records());
            in.put("skipped", s.skipped());
            in.put("filtered", s.filtered());
            in.put("errors", s.errors());
            ObjectNode types = in.putObject("recordTypes");
            s.recordsByType().forEach(types::put);
            if (s.filtered() > 0) {
                ObjectNode filtered = in.putObject("filteredTypes");
                s.filteredByType().forEach(filtered::put);
            }
            in.put("notices", s.notices());
            if (!s.problems().isEmpty()) {
                ArrayNode problems = in.putArray("problems");
                s.problems().forEach(problems::add);
                in.put("damage", s.damage().describe());
                summaries(in.putArray("problemKinds"), s.problemSummary());
            }
            if (s.notices() > 0) {
                summaries(in.putArray("noticeKinds"), s.noticeSummary());
            }
            if (!s.unseen().isNothing()) {
                in.put("horizon", s.horizon());
                in.put("unseen", s.unseen().describe());
            }
            if (!s.caveats().isEmpty()) {
                ArrayNode caveats = in.putArray("caveats");
                s.caveats().forEach(caveats::add);
            }
            if (!s.assumptions().isEmpty()) {
                ArrayNode assumptions = in.putArray("assumptions");
                s.assumptions().forEach(assumptions::add);
            }
        }
        root.set("settings", settings(scan.settings()));
        root.set("zoweIdentities", identities(SiteIdentities.of(scan)));
        ObjectNode summary = root.putObject("summary");
        for (Status st : Status.values()) {
            summary.put(st.name(), scan.findings().stream().filter(f -> f.status() == st).count());
        }
        ArrayNode results = root.putArray("results");
        for (Finding f : scan.findings()) {
            ObjectNode r = results.addObject();
            r.put("id", f.id());
            r.put("title", f.requirement().title());
            r.put("status", f.status().name());
            r.put("severity", f.severity());
            r.put("subject", f.subject());
            r.put("section", f.requirement().section());
            r.put("source", f.requirement().citedSource());
            if (!f.requirement().url().isEmpty()) {
                r.put("url", f.requirement().url());
            }
            ArrayNode features = r.putArray("features");
            f.requirement().features().forEach(x -> features.add(x.key()));
            r.put("evidence", f.evidence());
            ArrayNode fix = r.putArray("remediation");
            f.remediation().forEach(fix::add);
        }
        return root;
    }

    /** Which of the site's Zowe identities the extracts hold; a warning when none (see {@link SiteIdentities}). */
    private static ObjectNode identities(SiteIdentities ids) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("noneFound", ids.noneFound());
        ArrayNode found = node.putArray("found");
        ids.found().forEach(found::add);
        ArrayNode missing = node.putArray("missing");
        ids.missing().forEach(missing::add);
        if (ids.noneFound()) {
            node.put("warning", ids.warning());
        }
        return node;
    }

    private static ObjectNode settings(SiteSettings s) {
        ObjectNode node = MAPPER.createObjectNode();
        ObjectNode users = node.putObject("users");
        users.put("zowe", s.getStcUser());
        users.put("zis", s.getZisUser());
        ObjectNode groups = node.putObject("groups");
        groups.put("admin", s.getAdminGroup());
        groups.put("stc", s.getStcGroup());
        ObjectNode stcs = node.putObject("stcs");
        stcs.put("zowe", s.getZoweStc());
        stcs.put("zis", s.getZisStc());
        stcs.put("aux", s.getAuxStc());
        ArrayNode zoweUsers = node.putArray("zoweUsers");
        s.getZoweUsers().forEach(zoweUsers::add);
        ObjectNode features = node.putObject("features");
        for (Map.Entry<Feature, Boolean> e : s.features().entrySet()) {
            features.put(e.getKey().key(), e.getValue());
        }
        node.put("asOf", s.getAsOf().toString());
        if (!s.getNotices().isEmpty()) {
            ArrayNode notices = node.putArray("notices");
            s.getNotices().forEach(notices::add);
        }
        return node;
    }

    public static byte[] render(ScanResult scan) {
        return render(tree(scan));
    }

    /** The report file's bytes: two-space indent, LF, a final newline. */
    public static byte[] render(JsonNode report) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return (MAPPER.writer(printer).writeValueAsString(report) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Recounts the summary from the results, after waivers or a baseline changed them: the six
     * policy statuses always, ABSENT only when a result has it.
     */
    public static void recountSummary(ObjectNode report) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Status st : Status.values()) {
            counts.put(st.name(), 0L);
        }
        for (JsonNode r : report.path("results")) {
            counts.merge(r.path("status").asText(), 1L, Long::sum);
        }
        ObjectNode summary = MAPPER.createObjectNode();
        counts.forEach(summary::put);
        report.set("summary", summary);
    }

    /** Puts the results back in (id, subject) order. */
    public static void sortResults(ObjectNode report) {
        List<JsonNode> results = new ArrayList<>();
        report.path("results").forEach(results::add);
        results.sort(Comparator.comparing((JsonNode r) -> r.path("id").asText()).thenComparing(r -> r.path("subject").asText()));
        ArrayNode sorted = MAPPER.createArrayNode();
        sorted.addAll(results);
        report.set("results", sorted);
    }
}
