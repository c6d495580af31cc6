package dev.esmscan.tss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.esmscan.input.InputException;
import dev.esmscan.input.ReadStats;
import dev.esmscan.model.AccessLevel;
import dev.esmscan.model.SecurityModel;
import dev.esmscan.model.User;
import dev.esmscan.tss.data.TssAcid;
import dev.esmscan.tss.data.TssData;
import dev.esmscan.tss.data.TssFacility;
import dev.esmscan.tss.data.TssPermit;
import dev.esmscan.tss.read.TssOutputReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TssOutputReaderTest {
    private final TssOutputReader reader = new TssOutputReader();

    private SecurityModel read(String name, ReadStats[] stats) {
        SecurityModel.Builder b = SecurityModel.builder();
        stats[0] = TssInputs.read(reader, TssInputs.resource(name), b);
        return b.build();
    }

    @Test
    void userListingMapsToTheNeutralModelAndKeepsPermits() {
        ReadStats[] s = new ReadStats[1];
        SecurityModel m = read("formats-list-user.txt", s);
        assertEquals(0, s[0].errors(), s[0].problems().toString());
        User u = m.user("ZWESVUSR").orElseThrow();
        assertEquals("ZOWE MAIN SERVER", u.getName());
        assertEquals("ZOWEDEPT", u.getOwner());
        assertTrue(u.isProtectedUser());
        assertEquals("ZWEADMIN", u.getDefaultGroup());
        assertEquals(990L, u.getOmvs().uid());
        assertEquals("/tmp", u.getOmvs().home());
        assertEquals("/bin/sh", u.getOmvs().program());
        assertTrue(m.connection("ZWESVUSR", "ZWEADMIN").isPresent());
        assertTrue(m.connection("ZWESVUSR", "ZWEPROF").isPresent(), "a profile attachment is a connection");
        TssData d = TssData.of(m).orElseThrow();
        TssAcid a = d.acid("ZWESVUSR").orElseThrow();
        assertEquals(List.of("ZWEPROF"), a.profiles());
        assertEquals("ZOWE", a.masterFacility());
        assertTrue(a.facilities().contains("STC"));
        assertEquals(List.of(new TssPermit("IBMFAC", "ZWES.IS", List.of("READ"), null),
                new TssPermit("IBMFAC", "BPX.SERVER", List.of("UPDATE"), null)), a.permits());
        assertTrue(d.acid("FACACID").orElseThrow().owns("IBMFAC", "ZWES.IS"), "an XA line's OWNER says the resource is owned");
    }

    @Test
    void whohasNeedsItsCommandEchoForTheClass() {
        ReadStats[] s = new ReadStats[1];
        SecurityModel m = read("formats-whohas.txt", s);
        assertEquals(0, s[0].errors(), s[0].problems().toString());
        TssData d = TssData.of(m).orElseThrow();
        assertTrue(d.acid("SFTDEPT").orElseThrow().owns("IBMFAC", "SFT.CICS."));
        assertEquals(AccessLevel.CONTROL, d.acid("SFTUSR2").orElseThrow().permits().get(0).safLevel());
        assertEquals(2, d.acid("SFTMNGR").orElseThrow().permits().size(), "the prefix and the masked permit");
        assertTrue(d.acid("SFTDCA").isEmpty(), "ADMIN lines are administrative authority, not permits");
    }

    @Test
    void whohasWithoutEchoIsCountedNotGuessed(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("whohas.txt");
        Files.writeString(f, TssInputs.text("formats-whohas.txt").lines().skip(1).reduce("", (x, y) -> x + y + "\n"));
        ReadStats stats = TssInputs.read(reader, f, SecurityModel.builder());
        assertEquals(1, stats.errors());
        assertTrue(stats.problems().get(0).contains(":1: WHOHAS output without the command echo"), stats.problems().toString());
    }

    @Test
    void stcRecordIsReadAndEchoedCommandsAreNotApplied() {
        ReadStats[] s = new ReadStats[1];
        SecurityModel m = read("formats-stc-record.txt", s);
        assertEquals(0, s[0].errors(), s[0].problems().toString());
        TssData d = TssData.of(m).orElseThrow();
        assertTrue(d.stcTableGiven());
        assertTrue(d.startedTasks().isEmpty(), "the listing shows no entry; the echoed ADD is output, not data");
    }

    @Test
    void facilityDisplayGivesModeAndAttributes() {
        ReadStats[] s = new ReadStats[1];
        SecurityModel m = read("formats-facility.txt", s);
        assertEquals(0, s[0].errors(), s[0].problems().toString());
        TssData d = TssData.of(m).orElseThrow();
        assertTrue(d.facilityListingGiven());
        TssFacility f = d.facility("NCPASS").orElseThrow();
        assertEquals("FAIL", f.mode());
        assertTrue(f.has("RES"));
        assertTrue(f.has("MULTIUSER"));
        assertFalse(f.has("NORES"));
    }

    @Test
    void rdtListingGivesDefprotAndDefacc() {
        ReadStats[] s = new ReadStats[1];
        SecurityModel m = read("formats-rdt.txt", s);
        assertEquals(0, s[0].errors(), s[0].problems().toString());
        var rc = TssData.of(m).orElseThrow().resourceClass("ROSRES").orElseThrow();
        assertTrue(rc.isDefaultProtected());
        assertEquals("READ", rc.defaultAccess());
    }

    @Test
    void unparseableLinesAreCountedWithTheirLine(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("list.txt");
        Files.writeString(f, "ACCESSORID = ZWESVUSR  NAME       = ZOWE\nTYPE       = USER\nthis is no TSS output\nUID        = ABC\n");
        ReadStats stats = TssInputs.read(reader, f, SecurityModel.builder());
        assertEquals(2, stats.errors());
        assertTrue(stats.problems().get(0).endsWith(":3: not a Top Secret output line: this is no TSS output"), stats.problems().toString());
        assertTrue(stats.problems().get(1).contains(":4: not a number"), stats.problems().toString());
    }

    @Test
    void aSuspendedAcidIsRevokedAndAdministratorsAreSpecial(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("list.txt");
        Files.writeString(f, "ACCESSORID = OLDUSER   NAME       = GONE\nTYPE       = USER\nATTRIBUTES = SUSPENDED\n\n"
                + "ACCESSORID = SECADM    NAME       = SECURITY\nTYPE       = SCA\nATTRIBUTES = NORESCHK\n");
        SecurityModel.Builder b = SecurityModel.builder();
        TssInputs.read(reader, f, b);
        SecurityModel m = b.build();
        assertTrue(m.user("OLDUSER").orElseThrow().isRevokeFlag());
        assertFalse(m.user("OLDUSER").orElseThrow().isSpecial());
        assertTrue(m.user("SECADM").orElseThrow().isSpecial());
        assertTrue(m.user("SECADM").orElseThrow().isOperations());
        assertNull(m.user("SECADM").orElseThrow().getOmvs());
    }

    @Test
    void aFileWithoutTssOutputStopsTheRun(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("x.txt");
        Files.writeString(f, "hello\n");
        assertThrows(InputException.class, () -> reader.read(f, SecurityModel.builder()));
    }
}
