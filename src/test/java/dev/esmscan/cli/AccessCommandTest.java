package dev.esmscan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class AccessCommandTest {

    @Test
    void explainsBpxJobnameByItsDiscreteProfile() throws Exception {
        CliRunner run = CliRunner.run("access", CliRunner.adcd(), "--id", "ZWESVUSR", "--class", "FACILITY", "--resource", "BPX.JOBNAME", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode d = new ObjectMapper().readTree(run.out());
        assertEquals("BPX.JOBNAME", d.get("profile").asText());
        assertEquals(false, d.get("generic").asBoolean());
        assertTrue(d.get("explanation").asText().contains("BPX.JOBNAME (discrete)"), d.get("explanation").asText());
        assertTrue(d.get("explanation").asText().contains("no SETROPTS input"), d.get("explanation").asText());
    }

    @Test
    void uaccReadOnBpxDaemonGrantsReadToAUserWithoutAnEntry() throws Exception {
        CliRunner run = CliRunner.run("access", CliRunner.adcd(), "--id", "ADCDA", "--class", "FACILITY", "--resource", "BPX.DAEMON");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("ADCDA READ FACILITY BPX.DAEMON: GRANTED (has READ via uacc)"), run.out());
    }

    @Test
    void missingRequiredOptionIsAUsageError() {
        CliRunner run = CliRunner.run("access", CliRunner.adcd(), "--id", "IBMUSER");
        assertEquals(12, run.exitCode());
        assertTrue(run.err().contains("--class"), run.err());
    }
}
