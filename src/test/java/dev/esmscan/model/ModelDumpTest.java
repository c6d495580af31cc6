package dev.esmscan.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ModelDumpTest {

    /** A small model with one of everything. */
    private static SecurityModel.Builder base() {
        SecurityModel.Builder b = SecurityModel.builder();
        User u = b.user("ALICE");
        u.setName("ALICE SMITH");
        u.setDefaultGroup("SYS1");
        u.setBaseRecordSeen(true);
        u.setOmvs(new OmvsSegment(42L, "/u/alice", "/bin/sh"));
        b.user("BOB").setBaseRecordSeen(true);
        Group g = b.group("SYS1");
        g.setOwner("IBMUSER");
        g.setBaseRecordSeen(true);
        b.connection("ALICE", "SYS1").setAuthority("USE");
        ResourceProfile p = b.profile("FACILITY", "BPX.**");
        p.setGeneric(true);
        p.setUniversalAccess(AccessLevel.NONE);
        p.setRawUniversalAccess("NONE");
        p.getAccessList().add(new AccessEntry("ALICE", AccessLevel.READ));
        p.getAccessList().add(new AccessEntry("BOB", AccessLevel.UPDATE));
        p.getConditionalAccessList().add(new ConditionalAccessEntry("*", AccessLevel.READ, "CONSOLE", "JMON"));
        ResourceProfile vars = b.profile("RACFVARS", "&SYSNAME");
        vars.getMembers().add("SYS1");
        vars.getMembers().add("SYS2");
        b.profile("STARTED", "ZWE*.*").setStartedTaskData(new StartedTaskData("ZWESVUSR", "ZWEADMIN", false, false, false));
        b.profile("DATASET", "SYS1.PARMLIB", "RES001");
        b.classOptions().setActive("FACILITY", true);
        return b;
    }

    static Stream<Arguments> oneFactChanged() {
        return Stream.of(
                change("user name", b -> b.user("ALICE").setName("ALICE JONES")),
                change("user default group", b -> b.user("ALICE").setDefaultGroup("SYS2")),
                change("user owner", b -> b.user("ALICE").setOwner("IBMUSER")),
                change("user installation data", b -> b.user("ALICE").setInstallationData("X")),
                change("user special", b -> b.user("ALICE").setSpecial(true)),
                change("user operations", b -> b.user("ALICE").setOperations(true)),
                change("user auditor", b -> b.user("ALICE").setAuditor(true)),
                change("user revoke flag", b -> b.user("ALICE").setRevokeFlag(true)),
                change("user revoke date", b -> b.user("ALICE").setRevokeDate(LocalDate.of(2030, 1, 1))),
                change("user resume date", b -> b.user("ALICE").setResumeDate(LocalDate.of(2030, 1, 1))),
                change("user protected", b -> b.user("ALICE").setProtectedUser(true)),
                change("user password phrase", b -> b.user("ALICE").setPasswordPhrase(true)),
                change("user restricted", b -> b.user("ALICE").setRestricted(true)),
                change("user base record", b -> b.user("ALICE").setBaseRecordSeen(false)),
                change("user omvs uid", b -> b.user("ALICE").setOmvs(new OmvsSegment(null, "/u/alice", "/bin/sh"))),
                change("user omvs home", b -> b.user("ALICE").setOmvs(new OmvsSegment(42L, "/u", "/bin/sh"))),
                change("user omvs program", b -> b.user("ALICE").setOmvs(new OmvsSegment(42L, "/u/alice", null))),
                change("user added", b -> b.user("CAROL")),
                change("user removed", b -> b.removeUser("BOB")),
                change("group superior", b -> b.group("SYS1").setSuperiorGroup("SYS2")),
                change("group owner", b -> b.group("SYS1").setOwner("SYS1")),
                change("group installation data", b -> b.group("SYS1").setInstallationData("X")),
                change("group universal", b -> b.group("SYS1").setUniversal(true)),
                change("group omvs", b -> b.group("SYS1").setOmvsSegment(true)),
                change("group gid", b -> b.group("SYS1").setGid(0L)),
                change("group base record", b -> b.group("SYS1").setBaseRecordSeen(false)),
                change("connection authority", b -> b.connection("ALICE", "SYS1").setAuthority("JOIN")),
                change("connection group special", b -> b.connection("ALICE", "SYS1").setGroupSpecial(true)),
                change("connection group operations", b -> b.connection("ALICE", "SYS1").setGroupOperations(true)),
                change("connection group auditor", b -> b.connection("ALICE", "SYS1").setGroupAuditor(true)),
                change("connection revoked", b -> b.connection("ALICE", "SYS1").setRevoked(true)),
                change("connection revoke date", b -> b.connection("ALICE", "SYS1").setRevokeDate(LocalDate.of(2030, 1, 1))),
                change("connection resume date", b -> b.connection("ALICE", "SYS1").setResumeDate(LocalDate.of(2030, 1, 1))),
                change("connection added", b -> b.connection("BOB", "SYS1")),
                change("profile generic", b -> b.profile("FACILITY", "BPX.**").setGeneric(false)),
                change("profile uacc", b -> b.profile("FACILITY", "BPX.**").setUniversalAccess(AccessLevel.READ)),
                change("profile raw uacc", b -> b.profile("FACILITY", "BPX.**").setRawUniversalAccess("READ")),
                change("profile warning", b -> b.profile("FACILITY", "BPX.**").setWarning(true)),
                change("profile owner", b -> b.profile("FACILITY", "BPX.**").setOwner("SYS1")),
                change("profile installation data", b -> b.profile("FACILITY", "BPX.**").setInstallationData("X")),
                change("profile base record", b -> b.profile("FACILITY", "BPX.**").setBaseRecordSeen(true)),
                change("profile added", b -> b.profile("DATASET", "SYS1.PROCLIB", "RES001")),
                change("access level", b -> b.profile("FACILITY", "BPX.**").permit("ALICE", AccessLevel.UPDATE)),
                change("access entry removed", b -> b.profile("FACILITY", "BPX.**").removeEntry("BOB")),
                change("conditional entry", b -> b.profile("FACILITY", "BPX.**").getConditionalAccessList()
                        .set(0, new ConditionalAccessEntry("*", AccessLevel.READ, "CONSOLE", "OTHER"))),
                change("member order", b -> java.util.Collections.reverse(b.profile("RACFVARS", "&SYSNAME").getMembers())),
                change("started data", b -> b.profile("STARTED", "ZWE*.*")
                        .setStartedTaskData(new StartedTaskData("ZWESVUSR", "ZWEADMIN", true, false, false))),
                change("class active", b -> b.classOptions().setActive("STARTED", true)),
                change("class raclisted", b -> b.classOptions().setRaclisted("FACILITY", true)),
                change("class generic", b -> b.classOptions().setGeneric("FACILITY", true)),
                change("class generic command", b -> b.classOptions().setGenericCommand("FACILITY", true)),
                change("list of groups", b -> b.classOptions().setListOfGroups(true)),
                change("enhanced generic naming", b -> b.classOptions().setEnhancedGenericNaming(true)));
    }

    private static Arguments change(String what, Consumer<SecurityModel.Builder> change) {
        return Arguments.of(what, change);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oneFactChanged")
    void everyFactShowsInTheDump(String what, Consumer<SecurityModel.Builder> change) {
        SecurityModel.Builder changed = base();
        change.accept(changed);
        assertNotEquals(ModelDump.dump(base().build()), ModelDump.dump(changed.build()), what);
    }

    @Test
    void theSameFactsInAnotherOrderGiveTheSameDump() {
        SecurityModel.Builder b = SecurityModel.builder();
        b.classOptions().setActive("FACILITY", true);
        b.profile("DATASET", "SYS1.PARMLIB", "RES001");
        b.profile("STARTED", "ZWE*.*").setStartedTaskData(new StartedTaskData("ZWESVUSR", "ZWEADMIN", false, false, false));
        ResourceProfile vars = b.profile("RACFVARS", "&SYSNAME");
        vars.getMembers().add("SYS1");
        vars.getMembers().add("SYS2");
        ResourceProfile p = b.profile("FACILITY", "BPX.**");
        p.getConditionalAccessList().add(new ConditionalAccessEntry("*", AccessLevel.READ, "CONSOLE", "JMON"));
        p.getAccessList().add(new AccessEntry("BOB", AccessLevel.UPDATE));
        p.getAccessList().add(new AccessEntry("ALICE", AccessLevel.READ));
        p.setRawUniversalAccess("NONE");
        p.setUniversalAccess(AccessLevel.NONE);
        p.setGeneric(true);
        b.connection("ALICE", "SYS1").setAuthority("USE");
        b.group("SYS1").setBaseRecordSeen(true);
        b.group("SYS1").setOwner("IBMUSER");
        b.user("BOB").setBaseRecordSeen(true);
        User u = b.user("ALICE");
        u.setOmvs(new OmvsSegment(42L, "/u/alice", "/bin/sh"));
        u.setBaseRecordSeen(true);
        u.setDefaultGroup("SYS1");
        u.setName("ALICE SMITH");
        assertEquals(ModelDump.dump(base().build()), ModelDump.dump(b.build()));
    }

    @Test
    void theVolumeOfADiscreteDatasetProfileShows() {
        SecurityModel.Builder withoutVolume = SecurityModel.builder();
        withoutVolume.profile("DATASET", "SYS1.PARMLIB");
        SecurityModel.Builder withVolume = SecurityModel.builder();
        withVolume.profile("DATASET", "SYS1.PARMLIB", "RES001");
        assertNotEquals(ModelDump.dump(withoutVolume.build()), ModelDump.dump(withVolume.build()));
    }

    @Test
    void aCopyDumpsTheSame() {
        SecurityModel model = base().build();
        assertEquals(ModelDump.dump(model), ModelDump.dump(model.toBuilder().build()));
    }

    @Test
    void linesAreSortedWithinEachKind() {
        List<String> lines = ModelDump.lines(base().build());
        assertEquals(List.of(
                "user ALICE name=\"ALICE SMITH\" defaultGroup=SYS1 owner=null installationData=null special=false operations=false"
                        + " auditor=false revokeFlag=false revokeDate=null resumeDate=null protected=false passwordPhrase=false restricted=false baseRecordSeen=true",
                "user ALICE omvs uid=42 home=/u/alice program=/bin/sh"), lines.subList(0, 2));
        assertTrue(lines.contains("profile FACILITY BPX.** volume=null access ALICE READ"));
        assertTrue(lines.indexOf("profile FACILITY BPX.** volume=null access ALICE READ")
                < lines.indexOf("profile FACILITY BPX.** volume=null access BOB UPDATE"));
        assertTrue(lines.contains("profile FACILITY BPX.** volume=null conditional CONSOLE JMON * READ"));
        assertTrue(lines.contains("profile RACFVARS &SYSNAME volume=null member 0 SYS1"));
        assertTrue(lines.contains("profile DATASET SYS1.PARMLIB volume=RES001 generic=false uacc=null rawUacc=null warning=false"
                + " owner=null installationData=null baseRecordSeen=false"));
        assertTrue(lines.contains("classOptions active FACILITY"));
    }

    @Test
    void absentEmptyAndSpecialTextAreTellableApart() {
        assertEquals("null", ModelDump.q(null));
        assertEquals("\"null\"", ModelDump.q("null"));
        assertEquals("\"\"", ModelDump.q(""));
        assertEquals("\"A B\"", ModelDump.q("A B"));
        assertEquals("\"OU=Class\\u00BD3\"", ModelDump.q("OU=Class\u00BD3"));
        assertEquals("\"say \\\"hi\\\"\\u000A\"", ModelDump.q("say \"hi\"\n"));
        assertEquals("BPX.**", ModelDump.q("BPX.**"));
    }

    @Test
    void aModelWithoutClassOptionsSaysSo() {
        assertEquals(List.of("classOptions none"), ModelDump.lines(SecurityModel.builder().build()));
    }
}
