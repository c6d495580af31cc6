package dev.esmscan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.esmscan.remediation.BatchJob;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RemediateCommandTest {
    private static final String SETROPTS = "src/test/resources/racf/adcd-2021-setropts.txt";

    @TempDir
    Path tmp;

    @Test
    void writesTheJobItsBackoutAndThePasteableCommands() throws Exception {
        CliRunner run = CliRunner.run("remediate", CliRunner.adcd(), SETROPTS, "--out", tmp.toString());
        assertEquals(4, run.exitCode(), run.err());
        String jcl = Files.readString(tmp.resolve("remediate.jcl"));
        String txt = Files.readString(tmp.resolve("remediate.txt"));
        assertTrue(jcl.startsWith("//ZWEFIX   JOB "), jcl);
        assertTrue(jcl.contains("//SYSTSIN  DD DATA,DLM=$$"), jcl);
        assertTrue(jcl.contains("/* fixes ZWE-FAC-ZWESIS ZWESVUSR */"), jcl);
        assertTrue(jcl.contains("RLIST FACILITY ZWES.IS AUTHUSER\nRDEFINE FACILITY ZWES.IS UACC(NONE)"), jcl);
        for (String line : jcl.split("\n")) {
            assertTrue(line.length() <= 72, "longer than a card: " + line);
        }
        assertTrue(jcl.indexOf("ADDGROUP ZWEADMIN") < jcl.indexOf("ADDUSER ZWESVUSR"), "groups before users");
        assertTrue(jcl.indexOf("ADDUSER ZWESVUSR") < jcl.indexOf("RDEFINE FACILITY ZWES.IS"), "users before profiles");
        assertTrue(jcl.indexOf("RDEFINE FACILITY ZWES.IS") < jcl.indexOf("PERMIT BPX.JOBNAME"), "profiles before permits");
        assertEquals(jcl.lastIndexOf("SETROPTS RACLIST(FACILITY) REFRESH"), jcl.indexOf("SETROPTS RACLIST(FACILITY) REFRESH"), "one refresh");
        assertTrue(txt.endsWith("SETROPTS RACLIST(FACILITY) REFRESH\nSETROPTS RACLIST(STARTED) REFRESH\n"), txt);
        String backout = BatchJob.systsin(Files.readString(tmp.resolve("backout.jcl")));
        assertTrue(backout.indexOf("PERMIT ZWES.IS CLASS(FACILITY) ID(ZWESVUSR) DELETE") < backout.indexOf("DELGROUP ZWEADMIN"), backout);
    }

    @Test
    void verifyReportsEveryFixableFailureFixedOnTheRealUnload() {
        CliRunner run = CliRunner.run("verify", CliRunner.adcd(), SETROPTS);
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().matches("(?s)esmscan verify: the generated job's \\d+ changes fixed (\\d+) of \\1 fixable failures.*"), run.out());
        assertTrue(run.out().contains("fixed    ZWE-FAC-ZWESIS  ZWESVUSR"), run.out());
    }

    @Test
    void craftedNamesNeverReachACommand() throws Exception {
        Path yaml = Files.writeString(tmp.resolve("zowe.yaml"),
                "zowe:\n  setup:\n    security:\n      users:\n        zowe: \"ZWE') ID(*) ACCESS(ALTER\"\n        zis: \"ZIS) SPECIAL\"\n"
                        + "      groups:\n        admin: \"ADM\\nPERMIT\"\n");
        Path out = tmp.resolve("out");
        CliRunner run = CliRunner.run("scan", CliRunner.adcd(), SETROPTS, "--zowe-yaml", yaml.toString(), "--out", out.toString(), "--format", "json");
        assertEquals(8, run.exitCode(), run.err());
        JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        int refused = 0;
        for (JsonNode r : report.get("results")) {
            if (r.get("status").asText().equals("FAIL")) {
                assertEquals(0, r.get("remediation").size(), r.toString());
                assertTrue(r.get("evidence").asText().contains("a person must act: no command was generated"), r.toString());
                refused++;
            }
        }
        assertTrue(refused >= 4, "refused: " + refused);
        CliRunner.run("remediate", CliRunner.adcd(), SETROPTS, "--zowe-yaml", yaml.toString(), "--out", out.toString());
        String txt = Files.readString(out.resolve("remediate.txt"));
        assertFalse(txt.contains("ACCESS(ALTER"), txt);
        assertEquals("", txt);
    }
}
