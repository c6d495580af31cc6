package dev.esmscan.report.baseline;

import static dev.esmscan.report.ReportFixtures.result;
import static dev.esmscan.report.ReportFixtures.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.esmscan.report.ExitCode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BaselineTest {

    private static Map<String, JsonNode> byKey(JsonNode report) {
        Map<String, JsonNode> m = new HashMap<>();
        report.get("results").forEach(r -> m.put(r.get("id").asText() + "/" + r.get("subject").asText(), r));
        return m;
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
            "PASS, FAIL, new",
            "NOT_APPLICABLE, ERROR, new",
            "MANUAL, WAIVED, new",
            "FAIL, FAIL, unchanged",
            "FAIL, ERROR, unchanged",
            "ERROR, FAIL, unchanged",
            "WAIVED, FAIL, unchanged",
            "FAIL, WAIVED, unchanged",
            "FAIL, PASS, resolved",
            "ERROR, NOT_APPLICABLE, resolved",
            "WAIVED, MANUAL, resolved",
            "PASS, PASS, ''",
            "NOT_APPLICABLE, MANUAL, ''",
    })
    void marksEachResultByWhetherItFailedBefore(String before, String now, String mark) {
        ObjectNode report = with(result("ZWE-FAC-JOBNAME", "ZWESVUSR", now));
        Baseline.apply(report, with(result("ZWE-FAC-JOBNAME", "ZWESVUSR", before)), "q3/report.json");
        JsonNode r = report.get("results").get(0);
        assertEquals(mark, r.path("baseline").asText(""));
        assertEquals(now, r.get("status").asText(), "the status is the current one");
        assertEquals(mark.equals("resolved") ? before : "", r.path("baselineStatus").asText(""));
        assertEquals(1, report.get("results").size());
    }

    @Test
    void aFailureWithoutAnyBaselineResultIsNew() {
        ObjectNode report = with(result("ZWE-FAC-JOBNAME", "ZWESVUSR", "FAIL"));
        Baseline.apply(report, with(result("ZWE-FAC-JOBNAME", "IBMUSER", "FAIL")), "old.json");
        assertEquals("new", byKey(report).get("ZWE-FAC-JOBNAME/ZWESVUSR").get("baseline").asText());
    }

    @Test
    void aBaselineFailureNoLongerEvaluatedIsAddedAsResolvedAndAbsent() {
        ObjectNode report = with(result("ZWE-FAC-JOBNAME", "ZWESVUSR", "FAIL"));
        ObjectNode old = with(result("ZWE-FAC-JOBNAME", "ZWESVUSR", "FAIL"),
                result("ZWE-FAC-JOBNAME", "OLDUSER", "FAIL", "no entry for OLDUSER", List.of("PERMIT ...")),
                result("ZWE-FAC-ZWESIS", "GONEPASS", "PASS"));
        Baseline.apply(report, old, "old.json");
        Map<String, JsonNode> results = byKey(report);
        assertEquals(2, results.size(), "a baseline PASS that is gone is not listed");
        JsonNode gone = results.get("ZWE-FAC-JOBNAME/OLDUSER");
        assertEquals("ABSENT", gone.get("status").asText());
        assertEquals("resolved", gone.get("baseline").asText());
        assertEquals("FAIL", gone.get("baselineStatus").asText());
        assertEquals("Title of ZWE-FAC-JOBNAME", gone.get("title").asText());
        assertTrue(gone.get("evidence").asText().contains("no entry for OLDUSER"), gone.toString());
        assertTrue(gone.get("remediation").isEmpty());
        List<String> order = new ArrayList<>();
        report.get("results").forEach(r -> order.add(r.get("subject").asText()));
        assertEquals(List.of("OLDUSER", "ZWESVUSR"), order, "sorted by (id, subject)");
        assertEquals(1, report.get("summary").get("ABSENT").asInt());
        assertEquals(1, report.get("summary").get("FAIL").asInt());
        JsonNode section = report.get("baseline");
        assertEquals("old.json", section.get("file").asText());
        assertEquals(List.of(0, 1, 1), List.of(section.get("new").asInt(), section.get("unchanged").asInt(), section.get("resolved").asInt()));
        assertEquals(ExitCode.FIXABLE_FAILURES, ExitCode.of(report), "ABSENT does not fail the run");
    }

    @Test
    void resolvedEntriesOfTheBaselineItselfAreNotCarriedForward() {
        ObjectNode previous = with(result("ZWE-FAC-JOBNAME", "ZWESVUSR", "PASS"));
        Baseline.apply(previous, with(result("ZWE-FAC-JOBNAME", "OLDUSER", "FAIL")), "q2.json");
        ObjectNode report = with(result("ZWE-FAC-JOBNAME", "ZWESVUSR", "PASS"));
        Baseline.apply(report, previous, "q3.json");
        assertEquals(1, report.get("results").size());
        assertFalse(report.get("results").get(0).has("baseline"));
        assertEquals(0, report.get("baseline").get("resolved").asInt());
    }
}
