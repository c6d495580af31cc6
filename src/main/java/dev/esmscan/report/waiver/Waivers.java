package dev.esmscan.report.waiver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.esmscan.report.JsonReport;
import dev.esmscan.report.ReportStatuses;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Applies a waivers file to a canonical report, before anything is rendered. A FAIL covered by a
 * waiver that has not expired on the scan's date (settings.asOf) becomes WAIVED, keeps its
 * evidence and gains a {@code waiver} object. A FAIL covered only by expired waivers stays FAIL
 * and its evidence says when the waiver expired. ERROR is never waived: it was not decided. The
 * top-level {@code waivers} section lists the waivers that waived nothing and those that expired.
 */
public final class Waivers {

    private Waivers() {
    }

    public static void apply(ObjectNode report, WaiverFile file) {
        LocalDate asOf = asOf(report);
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
                describe(unused.addObject(), w);
            }
        }
        JsonReport.recountSummary(report);
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
