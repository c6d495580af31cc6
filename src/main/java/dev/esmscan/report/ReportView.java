package dev.esmscan.report;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A typed, read-only view of a canonical report.json, read back with Jackson. Renderers work on
 * this view (or on the tree itself), never on scan objects, so a saved report renders exactly as
 * a fresh one.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReportView(String schema, Tool tool, String esm, List<Input> inputs, JsonNode settings,
                         Map<String, Long> summary, List<Result> results, WaiverSummary waivers,
                         BaselineSummary baseline, JsonNode zoweIdentities,
                         Pack pack, SystemName system) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    public ReportView {
        inputs = inputs == null ? List.of() : List.copyOf(inputs);
        settings = settings == null ? NullNode.getInstance() : settings;
        zoweIdentities = zoweIdentities == null ? NullNode.getInstance() : zoweIdentities;
        summary = summary == null ? Map.of() : new LinkedHashMap<>(summary);
        results = results == null ? List.of() : List.copyOf(results);
    }

    public static ReportView of(JsonNode report) {
        try {
            return MAPPER.treeToValue(report, ReportView.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a canonical report: " + e.getOriginalMessage(), e);
        }
    }

    /** The settings.asOf date as written, or "" when absent. */
    public String asOf() {
        return settings.path("asOf").asText("");
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    /**
     * The warning every human-facing report shows first when a reader could not parse records:
     * results that depended on them are ERROR. Null when every input was read whole.
     */
    public String partialInputWarning() {
        List<String> parts = new java.util.ArrayList<>();
        for (Input i : inputs) {
            if (i.errors() > 0) {
                parts.add(i.errors() + " problem" + (i.errors() == 1 ? "" : "s") + " in " + i.path()
                        + (i.damage() == null || i.damage().equals("everything") ? "" : " (reaching " + i.damage() + ")"));
            }
        }
        return parts.isEmpty() ? null : "partial input: " + String.join(", ", parts)
                + ": records or commands that could not be read or modelled; every result that could depend on them is ERROR,"
                + " not PASS. Fix or re-extract the input and scan again.";
    }

    /**
     * The warning every human-facing report shows above the results when the extracts hold none of
     * the site's Zowe identities under the configured names; null otherwise.
     */
    public String identitiesWarning() {
        return zoweIdentities.path("noneFound").asBoolean(false) ? zoweIdentities.path("warning").asText(null) : null;
    }

    /**
     * The warnings every report shows about inputs that may end before the database does: one per
     * input with a horizon (where it ends and what would have followed). Results that could depend
     * on what lies beyond are ERROR. Empty when every input was read to its end.
     */
    public List<String> horizonWarnings() {
        List<String> out = new java.util.ArrayList<>();
        for (Input i : inputs) {
            if (i.horizon() != null) {
                out.add(i.path() + " may be cut short: " + i.horizon() + ". Every result that could depend on what would"
                        + " follow is ERROR, not PASS; transfer or extract the whole file again and scan it.");
            }
        }
        return out;
    }

    /** The partial-input warning (if any) and the horizon warnings, in that order. */
    public List<String> inputWarnings() {
        List<String> out = new java.util.ArrayList<>();
        String partial = partialInputWarning();
        if (partial != null) {
            out.add(partial);
        }
        out.addAll(horizonWarnings());
        return out;
    }

    /** The caveats of every input, each as "path: caveat"; they change no verdict. */
    public List<String> caveats() {
        List<String> out = new java.util.ArrayList<>();
        for (Input i : inputs) {
            i.caveats().forEach(c -> out.add(i.path() + ": " + c));
        }
        return out;
    }

    public record Tool(String name, String version) {
    }

    /** The rule pack evaluated: its name, version, the digest of its files, and the documentation it cites. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Pack(String name, String version, String digest, String documentation) {
        /** "zowe 1.0.0 (sha256:...)". */
        public String describe() {
            return name + " " + version + " (" + digest + ")";
        }
    }

    /** The system the extracts come from, and where its name was taken from. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SystemName(String name, String source) {
    }

    /** The system's name, or "not named" when the scan was given none. */
    public String systemName() {
        return system == null || system.name() == null ? "not named" : system.name();
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Input(String path, String format, long records, long skipped, long errors, List<String> problems,
                        long notices, String damage, List<Kind> problemKinds, List<Kind> noticeKinds, List<String> assumptions,
                        String sha256, Long size, String date, String dateSource,
                        String horizon, String unseen, List<String> caveats) {
        public Input {
            caveats = caveats == null ? List.of() : List.copyOf(caveats);
            problems = problems == null ? List.of() : List.copyOf(problems);
            problemKinds = problemKinds == null ? List.of() : List.copyOf(problemKinds);
            if (problemKinds.isEmpty() && !problems.isEmpty()) {
                problemKinds = List.of(new Kind("problem", Math.max(errors, problems.size()), problems));
            }
            noticeKinds = noticeKinds == null ? List.of() : List.copyOf(noticeKinds);
            assumptions = assumptions == null ? List.of() : List.copyOf(assumptions);
        }

        /**
         * What identifies the file: "sha256 HEX, N bytes, file modification time DATE", or "" for
         * a report written before inputs were identified.
         */
        public String identity() {
            if (sha256 == null) {
                return "";
            }
            return "sha256 " + sha256 + ", " + size + " bytes"
                    + (date == null ? "" : ", " + (dateSource == null ? "date" : dateSource) + " " + date);
        }
    }

    /** One kind of problem or notice of an input: how many, and the first lines. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Kind(String kind, long count, List<String> first) {
        public Kind {
            first = first == null ? List.of() : List.copyOf(first);
        }
    }

    /** One result; {@code waiver} and {@code baseline} are present only when they apply. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Result(String id, String title, String status, String severity, String subject, String section,
                         String source, List<String> features, String evidence, List<String> remediation,
                         Waiver waiver, String baseline, String baselineStatus,
                         String url) {
        public Result {
            features = features == null ? List.of() : List.copyOf(features);
            remediation = remediation == null ? List.of() : List.copyOf(remediation);
            evidence = evidence == null ? "" : evidence;
            subject = subject == null ? "" : subject;
            title = title == null ? "" : title;
            section = section == null ? "" : section;
            source = source == null ? "" : source;
            severity = severity == null ? "" : severity;
            url = url == null ? "" : url;
        }

        /** "SOURCE › SECTION": where the requirement is written down. */
        public String citation() {
            return section.isEmpty() ? source : source + " \u203A " + section;
        }

        /** The requirement group, from the ID prefix: ZWE-FAC-JOBNAME is in ZWE-FAC. */
        public String group() {
            return ReportStatuses.group(id);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Waiver(String justification, @JsonProperty("approved_by") String approvedBy, String expires) {
    }

    /**
     * A waiver of the waivers file, as listed under waivers.unused or waivers.expired; {@code reason}
     * (unused only, may be null) says why its subject matches nothing of its requirement in the scan.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ListedWaiver(String id, String subject, String justification,
                               @JsonProperty("approved_by") String approvedBy, String expires, int line, String reason) {

        /** What is wrong with an unused waiver, in words. */
        public String unusedProblem() {
            return reason == null ? "matches no failure" : reason;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record WaiverSummary(String file, int applied, List<ListedWaiver> unused, List<ListedWaiver> expired) {
        public WaiverSummary {
            unused = unused == null ? List.of() : List.copyOf(unused);
            expired = expired == null ? List.of() : List.copyOf(expired);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record BaselineSummary(String file, @JsonProperty("new") int added, int unchanged, int resolved) {
    }
}
