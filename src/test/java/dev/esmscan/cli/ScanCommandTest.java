package dev.esmscan.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScanCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private static Map<String, String> statuses(JsonNode report) {
        Map<String, String> m = new HashMap<>();
        report.get("results").forEach(r -> m.put(r.get("id").asText() + "/" + r.get("subject").asText(), r.get("status").asText()));
        return m;
    }

    @Test
    void scanWithoutInputsReadsTheBundledSampleAndWritesTheCanonicalReport() throws Exception {
        CliRunner run = CliRunner.run("scan", "--out", tmp.toString(), "--as-of", "2026-01-15");
        JsonNode report = JSON.readTree(tmp.resolve("report.json").toFile());
        assertEquals("esmscan-report/1", report.get("schema").asText());
        assertEquals("RACF", report.get("esm").asText());
        assertTrue(report.get("inputs").get(0).get("path").asText().startsWith("sample-exports/racf/"), report.get("inputs").toString());
        assertTrue(run.out().contains("FAIL ("), run.out());
        boolean needsPerson = false;
        for (JsonNode r : report.get("results")) {
            needsPerson |= r.get("status").asText().equals("ERROR")
                    || (r.get("status").asText().equals("FAIL") && r.get("remediation").isEmpty());
        }
        assertEquals(needsPerson ? 8 : 4, run.exitCode(), run.err());
        long total = 0;
        for (JsonNode n : report.get("summary")) {
            total += n.asLong();
        }
        assertEquals(report.get("results").size(), total);
    }

    @Test
    void identicalInputGivesByteIdenticalReports() throws Exception {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        CliRunner.run("scan", CliRunner.adcd(), "--out", a.toString(), "--as-of", "2026-01-15");
        CliRunner.run("scan", CliRunner.adcd(), "--out", b.toString(), "--as-of", "2026-01-15");
        assertArrayEquals(Files.readAllBytes(a.resolve("report.json")), Files.readAllBytes(b.resolve("report.json")));
    }

    @Test
    void realAdcdUnloadLacksZoweSetup() throws Exception {
        CliRunner run = CliRunner.run("scan", CliRunner.adcd(), "--out", tmp.toString(), "--format", "json");
        JsonNode report = JSON.readTree(tmp.resolve("report.json").toFile());
        JsonNode input = report.get("inputs").get(0);
        assertEquals(5699, input.get("records").asLong());
        assertEquals(0, input.get("errors").asLong());
        assertEquals(2324, input.get("recordTypes").get("0505").asLong());
        Map<String, String> statuses = statuses(report);
        assertEquals("FAIL", statuses.get("ZWE-ID-STC-USER/ZWESVUSR"));
        assertEquals("FAIL", statuses.get("ZWE-FAC-ZWESIS/ZWESVUSR"));
        assertEquals("ERROR", statuses.get("ZWE-CLASS-FACILITY/FACILITY"));
        assertEquals("esmscan scan: 21 FAIL, 2 ERROR, 0 WAIVED, 3 MANUAL, 18 PASS, 6 NOT_APPLICABLE;"
                + " exit 8: 2 results were not decided (ERROR)\n", run.out(), "without text in --format, only the summary line");
        assertEquals(8, run.exitCode());
    }

    /** The real ADCD system has no Zowe set up: none of the configured identities is there, and every format says so first. */
    @Test
    void aScanFindingNoneOfTheSitesZoweIdentitiesSaysSoAboveTheResults() throws Exception {
        CliRunner run = CliRunner.run("scan", CliRunner.adcd(), "--out", tmp.toString(), "--format", "json,text,html");
        JsonNode ids = JSON.readTree(tmp.resolve("report.json").toFile()).get("zoweIdentities");
        assertTrue(ids.get("noneFound").asBoolean());
        assertEquals("[\"STC user ZWESVUSR\",\"ZIS user ZWESIUSR\",\"admin group ZWEADMIN\"]", ids.get("missing").toString());
        String warning = "WARNING: none of the site's Zowe identities is in the extracts (no STC user ZWESVUSR, no ZIS user ZWESIUSR,"
                + " no admin group ZWEADMIN): the names are probably different at this site. Give the site's zowe.yaml with --zowe-yaml,"
                + " or correct zowe.setup.security in it";
        String text = run.out();
        assertTrue(text.contains(warning), text);
        assertTrue(text.indexOf(warning) < text.indexOf("summary:") && text.indexOf(warning) < text.indexOf("FAIL ("), text);
        String html = Files.readString(tmp.resolve("report.html"));
        assertTrue(html.contains("<p id=\"zowe-identities\" class=\"warning\" role=\"alert\"><strong>Warning:</strong> none of the site&#39;s"
                + " Zowe identities is in the extracts"), html.substring(0, Math.min(html.length(), 3000)));
        assertTrue(html.indexOf("zowe-identities") < html.indexOf("<section id=\"results\">"));

        Path sample = tmp.resolve("sample");
        CliRunner clean = CliRunner.run("scan", "--out", sample.toString(), "--format", "json,text,html");
        JsonNode found = JSON.readTree(sample.resolve("report.json").toFile()).get("zoweIdentities");
        assertFalse(found.get("noneFound").asBoolean());
        assertFalse(found.has("warning"));
        assertFalse(clean.out().contains("Zowe identities"), clean.out());
        assertFalse(Files.readString(sample.resolve("report.html")).contains("zowe-identities"));
    }

    @Test
    void unrecognisedInputIsAnInputErrorAndWritesNothing() throws Exception {
        Path bogus = Files.writeString(tmp.resolve("notes.txt"), "Dear auditor,\nhere is the extract.\n");
        Path out = tmp.resolve("out");
        CliRunner run = CliRunner.run("scan", bogus.toString(), "--out", out.toString());
        assertEquals(12, run.exitCode());
        assertTrue(run.err().contains("notes.txt:1: not a recognised extract"), run.err());
        assertFalse(Files.exists(out.resolve("report.json")));
    }

    @Test
    void failedRunLeavesThePreviousReportIntact() throws Exception {
        CliRunner.run("scan", CliRunner.adcd(), "--out", tmp.toString(), "--format", "json");
        byte[] before = Files.readAllBytes(tmp.resolve("report.json"));
        Path empty = Files.createFile(tmp.resolve("empty.irrdbu00"));
        CliRunner run = CliRunner.run("scan", empty.toString(), "--out", tmp.toString());
        assertEquals(12, run.exitCode());
        assertTrue(run.err().contains("empty"), run.err());
        assertArrayEquals(before, Files.readAllBytes(tmp.resolve("report.json")));
    }

    @Test
    void unknownFormatAndFeatureAreUsageErrors() {
        assertEquals(12, CliRunner.run("scan", "--format", "pdf", "--out", tmp.toString()).exitCode());
        CliRunner run = CliRunner.run("scan", "--feature", "teleport=on", "--out", tmp.toString());
        assertEquals(12, run.exitCode());
        assertTrue(run.err().contains("unknown feature"), run.err());
    }

    @Test
    void featureSwitchTurnsRequirementsNotApplicable() throws Exception {
        CliRunner.run("scan", CliRunner.adcd(), "--feature", "zss=off", "--out", tmp.toString(), "--format", "json");
        assertEquals("NOT_APPLICABLE", statuses(JSON.readTree(tmp.resolve("report.json").toFile())).get("ZWE-FAC-ZWESIS/-"));
    }

    @Test
    void zoweYamlNamesTheUsers() throws Exception {
        Path yaml = Files.writeString(tmp.resolve("zowe.yaml"),
                "zowe:\n  setup:\n    security:\n      product: RACF\n      users:\n        zowe: IBMUSER\n");
        CliRunner.run("scan", CliRunner.adcd(), "--zowe-yaml", yaml.toString(), "--out", tmp.toString(), "--format", "json");
        JsonNode report = JSON.readTree(tmp.resolve("report.json").toFile());
        assertEquals("IBMUSER", report.get("settings").get("users").get("zowe").asText());
        assertTrue(statuses(report).containsKey("ZWE-FAC-JOBNAME/IBMUSER"));
    }

    @Test
    void malformedZoweYamlNamesFileAndLine() throws Exception {
        Path yaml = Files.writeString(tmp.resolve("zowe.yaml"), "zowe:\n  setup:\n    security: [unclosed\n  other: 1\n");
        CliRunner run = CliRunner.run("scan", CliRunner.adcd(), "--zowe-yaml", yaml.toString(), "--out", tmp.toString());
        assertEquals(12, run.exitCode());
        assertTrue(run.err().matches("(?s).*zowe\\.yaml:\\d+: malformed YAML.*"), run.err());
    }

    @Test
    void rulesThatDoNotCompileStopTheRunWithFileAndLine() throws Exception {
        Path rules = Files.createDirectories(tmp.resolve("rules"));
        Files.writeString(rules.resolve("broken.drl"), "package x;\n\nrule \"r\"\nwhen\n  This is not DRL\nthen\nend\n");
        CliRunner run = CliRunner.run("scan", CliRunner.adcd(), "--rules", rules.toString(), "--out", tmp.toString());
        assertEquals(12, run.exitCode());
        assertTrue(run.err().contains("broken.drl:"), run.err());
    }

    @Test
    void waiversAndBaselineAreAppliedBeforeEveryFormatAndTheExitCode() throws Exception {
        Path first = tmp.resolve("q3");
        CliRunner.run("scan", CliRunner.adcd(), "--out", first.toString(), "--as-of", "2026-01-15", "--format", "json");
        Path waivers = Files.writeString(tmp.resolve("waivers.yaml"),
                "- id: ZWE-ID-STC-USER\n  subject: ZWES%USR\n  justification: users are created in the Q2 change window\n"
                        + "  approved_by: J. Smith\n  expires: 2026-01-15\n"
                        + "- id: ZWE-FAC-JOBNAME\n  subject: NOBODY\n  justification: nothing to waive\n  approved_by: J. Smith\n  expires: 2026-06-30\n");
        Path second = tmp.resolve("q4");
        CliRunner run = CliRunner.run("scan", CliRunner.adcd(), "--out", second.toString(), "--as-of", "2026-01-15",
                "--waivers", waivers.toString(), "--baseline", first.resolve("report.json").toString(),
                "--format", "json,text,html,sarif,junit,csv,md");
        for (String name : new String[] {"report.json", "report.txt", "report.html", "report.sarif", "report.junit.xml", "report.csv", "report.md"}) {
            assertTrue(Files.exists(second.resolve(name)), name);
        }
        JsonNode report = JSON.readTree(second.resolve("report.json").toFile());
        assertEquals("WAIVED", statuses(report).get("ZWE-ID-STC-USER/ZWESVUSR"));
        assertEquals(1, report.get("waivers").get("unused").size());
        for (JsonNode r : report.get("results")) {
            String status = r.get("status").asText();
            boolean failing = status.equals("FAIL") || status.equals("ERROR") || status.equals("WAIVED");
            assertEquals(failing ? "unchanged" : "", r.path("baseline").asText(""), r.toString());
        }
        assertTrue(run.out().contains("unused waiver: ZWE-FAC-JOBNAME NOBODY (line 6"), run.out());
        assertEquals(8, run.exitCode(), "ERROR results remain");
    }
}
