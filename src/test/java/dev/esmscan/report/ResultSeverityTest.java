package dev.esmscan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.esmscan.config.Feature;
import dev.esmscan.config.SiteSettings;
import dev.esmscan.model.SecurityModel;
import dev.esmscan.policy.Finding;
import dev.esmscan.policy.Requirement;
import dev.esmscan.policy.Status;
import dev.esmscan.scan.ScanResult;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A result's own severity, where a rule gave one, is what report.json and every format show. */
class ResultSeverityTest {
    private static final Requirement EXPOSURE = new Requirement("ZWE-EXPOSURE", "t", "high", List.of(Feature.CORE), Set.of("RACF"),
            "s", "000_f6430533b2adc5a1.txt", "rules/zowe/exposure/ZWE-EXPOSURE.drl");

    private static JsonNode report() {
        List<Finding> findings = List.of(
                new Finding(EXPOSURE, "FACILITY BPX.DAEMON", Status.FAIL, "UACC(READ)", List.of(), List.of(), null),
                new Finding(EXPOSURE, "FACILITY IRR.RAUDITX", Status.FAIL, "UACC(READ)", List.of(), List.of(), "medium"));
        return JsonReport.tree(new ScanResult("RACF", List.of(), SiteSettings.defaults(), findings, SecurityModel.builder().build(), null));
    }

    @Test
    void reportJsonCarriesEachResultsSeverity() {
        JsonNode results = report().path("results");
        assertEquals("high", results.get(0).path("severity").asText(), "no own severity: the requirement's");
        assertEquals("medium", results.get(1).path("severity").asText());
    }

    @Test
    void theFormatsRenderedFromTheReportShowIt() {
        ReportView view = ReportView.of(report());
        assertEquals(List.of("high", "medium"), view.results().stream().map(ReportView.Result::severity).toList());
    }
}
