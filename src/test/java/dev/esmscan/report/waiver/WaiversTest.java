package dev.esmscan.report.waiver;

import static dev.esmscan.report.ReportFixtures.result;
import static dev.esmscan.report.ReportFixtures.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.esmscan.report.ExitCode;
import dev.esmscan.report.TextReport;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WaiversTest {
    private static final Path FILE = Path.of("waivers.yaml");
    /** The fixture's scan date (settings.asOf). */
    private static final LocalDate AS_OF = LocalDate.of(2026, 1, 15);

    private static Waiver waiver(String id, String subject, LocalDate expires, int line) {
        return new Waiver(id, subject == null ? null : SubjectPattern.of(subject), "accepted in writing", "J. Smith", expires, line);
    }

    private static JsonNode find(ObjectNode report, String id, String subject) {
        for (JsonNode r : report.get("results")) {
            if (r.get("id").asText().equals(id) && r.get("subject").asText().equals(subject)) {
                return r;
            }
        }
        throw new AssertionError("no result " + id + "/" + subject);
    }

    @ParameterizedTest(name = "expires {0} day(s) from the scan date: {1}")
    @CsvSource({"-1, FAIL", "0, WAIVED", "1, WAIVED"})
    void aWaiverAppliesUpToAndIncludingItsExpiryDate(int offset, String expected) {
        ObjectNode report = with(result("ZWE-FAC-JOBNAME", "ZWESVUSR", "FAIL"));
        LocalDate expires = AS_OF.plusDays(offset);
        Waivers.apply(report, new WaiverFile(FILE, List.of(waiver("ZWE-FAC-JOBNAME", "ZWESVUSR", expires, 3))));
        JsonNode r = find(report, "ZWE-FAC-JOBNAME", "ZWESVUSR");
        assertEquals(expected, r.get("status").asText());
        assertTrue(r.get("evidence").asText().startsWith("evidence for ZWE-FAC-JOBNAME ZWESVUSR"), "evidence kept");
        if (expected.equals("WAIVED")) {
            assertEquals("accepted in writing", r.get("waiver").get("justification").asText());
            assertEquals("J. Smith", r.get("waiver").get("approved_by").asText());
            assertEquals(expires.toString(), r.get("waiver").get("expires").asText());
            assertEquals(1, report.get("summary").get("WAIVED").asInt());
            assertEquals(0, report.get("summary").get("FAIL").asInt());
            assertEquals(0, report.get("waivers").get("expired").size());
        } else {
            assertFalse(r.has("waiver"));
            assertTrue(r.get("evidence").asText().contains("waiver expired on " + expires), r.get("evidence").asText());
            assertEquals(1, report.get("summary").get("FAIL").asInt());
            assertEquals(3, report.get("waivers").get("expired").get(0).get("line").asInt());
        }
    }

    @Test
    void theExitCodeIsComputedAfterWaivers() {
        ObjectNode report = with(result("ZWE-FAC-JOBNAME", "ZWESVUSR", "FAIL"), result("ZWE-FAC-ZWESIS", "ZWESVUSR", "PASS"));
        assertEquals(ExitCode.FIXABLE_FAILURES, ExitCode.of(report));
        Waivers.apply(report, new WaiverFile(FILE, List.of(waiver("ZWE-FAC-JOBNAME", null, AS_OF, 1))));
        assertEquals(ExitCode.CLEAN, ExitCode.of(report));
    }

    @Test
    void unusedWaiversAreListedInTheReportAndTheText() {
        ObjectNode report = with(result("ZWE-FAC-JOBNAME", "ZWESVUSR", "FAIL"), result("ZWE-FAC-ZWESIS", "ZWESVUSR", "PASS"));
        Waivers.apply(report, new WaiverFile(FILE, List.of(
                waiver("ZWE-FAC-JOBNAME", "ZWE*", AS_OF.plusDays(30), 1),
                waiver("ZWE-FAC-ZWESIS", "ZWESVUSR", AS_OF.plusDays(30), 6),
                waiver("ZWE-NO-SUCH", null, AS_OF.plusDays(30), 11))));
        JsonNode section = report.get("waivers");
        assertEquals(1, section.get("applied").asInt());
        assertEquals(List.of(6, 11), List.of(section.get("unused").get(0).get("line").asInt(), section.get("unused").get(1).get("line").asInt()));
        assertEquals("ZWE-NO-SUCH", section.get("unused").get(1).get("id").asText());
        assertFalse(section.get("unused").get(1).has("subject"), "a waiver for every subject has none");
        String text = TextReport.render(report);
        assertTrue(text.contains("unused waiver: ZWE-FAC-ZWESIS ZWESVUSR (line 6"), text);
        assertTrue(text.contains("unused waiver: ZWE-NO-SUCH (line 11"), text);
    }

    @Test
    void anUnusedWaiverWhoseSubjectMatchesNoSubjectOfItsRequirementSaysSoWithTheNearest() {
        ObjectNode report = with(result("ZWE-FAC-JOBNAME", "ZWESVUSR", "FAIL"), result("ZWE-FAC-ZWESIS", "ZWESVUSR", "PASS"),
                result("ZWE-MFA", "-", "NOT_APPLICABLE"));
        Waivers.apply(report, new WaiverFile(FILE, List.of(
                waiver("ZWE-FAC-JOBNAME", "ZWESVUSER", AS_OF.plusDays(30), 1),
                waiver("ZWE-FAC-ZWESIS", "ZWESVUSR", AS_OF.plusDays(30), 6),
                waiver("ZWE-FAC-ZWESIS", "IBM*", AS_OF.plusDays(30), 11),
                waiver("ZWE-MFA", "ZWESVUSR", AS_OF.plusDays(30), 16))));
        JsonNode unused = report.get("waivers").get("unused");
        assertEquals(4, unused.size());
        assertEquals("subject ZWESVUSER matches none of the 1 subject ZWE-FAC-JOBNAME evaluated in this scan (ZWESVUSR);"
                + " did you mean ZWESVUSR?", unused.get(0).get("reason").asText());
        assertFalse(unused.get(1).has("reason"), "it matches a subject that passed: only unused");
        assertEquals("subject IBM* matches none of the 1 subject ZWE-FAC-ZWESIS evaluated in this scan (ZWESVUSR)",
                unused.get(2).get("reason").asText());
        assertEquals("ZWE-MFA is not applicable in this scan: it evaluated no subject", unused.get(3).get("reason").asText());
        String text = TextReport.render(report);
        assertTrue(text.contains("unused waiver: ZWE-FAC-JOBNAME ZWESVUSER (line 1, approved by J. Smith, expires "
                + AS_OF.plusDays(30) + "): subject ZWESVUSER matches none"), text);
        assertTrue(new String(dev.esmscan.report.html.HtmlReport.render(report), java.nio.charset.StandardCharsets.UTF_8)
                .contains("did you mean ZWESVUSR?"));
    }

    @Test
    void aGenericSubjectCoversOnlyWhatItSpellsOut() {
        ObjectNode report = with(result("ZWE-ID-STC-USER", "ZWESVUSR", "FAIL"), result("ZWE-ID-STC-USER", "ZWESIUSR", "FAIL"),
                result("ZWE-ID-STC-USER", "IBMUSER", "FAIL"));
        Waivers.apply(report, new WaiverFile(FILE, List.of(waiver("ZWE-ID-STC-USER", "ZWES%USR", AS_OF, 1))));
        assertEquals("WAIVED", find(report, "ZWE-ID-STC-USER", "ZWESVUSR").get("status").asText());
        assertEquals("WAIVED", find(report, "ZWE-ID-STC-USER", "ZWESIUSR").get("status").asText());
        assertEquals("FAIL", find(report, "ZWE-ID-STC-USER", "IBMUSER").get("status").asText());
        assertEquals(2, report.get("waivers").get("applied").asInt());
    }

    @Test
    void anUndecidedRequirementIsNeverWaived() {
        ObjectNode report = with(result("ZWE-CLASS-FACILITY", "FACILITY", "ERROR"));
        Waivers.apply(report, new WaiverFile(FILE, List.of(waiver("ZWE-CLASS-FACILITY", null, AS_OF, 1))));
        assertEquals("ERROR", find(report, "ZWE-CLASS-FACILITY", "FACILITY").get("status").asText());
        assertEquals(1, report.get("waivers").get("unused").size());
        assertEquals(ExitCode.NEEDS_A_PERSON, ExitCode.of(report));
    }

    @Test
    void aValidWaiverWinsOverAnExpiredOneForTheSameResult() {
        ObjectNode report = with(result("ZWE-FAC-JOBNAME", "ZWESVUSR", "FAIL"));
        Waivers.apply(report, new WaiverFile(FILE, List.of(
                waiver("ZWE-FAC-JOBNAME", "ZWESVUSR", AS_OF.minusDays(10), 1),
                waiver("ZWE-FAC-JOBNAME", "ZWESVUSR", AS_OF.plusDays(80), 6))));
        JsonNode r = find(report, "ZWE-FAC-JOBNAME", "ZWESVUSR");
        assertEquals("WAIVED", r.get("status").asText());
        assertEquals(AS_OF.plusDays(80).toString(), r.get("waiver").get("expires").asText());
        assertFalse(r.get("evidence").asText().contains("expired"));
    }
}
