package dev.esmscan.racf.unload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.esmscan.input.ReadStats;
import dev.esmscan.model.AccessEntry;
import dev.esmscan.model.AccessLevel;
import dev.esmscan.model.ConditionalAccessEntry;
import dev.esmscan.model.Connection;
import dev.esmscan.model.Group;
import dev.esmscan.model.ResourceProfile;
import dev.esmscan.model.SecurityModel;
import dev.esmscan.model.StartedTaskData;
import dev.esmscan.model.User;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real 2021 ADCD unload, read whole, with values checked against the file. */
class RealUnloadTest {
    private static SecurityModel model;
    private static ReadStats stats;

    @BeforeAll
    static void readRealFile() {
        UnloadTestFiles.Read read = UnloadTestFiles.read(new Irrdbu00Reader(), UnloadTestFiles.realUnload());
        model = read.model();
        stats = read.stats();
    }

    @Test
    void readsEveryRecordWithoutErrors() {
        assertEquals(0, stats.errors(), () -> String.join("\n", stats.problems()));
        assertEquals(5699, stats.records());
        assertEquals("irrdbu00", stats.format());
    }

    @Test
    void countsRecordsPerType() {
        Map<String, Long> expected = new TreeMap<>(Map.ofEntries(
                Map.entry("0505", 2324L), Map.entry("0500", 924L), Map.entry("0503", 269L), Map.entry("0205", 259L),
                Map.entry("0203", 259L), Map.entry("0102", 259L), Map.entry("0200", 198L), Map.entry("0400", 126L),
                Map.entry("0540", 117L), Map.entry("0100", 107L), Map.entry("0101", 106L), Map.entry("0220", 105L),
                Map.entry("0562", 94L), Map.entry("0561", 94L), Map.entry("0270", 84L), Map.entry("0560", 75L),
                Map.entry("0404", 64L), Map.entry("1560", 59L), Map.entry("0207", 59L), Map.entry("0120", 57L),
                Map.entry("0403", 24L), Map.entry("05B0", 17L), Map.entry("0530", 6L), Map.entry("0250", 5L),
                Map.entry("02D0", 4L), Map.entry("0580", 1L), Map.entry("0507", 1L), Map.entry("0251", 1L),
                Map.entry("0202", 1L)));
        assertEquals(expected, stats.recordsByType());
    }

    @Test
    void skipsTheTypesTheModelDoesNotUse() {
        assertEquals(Map.ofEntries(
                Map.entry("0220", 105L), Map.entry("0562", 94L), Map.entry("0561", 94L), Map.entry("0560", 75L),
                Map.entry("1560", 59L), Map.entry("0207", 59L), Map.entry("0403", 24L), Map.entry("05B0", 17L),
                Map.entry("0530", 6L), Map.entry("0250", 5L), Map.entry("02D0", 4L), Map.entry("0580", 1L),
                Map.entry("0251", 1L), Map.entry("0202", 1L)), stats.skippedByType());
        assertEquals(105 + 94 + 94 + 75 + 59 + 59 + 24 + 17 + 6 + 5 + 4 + 1 + 1 + 1, stats.skipped());
    }

    @Test
    void buildsOneIdentityOrProfilePerBaseRecord() {
        assertEquals(198, model.users().size());
        assertEquals(107, model.groups().size());
        assertEquals(259, model.connections().size());
        long generalProfiles = model.classes().stream().filter(c -> !c.className().equals("DATASET")).mapToLong(c -> c.size()).sum();
        assertEquals(924, generalProfiles);
        assertEquals(126, model.profiles("DATASET").size());
        assertTrue(model.users().stream().allMatch(User::isBaseRecordSeen));
        assertTrue(model.groups().stream().allMatch(Group::isBaseRecordSeen));
    }

    @Test
    void ibmuserIsSpecialAndOperationsWithDefaultGroupSys1() {
        User ibmuser = model.user("IBMUSER").orElseThrow();
        assertTrue(ibmuser.isSpecial());
        assertTrue(ibmuser.isOperations());
        assertFalse(ibmuser.isAuditor());
        assertFalse(ibmuser.isRevokeFlag());
        assertFalse(ibmuser.isProtectedUser());
        assertEquals("SYS1", ibmuser.getDefaultGroup());
        assertEquals("IBMUSER", ibmuser.getOwner());
        assertNull(ibmuser.getName());
    }

    @Test
    void countsUserAttributesAsTheFileHoldsThem() {
        assertEquals(24, model.users().stream().filter(User::isSpecial).count());
        assertEquals(26, model.users().stream().filter(User::isOperations).count());
        assertEquals(0, model.users().stream().filter(User::isAuditor).count());
        assertEquals(71, model.users().stream().filter(User::isProtectedUser).count());
        assertEquals(14, model.users().stream().filter(User::isRestricted).count());
        assertEquals(List.of("irrcerta", "irrmulti", "irrsitec"),
                model.users().stream().filter(User::isRevokeFlag).map(User::getId).sorted().toList());
    }

    @Test
    void restrictedAndProtectedComeFromAttribsAndNopwd() {
        User guest = model.user("IZUGUEST").orElseThrow();
        assertTrue(guest.isRestricted());
        assertTrue(guest.isProtectedUser());
        User rest1 = model.user("REST1").orElseThrow();
        assertTrue(rest1.isRestricted());
        assertFalse(rest1.isProtectedUser());
    }

    @Test
    void installationDataKeepsInnerBlanks() {
        assertEquals("RATIONAL TEAM CONCERT", model.user("STCBFA").orElseThrow().getInstallationData());
    }

    @Test
    void omvsSegmentsOfUsers() {
        User adcdmst = model.user("ADCDMST").orElseThrow();
        assertEquals(0L, adcdmst.getOmvs().uid());
        assertEquals("/u", adcdmst.getOmvs().home());
        assertEquals("/bin/sh", adcdmst.getOmvs().program());
        assertEquals(19, model.users().stream().filter(u -> u.getOmvs() != null && Long.valueOf(0).equals(u.getOmvs().uid())).count());
        User oemodel = model.user("OEMODEL").orElseThrow();
        assertNotNull(oemodel.getOmvs());
        assertFalse(oemodel.getOmvs().hasUid(), "OEMODEL has an OMVS segment with a blank UID");
        assertEquals("/u", oemodel.getOmvs().home());
    }

    @Test
    void groupsWithGidAndSuperiorGroup() {
        Group adcd = model.group("ADCD").orElseThrow();
        assertTrue(adcd.hasOmvsSegment());
        assertEquals(990001L, adcd.getGid());
        assertEquals(57, model.groups().stream().filter(Group::hasOmvsSegment).count());
        Group sys1 = model.group("SYS1").orElseThrow();
        assertNull(sys1.getSuperiorGroup());
        assertEquals("IBMUSER", sys1.getOwner());
        assertFalse(sys1.isUniversal());
        assertEquals(0, model.groups().stream().filter(Group::isUniversal).count());
    }

    @Test
    void connectionsCarryGroupAuthorityFromGroupMemberRecords() {
        Connection c = model.connection("IBMUSER", "SYS1").orElseThrow();
        assertEquals("JOIN", c.getAuthority());
        assertEquals(4, model.connections().stream().filter(x -> "JOIN".equals(x.getAuthority())).count());
        assertEquals(255, model.connections().stream().filter(x -> "USE".equals(x.getAuthority())).count());
        assertTrue(model.connections().stream().noneMatch(x -> x.isGroupSpecial() || x.isGroupOperations() || x.isGroupAuditor() || x.isRevoked()));
        assertEquals("TEST", model.connection("ADCDA", "TEST").orElseThrow().getGroup());
    }

    @Test
    void bpxDaemonHasUaccRead() {
        ResourceProfile daemon = model.profiles("FACILITY").discrete("BPX.DAEMON").orElseThrow();
        assertEquals(AccessLevel.READ, daemon.getUniversalAccess());
        assertEquals("READ", daemon.getRawUniversalAccess());
        assertFalse(daemon.isGeneric());
        assertEquals("IBMUSER", daemon.getOwner());
    }

    @Test
    void genericFacilityProfileWithItsAccessList() {
        ResourceProfile xabase = generic("FACILITY", "BBO.SYNC.XABASE1.**");
        assertEquals(AccessLevel.NONE, xabase.getUniversalAccess());
        assertEquals("ADCDMST", xabase.getOwner());
        assertEquals(new AccessEntry("ADCDMST", AccessLevel.ALTER), xabase.entryFor("ADCDMST"));
    }

    @Test
    void startedProfileMapsToItsUserAndGroup() {
        ResourceProfile catalog = generic("STARTED", "CATALOG.*");
        assertEquals(new StartedTaskData("START1", "SYS1", true, false, false), catalog.getStartedTaskData());
        long withStdata = model.profiles("STARTED").all().stream().filter(p -> p.getStartedTaskData() != null).count();
        assertEquals(117, withStdata);
    }

    @Test
    void conditionalEntryOfOpercmds() {
        ResourceProfile jes = generic("OPERCMDS", "JES%.**");
        assertEquals(List.of(new ConditionalAccessEntry("*", AccessLevel.UPDATE, "CONSOLE", "JMON")), jes.getConditionalAccessList());
        assertEquals("CONSOLE(JMON)", jes.getConditionalAccessList().get(0).condition());
    }

    @Test
    void programProfilesNamedStarAreDiscrete() {
        assertFalse(model.profiles("PROGRAM").discrete("*").orElseThrow().isGeneric());
        assertFalse(model.profiles("PROGRAM").discrete("**").orElseThrow().isGeneric());
        assertTrue(generic("STARTED", "**").isGeneric());
    }

    @Test
    void discreteDatasetProfileKeepsItsVolume() {
        ResourceProfile hzspdata = model.profiles("DATASET").discrete("ADCD.S0W1.HZSPDATA").orElseThrow();
        assertEquals("HDRES1", hzspdata.getVolume());
        assertFalse(hzspdata.isGeneric());
        assertEquals(new AccessEntry("HCUSER", AccessLevel.READ), hzspdata.entryFor("HCUSER"));
        assertEquals(102, model.profiles("DATASET").generics().size());
        assertEquals(64, model.profiles("DATASET").all().stream().mapToInt(p -> p.getAccessList().size()).sum());
    }

    @Test
    void digitalCertificateTrustValuesAreNoAccessLevels() {
        List<ResourceProfile> certs = model.profiles("DIGTCERT").all();
        assertEquals(59, certs.size());
        assertTrue(certs.stream().allMatch(p -> p.getUniversalAccess() == null));
        assertEquals(18, certs.stream().filter(p -> "TRUST".equals(p.getRawUniversalAccess())).count());
        assertTrue(certs.stream().allMatch(p -> p.getAccessList().isEmpty()), "TRUST entries grant no access level");
        assertTrue(certs.stream().anyMatch(p -> p.getName().contains("CertAuth\u00BDfor\u00BDSecurity")),
                "byte 0xBD inside DIGTCERT names is kept as it is");
    }

    @Test
    void memberListsAndAccessListsAreComplete() {
        assertEquals(269, model.classes().stream().flatMap(c -> c.all().stream()).mapToInt(p -> p.getMembers().size()).sum());
        assertEquals(2324 - 24, model.classes().stream().filter(c -> !c.className().equals("DATASET"))
                .flatMap(c -> c.all().stream()).mapToInt(p -> p.getAccessList().size()).sum());
        assertEquals(2, model.classes().stream().flatMap(c -> c.all().stream())
                .flatMap(p -> p.getAccessList().stream()).filter(AccessEntry::isEveryone).count());
    }

    @Test
    void acceptsTheRealFile() throws Exception {
        byte[] head = Files.readAllBytes(UnloadTestFiles.realUnload());
        assertTrue(new Irrdbu00Reader().accepts(java.util.Arrays.copyOf(head, 4096)));
        assertFalse(new Irrdbu00CsvReader().accepts(java.util.Arrays.copyOf(head, 4096)));
    }

    private static ResourceProfile generic(String className, String name) {
        return model.profiles(className).generics().stream().filter(p -> p.getName().equals(name)).findFirst().orElseThrow();
    }
}
