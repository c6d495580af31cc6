package dev.esmscan.racf.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.esmscan.input.InputException;
import dev.esmscan.input.Reach;
import dev.esmscan.input.ReadStats;
import dev.esmscan.model.AccessLevel;
import dev.esmscan.model.SecurityModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RacfCommandFileReaderTest {
    private final RacfCommandFileReader reader = new RacfCommandFileReader();

    @ParameterizedTest
    @ValueSource(strings = {
        "ADDGROUP ZWEADMIN OMVS(AUTOGID)",
        "\n\n/* Zowe setup */\n  permit X CLASS(FACILITY) ID(A)",
        "/* a comment -\n   over two lines */\nSETR LIST",
        "/* undo */\n  LISTDSD PREFIX(ZWE) ALL\n  PERMIT 'ZWE.*.**' CLASS(DATASET) DELETE ID(ZWEADMIN)",
        "  PROFILE NOPROMPT\n  LISTUSER ZWESVUSR",
        "\uFEFFRDEF FACILITY X",
        "AU A -\n DFLTGRP(G)",
        "RLIST FACILITY BPX.SERVER AUTHUSER"})
    void acceptsRacfCommandFiles(String head) {
        assertTrue(reader.accepts(head.getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "0100 ADBB20   ADMINS   2021-02-18 JAKE     NONE     NO       \n0101 ADBB20   ADBB20A ",
        "TSS ADD(ZWESVUSR) MASTFAC(ZOWE)",
        "SET RESOURCE(FAC)",
        "ATTRIBUTES = INITSTATS NOWHEN(PROGRAM)\nSTATISTICS = NONE",
        " SETROPTS LIST\n ATTRIBUTES = INITSTATS\n ACTIVE CLASSES = DATASET USER",
        "/* only a comment */",
        "PROFILE NOPROMPT",
        "",
        "# Customizing z/OS system security"})
    void refusesOtherInputs(String head) {
        assertFalse(reader.accepts(head.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsCommandsCountingRecordsAndErrors(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("setup.racf");
        Files.writeString(file, String.join("\n",
                "/* setup */",
                "ADDGROUP G1",
                "ADDUSER U1 DFLTGRP(G1)",
                "RDEFINE FACILITY P1 UACC(NONE)",
                "PERMIT P1 CLASS(FACILITY) ID(U1) ACCESS(UPDATE)",
                "PERMIT NOPE CLASS(FACILITY) ID(U1)",
                "TSS ADD(X)",
                "RLIST FACILITY P1 AUTHUSER",
                ""));
        SecurityModel.Builder b = SecurityModel.builder();
        ReadStats stats = reader.read(file, b);
        assertEquals("racf-commands", stats.format());
        assertEquals(Map.of("ADDGROUP", 1L, "ADDUSER", 1L, "RDEFINE", 1L, "PERMIT", 2L, "RLIST", 1L), stats.recordsByType());
        assertEquals(6, stats.records());
        // RACF's refusal is a notice; only what esmscan cannot model is a problem
        assertEquals(1, stats.errors());
        assertEquals(List.of(file + ":7: unknown command TSS: not a command esmscan knows; what it does is not modelled: TSS ADD(X)"),
                stats.problems());
        assertEquals(Reach.everything(), stats.damage());
        assertEquals(List.of(
                file + ":6: PERMIT: FACILITY profile NOPE is not defined; RACF stops the command here (ICH06004I NOPE NOT DEFINED TO RACF)",
                file + ":8: RLIST: lists, changes nothing"), stats.noticeLines());
        SecurityModel m = b.build();
        assertEquals(AccessLevel.UPDATE, m.profiles("FACILITY").discrete("P1").orElseThrow().entryFor("U1").level());
    }

    @Test
    void appliesOnTopOfWhatIsAlreadyInTheBuilder(@TempDir Path dir) throws IOException {
        SecurityModel.Builder b = SecurityModel.builder();
        b.user("IBMUSER").setBaseRecordSeen(true);
        b.profile("FACILITY", "BPX.SERVER").setBaseRecordSeen(true);
        Path file = dir.resolve("fix.txt");
        Files.writeString(file, "PERMIT BPX.SERVER CLASS(FACILITY) ID(IBMUSER) ACCESS(UPDATE)\n");
        ReadStats stats = reader.read(file, b);
        assertEquals(0, stats.errors());
        assertEquals(AccessLevel.UPDATE, b.findProfile("FACILITY", "BPX.SERVER").orElseThrow().entryFor("IBMUSER").level());
    }

    @Test
    void aFileWithoutCommandsIsNotUsable(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("empty.txt");
        Files.writeString(file, "/* nothing */\n\n");
        assertThrows(InputException.class, () -> reader.read(file, SecurityModel.builder()));
    }

    @Test
    void readsTheSeedFixtureFromAFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("seed000.txt");
        try (var in = getClass().getResourceAsStream("/seed000-racf-setup.txt")) {
            Files.write(file, in.readAllBytes());
        }
        List<String> lines = Files.readAllLines(file);
        ReadStats stats = reader.read(file, SecurityModel.builder());
        assertEquals(0, stats.errors());
        assertEquals(5, stats.noticeSummary().stream().filter(k -> k.kind().equals("refused")).findFirst().orElseThrow().count());
        // every command of the fixture starts a line with its full name; continuation lines do not
        for (String verb : List.of("ADDGROUP", "ADDUSER", "RDEFINE", "PERMIT", "SETROPTS", "RLIST")) {
            long written = lines.stream().filter(l -> l.startsWith(verb + " ")).count();
            assertEquals(written, stats.recordsByType().get(verb), verb);
        }
        assertEquals(6, stats.recordsByType().size());
    }
}
