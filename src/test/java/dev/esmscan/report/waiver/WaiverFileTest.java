package dev.esmscan.report.waiver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.esmscan.input.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WaiverFileTest {
    private static final String GOOD = "- id: ZWE-FAC-JOBNAME\n"
            + "  subject: ZWESVUSR\n"
            + "  justification: Job names are set by the scheduler until CHG0042\n"
            + "  approved_by: J. Smith, CISO\n"
            + "  expires: 2026-06-30\n"
            + "# a comment\n"
            + "- id: ZWE-ID-STC-USER\n"
            + "  justification: \"accepted: see risk register #12\"\n"
            + "  approved_by: A. Auditor\n"
            + "  expires: '2026-01-15'\n";

    @TempDir
    Path tmp;

    private Path write(String text) throws Exception {
        return Files.writeString(tmp.resolve("waivers.yaml"), text);
    }

    @Test
    void readsEveryKeyAndRemembersTheLine() throws Exception {
        WaiverFile file = WaiverFile.read(write(GOOD));
        assertEquals(2, file.waivers().size());
        Waiver first = file.waivers().get(0);
        assertEquals("ZWE-FAC-JOBNAME", first.id());
        assertEquals("ZWESVUSR", first.subject().toString());
        assertEquals("J. Smith, CISO", first.approvedBy());
        assertEquals(LocalDate.of(2026, 6, 30), first.expires());
        assertEquals(1, first.line());
        Waiver second = file.waivers().get(1);
        assertNull(second.subject());
        assertEquals("accepted: see risk register #12", second.justification());
        assertEquals(LocalDate.of(2026, 1, 15), second.expires());
        assertEquals(7, second.line());
    }

    @Test
    void anEmptyFileHasNoWaivers() throws Exception {
        assertTrue(WaiverFile.read(write("# nothing accepted this quarter\n")).waivers().isEmpty());
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = ';', value = {
            // YAML text (\n for new lines); line; what the message says
            "- id: A\\n  justification: j\\n  approved_by: b\\n  expires: 2026-01-01\\n- id: [unclosed\\n; 6; malformed YAML: expected ',' or ']', but got <stream end> (while parsing a flow sequence that starts on line 5)",
            "- id: A\\n  justification: j\\n  expires: 2026-01-01\\n; 1; lacks 'approved_by'",
            "- id: A\\n  justification: j\\n  approved_by: b\\n; 1; lacks 'expires'",
            "- id: A\\n  approved_by: b\\n  expires: 2026-01-01\\n; 1; lacks 'justification'",
            "- subject: X\\n  justification: j\\n  approved_by: b\\n  expires: 2026-01-01\\n; 1; lacks 'id'",
            "- id: A\\n  justification: j\\n  approved_by: b\\n  expires: 2026-02-30\\n; 4; not a valid date",
            "- id: A\\n  justification: j\\n  approved_by: b\\n  expires: 30.06.2026\\n; 4; not a date in the form yyyy-mm-dd",
            "- id: A\\n  justification: j\\n  approved_by: b\\n  expires: 2026-01-01\\n  approver: c\\n; 5; unknown key 'approver'",
            "- id: A\\n  justification: j\\n  justification: k\\n  approved_by: b\\n  expires: 2026-01-01\\n; 3; given twice",
            "- id: A\\n  justification: ''\\n  approved_by: b\\n  expires: 2026-01-01\\n; 2; 'justification' is empty",
            "- id: A\\n  justification: [a, b]\\n  approved_by: b\\n  expires: 2026-01-01\\n; 2; must be a single value",
            "id: A\\njustification: j\\n; 1; expected a list of waivers",
            "- just a string\\n; 1; must be a mapping",
    })
    void malformedFileStopsTheRunNamingFileAndLine(String yaml, int line, String message) throws Exception {
        Path file = write(yaml.replace("\\n", "\n"));
        InputException e = assertThrows(InputException.class, () -> WaiverFile.read(file));
        assertTrue(e.getMessage().startsWith(file + ":" + line + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @Test
    void anIdOutsideTheCatalogueStopsTheRunWithItsLineAndTheNearestId() throws Exception {
        WaiverFile file = WaiverFile.read(write(GOOD.replace("ZWE-ID-STC-USER", "ZWE-ID-STC-USR")));
        java.util.List<String> catalogue = java.util.List.of("ZWE-FAC-JOBNAME", "ZWE-ID-STC-USER", "ZWE-ID-ZIS-USER");
        InputException e = assertThrows(InputException.class, () -> file.requireKnownIds(catalogue));
        assertEquals(file.path() + ":7: id 'ZWE-ID-STC-USR' is not a requirement of the catalogue: did you mean ZWE-ID-STC-USER?"
                + " (esmscan rules lists them)", e.getMessage());
        WaiverFile far = WaiverFile.read(write(GOOD.replace("ZWE-ID-STC-USER", "STC-USER")));
        InputException none = assertThrows(InputException.class, () -> far.requireKnownIds(catalogue));
        assertTrue(none.getMessage().endsWith(":7: id 'STC-USER' is not a requirement of the catalogue (esmscan rules lists them)"),
                none.getMessage());
        WaiverFile.read(write(GOOD)).requireKnownIds(catalogue);
    }

    @Test
    void aMissingFileIsAnInputError() {
        Path missing = tmp.resolve("nope.yaml");
        InputException e = assertThrows(InputException.class, () -> WaiverFile.read(missing));
        assertTrue(e.getMessage().contains("nope.yaml"), e.getMessage());
    }
}
