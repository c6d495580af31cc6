package dev.esmscan.report.baseline;

import com.fasterxml.jackson.databind.JsonNode;
import dev.esmscan.report.ReportStatuses;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The changes between two reports, keyed on (id, subject). A change is worse when the status
 * ranks higher than before ({@link ReportStatuses#rank}); a result that did not exist before
 * counts as having passed, one that is gone now as passing.
 *
 * @param newFailures failing now (FAIL, ERROR, WAIVED), not failing before
 * @param resolved    failing before, not failing now or gone
 * @param changed     every other status change
 */
public record ReportDiff(List<Change> newFailures, List<Change> resolved, List<Change> changed) {

    /** One (id, subject) whose status changed; a status is null where the result does not exist. */
    public record Change(String id, String subject, String severity, String before, String after) {
        public boolean isWorse() {
            return ReportStatuses.rank(after) > ReportStatuses.rank(before);
        }
    }

    public static ReportDiff between(JsonNode older, JsonNode newer) {
        Map<ResultKey, JsonNode> before = ResultKey.index(older);
        Map<ResultKey, JsonNode> after = ResultKey.index(newer);
        Set<ResultKey> keys = new LinkedHashSet<>(before.keySet());
        keys.addAll(after.keySet());
        List<Change> newFailures = new ArrayList<>();
        List<Change> resolved = new ArrayList<>();
        List<Change> changed = new ArrayList<>();
        keys.stream().sorted((a, b) -> a.id().equals(b.id()) ? a.subject().compareTo(b.subject()) : a.id().compareTo(b.id()))
                .forEach(key -> {
                    JsonNode o = before.get(key);
                    JsonNode n = after.get(key);
                    String was = o == null ? null : o.path("status").asText();
                    String is = n == null ? null : n.path("status").asText();
                    String severity = (n != null ? n : o).path("severity").asText();
                    Change c = new Change(key.id(), key.subject(), severity, was, is);
                    if (ReportStatuses.isFailing(is) && !ReportStatuses.isFailing(was)) {
                        newFailures.add(c);
                    } else if (ReportStatuses.isFailing(was) && !ReportStatuses.isFailing(is)) {
                        resolved.add(c);
                    } else if (was != null && is != null && !was.equals(is)) {
                        changed.add(c);
                    }
                });
        return new ReportDiff(newFailures, resolved, changed);
    }

    public boolean gotWorse() {
        return newFailures.stream().anyMatch(Change::isWorse) || changed.stream().anyMatch(Change::isWorse);
    }

    /** The changes as the diff command prints them. */
    public String render(String olderName, String newerName) {
        StringBuilder out = new StringBuilder();
        out.append("esmscan diff ").append(olderName).append(" -> ").append(newerName).append('\n');
        section(out, "New failures", newFailures);
        section(out, "Resolved", resolved);
        section(out, "Status changes", changed);
        long worse = newFailures.stream().filter(Change::isWorse).count() + changed.stream().filter(Change::isWorse).count();
        out.append('\n').append(worse == 0 ? "Nothing got worse." : worse + (worse == 1 ? " result got worse." : " results got worse."))
                .append('\n');
        return out.toString();
    }

    private static void section(StringBuilder out, String title, List<Change> changes) {
        out.append('\n').append(title).append(" (").append(changes.size()).append(")\n");
        for (Change c : changes) {
            out.append("  ").append(c.id()).append("  ").append(c.subject()).append("  [").append(c.severity()).append("]  ")
                    .append(c.before() == null ? "(none)" : c.before()).append(" -> ")
                    .append(c.after() == null ? "(gone)" : c.after()).append('\n');
        }
    }
}
