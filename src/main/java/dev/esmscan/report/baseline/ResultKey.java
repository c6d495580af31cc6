package dev.esmscan.report.baseline;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/** What results join on across two reports: (id, subject). */
record ResultKey(String id, String subject) {

    static ResultKey of(JsonNode result) {
        return new ResultKey(result.path("id").asText(), result.path("subject").asText());
    }

    /** The results of a report by key, leaving out ABSENT entries (a failure a baseline already saw resolved). */
    static Map<ResultKey, JsonNode> index(JsonNode report) {
        Map<ResultKey, JsonNode> byKey = new LinkedHashMap<>();
        for (JsonNode r : report.path("results")) {
            if (!"ABSENT".equals(r.path("status").asText())) {
                byKey.putIfAbsent(of(r), r);
            }
        }
        return byKey;
    }
}
