package dev.esmscan.racf.unload;

import static dev.esmscan.racf.unload.RecordLayouts.GENERAL_ACCESS;
import static dev.esmscan.racf.unload.RecordLayouts.GENERAL_BASIC;
import static dev.esmscan.racf.unload.RecordLayouts.GROUP_BASIC;
import static dev.esmscan.racf.unload.RecordLayouts.GROUP_MEMBERS;
import static dev.esmscan.racf.unload.RecordLayouts.USER_BASIC;
import static dev.esmscan.racf.unload.RecordLayouts.USER_GROUP_CONNECTIONS;
import static dev.esmscan.racf.unload.UnloadTestFiles.lines;
import static dev.esmscan.racf.unload.UnloadTestFiles.record;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.esmscan.input.Reach;
import dev.esmscan.input.ReadStats;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Referential checks where a whole RACF database always satisfies them: the default group of a
 * user, both ends of a connection, the superior of a group. Owners and access lists may name
 * deleted IDs and are never problems.
 */
class MissingIdentitiesTest {

    @TempDir
    Path dir;

    /** The real unload satisfies every checked reference; its owners and access lists do name 19 and 161 missing IDs. */
    @Test
    void theRealUnloadNamesNoUserOrGroupItDoesNotHold() {
        ReadStats stats = UnloadTestFiles.read(new Irrdbu00Reader(), UnloadTestFiles.realUnload()).stats();
        assertEquals(0, stats.errors(), () -> String.join("\n", stats.problems()));
    }

    /** Out of IRRDBU00's order, where a cut cannot be told from the order, the connections are checked too. */
    @Test
    void aDefaultGroupAConnectionOrASuperiorWithoutARecordIsAProblemReachingIdentities() {
        String sys1 = record(GROUP_BASIC, "GPBD_NAME", "SYS1");
        String payroll = record(GROUP_BASIC, "GPBD_NAME", "PAYROLL", "GPBD_SUPGRP_ID", "FINANCE");
        String member = record(GROUP_MEMBERS, "GPMEM_NAME", "SYS1", "GPMEM_MEMBER_ID", "BOB", "GPMEM_AUTH", "USE");
        String alice = record(USER_BASIC, "USBD_NAME", "ALICE", "USBD_DEFGRP_ID", "CLAIMS", "USBD_OWNER_ID", "GONE");
        String connect = record(USER_GROUP_CONNECTIONS, "USGCON_NAME", "ALICE", "USGCON_GRP_ID", "CLAIMS");
        UnloadTestFiles.Read read = UnloadTestFiles.readText(dir, lines(connect, alice, sys1, payroll, member));
        assertEquals(1, read.stats().caveats().size());
        String file = dir.resolve("test.irrdbu00").toString();
        assertEquals(List.of(
                file + ": group CLAIMS, the default group of user ALICE, has no record: a whole RACF database always holds it,"
                        + " so the unload lacks part of the database",
                file + ": group FINANCE, the superior group of group PAYROLL, has no record: a whole RACF database always holds it,"
                        + " so the unload lacks part of the database",
                file + ": user BOB, connected to group SYS1, has no record: a whole RACF database always holds it,"
                        + " so the unload lacks part of the database"), read.stats().problems());
        assertEquals(Reach.identities(), read.stats().damage());
    }

    @Test
    void ownersAndAccessListsMayNameDeletedIds() {
        String sys1 = record(GROUP_BASIC, "GPBD_NAME", "SYS1", "GPBD_OWNER_ID", "OLDADMIN");
        String alice = record(USER_BASIC, "USBD_NAME", "ALICE", "USBD_DEFGRP_ID", "SYS1", "USBD_OWNER_ID", "OLDADMIN");
        String connect = record(USER_GROUP_CONNECTIONS, "USGCON_NAME", "ALICE", "USGCON_GRP_ID", "SYS1");
        String access = record(GENERAL_ACCESS, "GRACC_NAME", "BPX.SERVER", "GRACC_CLASS_NAME", "FACILITY", "GRACC_AUTH_ID", "LEFTCO",
                "GRACC_ACCESS", "READ");
        String profile = record(GENERAL_BASIC, "GRBD_NAME", "BPX.SERVER", "GRBD_CLASS_NAME", "FACILITY", "GRBD_OWNER_ID", "LEFTCO",
                "GRBD_UACC", "NONE");
        UnloadTestFiles.Read read = UnloadTestFiles.readText(dir, lines(sys1, connect, alice, access, profile));
        assertEquals(0, read.stats().errors(), () -> String.join("\n", read.stats().problems()));
    }

    /** In IRRDBU00's order the default groups and superiors are checked; a cut among the users already leaves every identity unseen. */
    @Test
    void inIrrdbu00OrderTheDefaultGroupAndTheSuperiorAreChecked() {
        String sys1 = record(GROUP_BASIC, "GPBD_NAME", "SYS1");
        String payroll = record(GROUP_BASIC, "GPBD_NAME", "PAYROLL", "GPBD_SUPGRP_ID", "FINANCE");
        String alice = record(USER_BASIC, "USBD_NAME", "ALICE", "USBD_DEFGRP_ID", "CLAIMS");
        UnloadTestFiles.Read read = UnloadTestFiles.readText(dir, lines(sys1, payroll, alice));
        assertEquals(List.of(), read.stats().caveats());
        assertEquals(2, read.stats().errors(), () -> read.stats().problems().toString());
    }

    /** The sample without its groups (a tail of it, or one part of a split database): every user's default group is missing. */
    @Test
    void anUnloadWithoutItsGroupsIsCaughtByTheDefaultGroups() throws IOException {
        List<String> sample = Files.readAllLines(Path.of("sample-exports/racf/site.irrdbu00"), StandardCharsets.ISO_8859_1);
        String text = String.join("\n", sample.stream().filter(l -> l.charAt(1) != '1').toList()) + "\n";
        ReadStats stats = UnloadTestFiles.readText(dir, text).stats();
        assertTrue(stats.problemSummary().stream().anyMatch(k -> k.kind().equals(UnloadRecordMapper.MISSING_IDENTITY) && k.count() > 10),
                () -> stats.problemSummary().toString());
        assertEquals(Reach.identities(), stats.damage());
    }

    /** Shuffled and cut: the order cannot tell, the connections do. */
    @Test
    void aShuffledUnloadCutShortNamesTheUsersItsConnectionsName() throws IOException {
        List<String> sample = new java.util.ArrayList<>(Files.readAllLines(Path.of("sample-exports/racf/site.irrdbu00"), StandardCharsets.ISO_8859_1));
        java.util.Collections.shuffle(sample, new java.util.Random(3));
        String text = String.join("\n", sample.subList(0, sample.size() / 2)) + "\n";
        ReadStats stats = UnloadTestFiles.readText(dir, text).stats();
        assertEquals(1, stats.caveats().size());
        assertTrue(stats.problemSummary().stream().anyMatch(k -> k.kind().equals(UnloadRecordMapper.MISSING_IDENTITY) && k.count() > 50),
                () -> stats.problemSummary().toString());
    }
}
