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
 * <p>Before the results, it compares what the two reports checked (see {@link ScopeDiff}): a
 * different ESM, system, setting, feature, end-user list or rule pack means the scope changed, and
 * the results do not compare like with like.
 *
 * @param newFailures failing now (FAIL, ERROR, WAIVED), not failing before
 * @param resolved    failing before, not failing now or gone
 * @param changed     every other status change
 * @param scope       every difference in what was checked, "what: before -> after"
 * @param inputs      each input by path, with its digest on both sides
 */
public record ReportDiff(List<Change> newFailures, List<Change> resolved, List<Change> changed, List<String> scope,
                         List<String> inputs) {

    public ReportDiff {
        scope = List.copyOf(scope);
        inputs = List.copyOf(inputs);
    }

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
        return new ReportDiff(newFailures, resolved, changed, ScopeDiff.scope(older, newer), ScopeDiff.inputs(older, newer));
    }

    /** The two reports did not check the same thing: their results do not compare like with like. */
    public boolean scopeChanged() {
        return !scope.isEmpty();
    }

    public boolean gotWorse() {
        return newFailures.stream().anyMatch(Change::isWorse) || changed.stream().anyMatch(Change::isWorse);
    }

    /** The changes as the diff command prints them. */
    public String render(String olderName, String newerName) {
        StringBuilder out = new StringBuilder();
        out.append("esmscan diff ").append(olderName).append(" -> ").append(newerName).append('\n');
        if (scopeChanged()) {
            out.append("\nScope changed (").append(scope.size()).append("): the reports did not check the same thing,"
                    + " so their results do not compare like with like\n");
            scope.forEach(line -> out.append("  ").append(line).append('\n'));
        } else {
            out.append("\nSame scope: the same ESM, system, settings, features, end users and rule pack\n");
        }
        out.append("\nInputs (").append(inputs.size()).append(")\n");
        inputs.forEach(line -> out.append("  ").append(line).append('\n'));
        section(out, "New failures", newFailures);
        section(out, "Resolved", resolved);
        section(out, "Status changes", changed);
        long worse = worse();
        out.append('\n').append(worse == 0 ? "Nothing got worse." : worse + (worse == 1 ? " result got worse." : " results got worse."))
                .append('\n');
        return out.toString();
    }

    private long worse() {
        return newFailures.stream().filter(Change::isWorse).count() + changed.stream().filter(Change::isWorse).count();
    }

    /** "exit 4: scope changed (...)", "exit 4: N results got worse" or "exit 0: nothing got worse". */
    public String reason() {
        long worse = worse();
        if (scopeChanged()) {
            return "exit 4: scope changed (" + scope.size() + (scope.size() == 1 ? " difference" : " differences")
                    + " in what was checked)" + (worse == 0 ? "" : "; " + worse + (worse == 1 ? " result" : " results") + " got worse");
        }
        return worse == 0 ? "exit 0: nothing got worse" : "exit 4: " + worse + (worse == 1 ? " result got worse" : " results got worse");
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
