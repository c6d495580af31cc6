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
        // the real ADCD system holds none of the Zowe identities: the job would create them, so it says so first
        assertTrue(run.out().startsWith("WARNING: none of the site's Zowe identities is in the extracts (no STC user ZWESVUSR,"), run.out());
        String header = jcl.substring(0, jcl.indexOf("//RUN "));
        assertTrue(header.contains("//* WARNING: none of the site's Zowe identities is in the extracts (no\n"), header);
        assertTrue(header.contains("zowe.yaml with --zowe-yaml, or correct zowe.setup.security in it;"), header);
        assertFalse(Files.readString(tmp.resolve("backout.jcl")).contains("//* WARNING"));
        String backout = BatchJob.systsin(Files.readString(tmp.resolve("backout.jcl")));
        assertTrue(backout.indexOf("PERMIT ZWES.IS CLASS(FACILITY) ID(ZWESVUSR) DELETE") < backout.indexOf("DELGROUP ZWEADMIN"), backout);
    }

    @Test
    void aSiteWhoseZoweIdentitiesAreThereGetsNoWarning() throws Exception {
        CliRunner run = CliRunner.run("remediate", "--out", tmp.toString());
        assertFalse(run.out().contains("WARNING"), run.out());
        assertFalse(Files.readString(tmp.resolve("remediate.jcl")).contains("//* WARNING"));
    }

    @Test
    void verifyReportsEveryFixableFailureFixedOnTheRealUnload() {
        CliRunner run = CliRunner.run("verify", CliRunner.adcd(), SETROPTS);
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().matches("(?s)esmscan verify: the generated job's \\d+ changes fixed (\\d+) of \\1 fixable failures.*"), run.out());
        assertTrue(run.out().contains("fixed    ZWE-FAC-ZWESIS  ZWESVUSR"), run.out());
    }

    /**
     * Names from zowe.yaml are checked when it is read: a crafted one stops the run at its line,
     * before any report or job is written. (Names that reach the renderer by other ways are refused
     * there too: RacfCommandRendererTest.refusesNamesThatCouldBreakOutOfTheCommand.)
     */
    @Test
    void craftedNamesNeverReachACommand() throws Exception {
        Path yaml = Files.writeString(tmp.resolve("zowe.yaml"),
                "zowe:\n  setup:\n    security:\n      users:\n        zowe: \"ZWE') ID(*) ACCESS(ALTER\"\n        zis: \"ZIS) SPECIAL\"\n"
                        + "      groups:\n        admin: \"ADM\\nPERMIT\"\n");
        Path out = tmp.resolve("out");
        CliRunner scan = CliRunner.run("scan", CliRunner.adcd(), SETROPTS, "--zowe-yaml", yaml.toString(), "--out", out.toString(), "--format", "json");
        assertEquals(12, scan.exitCode(), scan.err());
        assertTrue(scan.err().contains(yaml + ":5: zowe.setup.security.users.zowe: 'ZWE') ID(*) ACCESS(ALTER' is 24 characters long"),
                scan.err());
        CliRunner remediate = CliRunner.run("remediate", CliRunner.adcd(), SETROPTS, "--zowe-yaml", yaml.toString(), "--out", out.toString());
        assertEquals(12, remediate.exitCode(), remediate.err());
        assertFalse(Files.exists(out.resolve("report.json")));
        assertFalse(Files.exists(out.resolve("remediate.txt")));
    }
}
