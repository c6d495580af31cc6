package dev.esmscan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccessCommandTest {
    private static final String SETROPTS = "src/test/resources/racf/adcd-2021-setropts.txt";

    @TempDir
    Path tmp;

    private static JsonNode json(CliRunner run) throws Exception {
        assertEquals(0, run.exitCode(), run.err());
        return new ObjectMapper().readTree(run.out());
    }

    private static String notes(JsonNode answer) {
        return answer.get("notes").toString();
    }

    /** RACF folds FACILITY names to upper case (IBM-supplied class descriptor table entry, CASE(UPPER)). */
    @Test
    void aFacilityNameInLowerCaseIsDecidedAsRacfFoldsItAndTheAnswerSaysSo() throws Exception {
        JsonNode lower = json(CliRunner.run("access", CliRunner.adcd(), SETROPTS, "--id", "ADCDA", "--class", "facility",
                "--resource", "bpx.daemon", "--json"));
        JsonNode upper = json(CliRunner.run("access", CliRunner.adcd(), SETROPTS, "--id", "ADCDA", "--class", "FACILITY",
                "--resource", "BPX.DAEMON", "--json"));
        assertEquals("bpx.daemon", lower.get("asked").get("resource").asText());
        assertEquals("BPX.DAEMON", lower.get("resource").asText());
        assertEquals(upper.get("outcome"), lower.get("outcome"));
        assertEquals("GRANTED", lower.get("outcome").asText());
        assertTrue(notes(lower).contains("RACF folds FACILITY profile names to upper case (IBM-supplied class descriptor table entry,"
                + " CASE(UPPER)): bpx.daemon is decided as BPX.DAEMON"), notes(lower));
        assertEquals("[]", notes(upper));
    }

    /**
     * EJBROLE (CASE(ASIS)), DIGTRING and KERBLINK keep mixed-case names: the real unload holds
     * EJBROLE IZUDFLT.*.IZUUsers, DIGTRING IBMUSER.ADCDRng1 and KERBLINK gold. Never folded; when
     * only another case would match, the answer says so.
     */
    @Test
    void mixedCaseClassesAreNeverFoldedAndTheAnswerNamesTheProfileOfAnotherCase() throws Exception {
        JsonNode exact = json(CliRunner.run("access", CliRunner.adcd(), SETROPTS, "--id", "IBMUSER", "--class", "EJBROLE",
                "--resource", "IZUDFLT.ZOSMF.IZUUsers", "--json"));
        assertEquals("IZUDFLT.*.IZUUsers", exact.get("profile").asText());
        assertEquals("[]", notes(exact));
        JsonNode ring = json(CliRunner.run("access", CliRunner.adcd(), SETROPTS, "--id", "IBMUSER", "--class", "DIGTRING",
                "--resource", "ibmuser.adcdrng1", "--json"));
        assertEquals("ibmuser.adcdrng1", ring.get("resource").asText(), "not folded");
        assertEquals("NOT_PROTECTED", ring.get("outcome").asText());
        assertTrue(notes(ring).contains("no profile covers ibmuser.adcdrng1 as written, but DIGTRING IBMUSER.ADCDRng1 (discrete)"
                + " has the same name in another case; DIGTRING profile names keep their case in RACF"), notes(ring));
        JsonNode kerb = json(CliRunner.run("access", CliRunner.adcd(), SETROPTS, "--id", "IBMUSER", "--class", "KERBLINK",
                "--resource", "GOLD", "--json"));
        assertEquals("GOLD", kerb.get("resource").asText());
        assertTrue(notes(kerb).contains("KERBLINK gold (discrete) has the same name in another case"), notes(kerb));
        JsonNode role = json(CliRunner.run("access", CliRunner.adcd(), SETROPTS, "--id", "IBMUSER", "--class", "EJBROLE",
                "--resource", "izudflt.zosmf.izuusers", "--json"));
        assertEquals("izudflt.zosmf.izuusers", role.get("resource").asText());
        assertEquals("NOT_PROTECTED", role.get("outcome").asText());
        // generic profiles of another case (IZUDFLT.*.IZUUsers) are not searched: only the upper-case name and same-named discrete ones
        assertEquals("[]", notes(role));
    }

    /** RACF's own certificate-anchor user irrcerta is lower case in the real unload. */
    @Test
    void aLowerCaseUserIdTheInputHoldsIsNotFolded() throws Exception {
        JsonNode d = json(CliRunner.run("access", CliRunner.adcd(), SETROPTS, "--id", "irrcerta", "--class", "FACILITY",
                "--resource", "BPX.SERVER", "--json"));
        assertEquals("irrcerta", d.get("id").asText());
        assertTrue(notes(d).contains("the input holds the user ID irrcerta in lower case: it is not folded"), notes(d));
        JsonNode folded = json(CliRunner.run("access", CliRunner.adcd(), SETROPTS, "--id", "ibmuser", "--class", "FACILITY",
                "--resource", "BPX.SERVER", "--json"));
        assertEquals("IBMUSER", folded.get("id").asText());
        JsonNode nobody = json(CliRunner.run("access", CliRunner.adcd(), SETROPTS, "--id", "NOSUCHID", "--class", "FACILITY",
                "--resource", "BPX.SERVER", "--json"));
        assertTrue(notes(nobody).contains("the input defines no user NOSUCHID"), notes(nobody));
    }

    @Test
    void aClassNeitherTheEsmKnowsNorTheInputHoldsIsAnInputErrorNamingTheNearest() {
        CliRunner run = CliRunner.run("access", CliRunner.adcd(), SETROPTS, "--id", "IBMUSER", "--class", "FACILTY", "--resource", "BPX.SERVER");
        assertEquals(12, run.exitCode(), run.out());
        assertEquals("", run.out());
        assertTrue(run.err().contains("--class FACILTY: RACF knows no class FACILTY and the input holds nothing of it: did you mean FACILITY?"),
                run.err());
        for (String esm : new String[] {"tss", "acf2"}) {
            CliRunner other = CliRunner.run("access", "sample-exports/" + esm, "--id", "ZWESVUSR", "--class", "FACILTY", "--resource", "BPX.SERVER");
            assertEquals(12, other.exitCode(), esm);
            assertTrue(other.err().contains("did you mean FACILITY?"), other.err());
        }
    }

    /** A class the input defines in the dynamic CDT is known; its CASE (CDTINFO) is not read, so its names are taken as written. */
    @Test
    void anInstallationClassTheInputDefinesIsAnsweredAsWritten() throws Exception {
        Path commands = Files.writeString(tmp.resolve("site.racf"), "RDEFINE CDT ZOWE UACC(NONE) CDTINFO(POSIT(607) MAXLENGTH(246))\n"
                + "SETROPTS CLASSACT(ZOWE)\nRDEFINE ZOWE APIML.SERVICES UACC(NONE)\nADDUSER ZWESVUSR\n");
        JsonNode lower = json(CliRunner.run("access", commands.toString(), "--id", "ZWESVUSR", "--class", "ZOWE",
                "--resource", "apiml.services", "--json"));
        assertEquals("apiml.services", lower.get("resource").asText());
        assertTrue(notes(lower).contains("ZOWE APIML.SERVICES (discrete) covers the upper-case name APIML.SERVICES"), notes(lower));
        assertTrue(notes(lower).contains("its CASE (CDTINFO) is not read"), notes(lower));
    }

    /** Top Secret and ACF2: whether names fold is not established here; the answer says when the upper-case name is covered. */
    @Test
    void otherEsmsTakeTheNameAsWrittenAndPointAtTheUpperCaseOne() throws Exception {
        JsonNode tss = json(CliRunner.run("access", "sample-exports/tss", "--id", "ZWESVUSR", "--class", "FACILITY",
                "--resource", "bpx.server", "--json"));
        assertEquals("bpx.server", tss.get("resource").asText());
        assertTrue(notes(tss).contains("covers the upper-case name BPX.SERVER; whether Top Secret folds IBMFAC resource names"),
                notes(tss));
    }

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
