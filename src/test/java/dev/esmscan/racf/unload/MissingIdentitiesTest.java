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

    @Test
    void aDefaultGroupAConnectionOrASuperiorWithoutARecordIsAProblemReachingIdentities() {
        String sys1 = record(GROUP_BASIC, "GPBD_NAME", "SYS1");
        String payroll = record(GROUP_BASIC, "GPBD_NAME", "PAYROLL", "GPBD_SUPGRP_ID", "FINANCE");
        String member = record(GROUP_MEMBERS, "GPMEM_NAME", "SYS1", "GPMEM_MEMBER_ID", "BOB", "GPMEM_AUTH", "USE");
        String alice = record(USER_BASIC, "USBD_NAME", "ALICE", "USBD_DEFGRP_ID", "CLAIMS", "USBD_OWNER_ID", "GONE");
        String connect = record(USER_GROUP_CONNECTIONS, "USGCON_NAME", "ALICE", "USGCON_GRP_ID", "CLAIMS");
        UnloadTestFiles.Read read = UnloadTestFiles.readText(dir, lines(sys1, payroll, member, connect, alice));
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

    /** Cut among the users: the group member records, written before the users, name the users after the cut. */
    @Test
    void aCutAmongTheUsersLeavesTheUsersTheGroupsNameWithoutARecord() throws IOException {
        List<String> sample = Files.readAllLines(Path.of("sample-exports/racf/site.irrdbu00"), StandardCharsets.ISO_8859_1);
        int firstUser = 0;
        while (sample.get(firstUser).charAt(1) != '2') {
            firstUser++;
        }
        String text = String.join("\n", sample.subList(0, firstUser + 40)) + "\n";
        ReadStats stats = UnloadTestFiles.readText(dir, text).stats();
        assertTrue(stats.problemSummary().stream().anyMatch(k -> k.kind().equals(UnloadRecordMapper.MISSING_IDENTITY) && k.count() > 100),
                () -> stats.problemSummary().toString());
        assertEquals(Reach.everything(), stats.unseen());
    }
}
