package dev.esmscan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A batch job on the command line: read through its SYSTSIN, or refused with exit code 12 naming the step. */
class JobInputCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void aJobWhoseOnlyStepRunsAProcedureIsAnInputError() throws Exception {
        Path job = Files.writeString(tmp.resolve("ZWESECKG.jcl"), """
                //ZWESECKG JOB
                //BUILD    EXEC EDCCBG,CPARM='SEARCH(/usr/include)'
                //COMPILE.SYSIN DD *
                int main() { return 0; }
                /*
                """);
        Path out = tmp.resolve("out");
        CliRunner run = CliRunner.run("scan", CliRunner.adcd(), job.toString(), "--out", out.toString());
        assertEquals(12, run.exitCode());
        assertTrue(run.err().contains(job + ":1: not a recognised extract: a batch job without a TSO step"), run.err());
        assertTrue(run.err().contains("step BUILD (line 2) runs procedure EDCCBG"), run.err());
        assertFalse(Files.exists(out.resolve("report.json")));
    }

    @Test
    void theJobIsReportedUnderItsNameWithItsFormatAndTheZoweYamlGivenFillsItsPlaceholders() throws Exception {
        Path job = Files.writeString(tmp.resolve("ZWESECUR.jcl"), """
                //ZWESECUR JOB
                //RUN      EXEC PGM=IKJEFT01
                //SYSTSIN  DD DATA,DLM=$$
                  ADDGROUP {zowe.setup.security.groups.admin} OMVS(GID(4711))
                $$
                """);
        Path yaml = Files.writeString(tmp.resolve("site.yaml"), """
                zowe:
                  setup:
                    security:
                      groups:
                        admin: ZWE3ADM
                """);
        Path out = tmp.resolve("out");
        CliRunner run = CliRunner.run("scan", CliRunner.adcd(), job.toString(), "--zowe-yaml", yaml.toString(),
                "--out", out.toString(), "--format", "json");
        JsonNode report = JSON.readTree(out.resolve("report.json").toFile());
        JsonNode input = report.get("inputs").get(1);
        assertEquals(job.toString(), input.get("path").asText());
        assertEquals("jcl(racf-commands)", input.get("format").asText());
        assertEquals(0, input.get("errors").asLong(), input.toString());
        assertEquals("ZWE3ADM", report.get("settings").get("groups").get("admin").asText(), report.get("settings").toString());
        JsonNode admin = null;
        for (JsonNode r : report.get("results")) {
            if (r.get("id").asText().equals("ZWE-ID-ADMIN-GROUP")) {
                admin = r;
            }
        }
        assertEquals("ZWE3ADM", admin.get("subject").asText());
        assertEquals("PASS", admin.get("status").asText(), admin.toString());
        assertTrue(run.exitCode() == 0 || run.exitCode() == 8, run.err());
    }
}
