package dev.esmscan.report.waiver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.esmscan.report.JsonReport;
import dev.esmscan.report.ReportStatuses;
import dev.esmscan.util.NearestName;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Applies a waivers file to a canonical report, before anything is rendered. A FAIL covered by a
 * waiver that has not expired on the scan's date (settings.asOf) becomes WAIVED, keeps its
 * evidence and gains a {@code waiver} object. A FAIL covered only by expired waivers stays FAIL
 * and its evidence says when the waiver expired. ERROR is never waived: it was not decided. The
 * top-level {@code waivers} section lists the waivers that waived nothing and those that expired.
 *
 * <p>An unused waiver whose subject matches none of the subjects its requirement evaluated in this
 * scan (of any status) says so in a {@code reason}, with the nearest subject: that is most often a
 * typo in the subject. The subjects a requirement can have are those it evaluated: the rules derive
 * them from the site's settings and the extracts (the STC user, the sensitive profiles, the Zowe
 * end users), so no list fixed in advance would be complete.
 */
public final class Waivers {

    private Waivers() {
    }

    public static void apply(ObjectNode report, WaiverFile file) {
        LocalDate asOf = asOf(report);
        Map<String, Set<String>> subjects = new HashMap<>();
        Set<String> notApplicable = new HashSet<>();
        for (JsonNode r : report.path("results")) {
            String id = r.path("id").asText();
            if (ReportStatuses.NOT_APPLICABLE.equals(r.path("status").asText())) {
                notApplicable.add(id);
            } else {
                subjects.computeIfAbsent(id, k -> new TreeSet<>()).add(r.path("subject").asText());
            }
        }
        Set<Waiver> used = new LinkedHashSet<>();
        int applied = 0;
        for (JsonNode node : report.path("results")) {
            ObjectNode result = (ObjectNode) node;
            if (!ReportStatuses.FAIL.equals(result.path("status").asText())) {
                continue;
            }
            String id = result.path("id").asText();
            String subject = result.path("subject").asText();
            Waiver active = null;
            Waiver expired = null;
            for (Waiver w : file.waivers()) {
                if (!w.covers(id, subject)) {
                    continue;
                }
                if (!w.isExpiredOn(asOf)) {
                    active = w;
                    break;
                }
                if (expired == null) {
                    expired = w;
                }
            }
            if (active != null) {
                result.put("status", ReportStatuses.WAIVED);
                ObjectNode waiver = result.putObject("waiver");
                waiver.put("justification", active.justification());
                waiver.put("approved_by", active.approvedBy());
                waiver.put("expires", active.expires().toString());
                used.add(active);
                applied++;
            } else if (expired != null) {
                result.put("evidence", result.path("evidence").asText() + "; waiver expired on " + expired.expires()
                        + " (" + file.path() + " line " + expired.line() + ", approved by " + expired.approvedBy() + ")");
            }
        }
        ObjectNode section = report.putObject("waivers");
        section.put("file", file.path().toString());
        section.put("applied", applied);
        ArrayNode unused = section.putArray("unused");
        ArrayNode expiredList = section.putArray("expired");
        for (Waiver w : file.waivers()) {
            if (w.isExpiredOn(asOf)) {
                describe(expiredList.addObject(), w);
            } else if (!used.contains(w)) {
                ObjectNode entry = unused.addObject();
                describe(entry, w);
                noSubject(w, subjects.getOrDefault(w.id(), Set.of()), notApplicable.contains(w.id()))
                        .ifPresent(reason -> entry.put("reason", reason));
            }
        }
        JsonReport.recountSummary(report);
    }

    /** Why the waiver's subject can match nothing of its requirement in this scan, if it cannot. */
    private static Optional<String> noSubject(Waiver w, Set<String> subjects, boolean notApplicable) {
        if (w.subject() == null || subjects.stream().anyMatch(w.subject()::matches)) {
            return Optional.empty();
        }
        if (subjects.isEmpty()) {
            return Optional.of(w.id() + (notApplicable ? " is not applicable in this scan" : " has no result in this scan")
                    + ": it evaluated no subject");
        }
        List<String> listed = subjects.stream().limit(10).toList();
        String nearest = NearestName.of(w.subject().toString(), subjects)
                .map(n -> "; did you mean " + n + "?").orElse("");
        return Optional.of("subject " + w.subject() + " matches none of the " + subjects.size() + " subject"
                + (subjects.size() == 1 ? "" : "s") + " " + w.id() + " evaluated in this scan (" + String.join(", ", listed)
                + (subjects.size() > listed.size() ? ", ..." : "") + ")" + nearest);
    }

    private static void describe(ObjectNode node, Waiver w) {
        node.put("id", w.id());
        if (w.subject() != null) {
            node.put("subject", w.subject().toString());
        }
        node.put("justification", w.justification());
        node.put("approved_by", w.approvedBy());
        node.put("expires", w.expires().toString());
        node.put("line", w.line());
    }

    /** The scan's date; a report without one is judged against today, which only ever expires more waivers. */
    private static LocalDate asOf(JsonNode report) {
        String text = report.path("settings").path("asOf").asText("");
        try {
            return text.isEmpty() ? LocalDate.now() : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return LocalDate.now();
        }
    }
}
