package dev.esmscan.report.baseline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.esmscan.report.JsonReport;
import dev.esmscan.report.ReportStatuses;
import java.util.Map;

/**
 * Marks a report against a previous one, keyed on (id, subject). "Failing" means FAIL, ERROR or
 * WAIVED (a waived failure is still a failure, only accepted):
 * <ul>
 * <li>failing now and not in the baseline: {@code "baseline": "new"};</li>
 * <li>failing in both: {@code "unchanged"};</li>
 * <li>failing in the baseline and now not failing: {@code "resolved"}, with the current status and
 * {@code "baselineStatus"};</li>
 * <li>failing in the baseline and not evaluated at all now: added as a result with
 * {@code "status": "ABSENT"}, {@code "baseline": "resolved"}, the baseline's title, severity,
 * section and source, no remediation, and evidence that quotes the baseline's.</li>
 * </ul>
 * Results that pass in both get no mark. A top-level {@code baseline} section counts each mark.
 */
public final class Baseline {
    public static final String NEW = "new";
    public static final String UNCHANGED = "unchanged";
    public static final String RESOLVED = "resolved";

    private Baseline() {
    }

    public static void apply(ObjectNode report, JsonNode baseline, String baselineName) {
        Map<ResultKey, JsonNode> before = ResultKey.index(baseline);
        Map<ResultKey, JsonNode> now = ResultKey.index(report);
        int added = 0;
        int unchanged = 0;
        int resolved = 0;
        for (JsonNode node : report.path("results")) {
            ObjectNode result = (ObjectNode) node;
            JsonNode old = before.get(ResultKey.of(result));
            boolean failedBefore = old != null && ReportStatuses.isFailing(old.path("status").asText());
            if (ReportStatuses.isFailing(result.path("status").asText())) {
                result.put("baseline", failedBefore ? UNCHANGED : NEW);
                if (failedBefore) {
                    unchanged++;
                } else {
                    added++;
                }
            } else if (failedBefore && !ReportStatuses.ABSENT.equals(result.path("status").asText())) {
                result.put("baseline", RESOLVED);
                result.put("baselineStatus", old.path("status").asText());
                resolved++;
            }
        }
        for (Map.Entry<ResultKey, JsonNode> e : before.entrySet()) {
            if (!now.containsKey(e.getKey()) && ReportStatuses.isFailing(e.getValue().path("status").asText())) {
                report.withArray("results").add(vanished(e.getValue()));
                resolved++;
            }
        }
        JsonReport.sortResults(report);
        JsonReport.recountSummary(report);
        ObjectNode section = report.putObject("baseline");
        section.put("file", baselineName);
        section.put("new", added);
        section.put("unchanged", unchanged);
        section.put("resolved", resolved);
    }

    private static ObjectNode vanished(JsonNode old) {
        ObjectNode r = JsonReport.newObject();
        for (String key : new String[] {"id", "title"}) {
            r.set(key, old.path(key).deepCopy());
        }
        r.put("status", ReportStatuses.ABSENT);
        for (String key : new String[] {"severity", "subject", "section", "source", "features"}) {
            if (old.has(key)) {
                r.set(key, old.get(key).deepCopy());
            }
        }
        r.put("evidence", "not evaluated in this scan; in the baseline it was " + old.path("status").asText()
                + ": " + old.path("evidence").asText());
        r.putArray("remediation");
        r.put("baseline", RESOLVED);
        r.put("baselineStatus", old.path("status").asText());
        return r;
    }
}
