package dev.esmscan.racf.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.esmscan.model.AccessEntry;
import dev.esmscan.model.AccessLevel;
import dev.esmscan.model.ClassOptions;
import dev.esmscan.model.ConditionalAccessEntry;
import dev.esmscan.model.Connection;
import dev.esmscan.model.Group;
import dev.esmscan.model.ModelDump;
import dev.esmscan.model.OmvsSegment;
import dev.esmscan.model.ResourceProfile;
import dev.esmscan.model.SecurityModel;
import dev.esmscan.model.StartedTaskData;
import dev.esmscan.model.User;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RacfCommandInterpreterTest {

    /** Two groups, a user connected to G1, a FACILITY profile and a DATASET profile (no ADDSD, so built directly). */
    private static final String BASE = String.join("\n",
            "ADDGROUP G1",
            "ADDGROUP G2",
            "ADDUSER U1 DFLTGRP(G1)",
            "RDEFINE FACILITY P1 UACC(NONE)");

    private static SecurityModel base() {
        SecurityModel.Builder b = SecurityModel.builder();
        assertEquals(List.of(), RacfCommands.applyTo(b, BASE).problems());
        ResourceProfile ds = b.profile("DATASET", "SYS1.PARMLIB");
        ds.setBaseRecordSeen(true);
        ds.setUniversalAccess(AccessLevel.NONE);
        ResourceProfile dsGeneric = b.profile("DATASET", "SYS1.**");
        dsGeneric.setGeneric(true);
        dsGeneric.setBaseRecordSeen(true);
        return b.build();
    }

    /** Applies commands to the base model and expects no problem. */
    private static SecurityModel applied(String commands) {
        RacfCommands.Result r = RacfCommands.apply(base(), commands);
        assertEquals(List.of(), r.problems());
        return r.model();
    }

    private static SecurityModel appliedToEmpty(String commands) {
        RacfCommands.Result r = RacfCommands.apply(SecurityModel.builder().build(), commands);
        assertEquals(List.of(), r.problems());
        return r.model();
    }

    private static User user(SecurityModel m, String id) {
        return m.user(id).orElseThrow(() -> new AssertionError("no user " + id));
    }

    private static Group group(SecurityModel m, String name) {
        return m.group(name).orElseThrow(() -> new AssertionError("no group " + name));
    }

    private static ResourceProfile profile(SecurityModel m, String cls, String name) {
        return m.profiles(cls).all().stream().filter(p -> p.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no profile " + cls + " " + name));
    }

    // ---- groups ----

    @Test
    void addGroupSetsEveryOperand() {
        Group g = group(applied("ADDGROUP NEWGRP SUPGROUP(G1) OWNER(U1) DATA('Zowe group') OMVS(GID(500)) UNIVERSAL"), "NEWGRP");
        assertEquals("G1", g.getSuperiorGroup());
        assertEquals("U1", g.getOwner());
        assertEquals("Zowe group", g.getInstallationData());
        assertTrue(g.hasOmvsSegment());
        assertEquals(500L, g.getGid());
        assertTrue(g.isUniversal());
        assertTrue(g.isBaseRecordSeen());
    }

    @Test
    void addGroupWithoutOmvsHasNoSegment() {
        Group g = group(applied("AG PLAIN"), "PLAIN");
        assertFalse(g.hasOmvsSegment());
        assertNull(g.getGid());
        assertFalse(g.isUniversal());
    }

    @Test
    void autoGidTakesTheLowestFreeGidFrom1000() {
        SecurityModel m = applied("ADDGROUP A OMVS(GID(1000))\nADDGROUP B OMVS(GID(1002))\nADDGROUP C OMVS(AUTOGID)\nADDGROUP D OMVS(AUTOGID)");
        assertEquals(1001L, group(m, "C").getGid());
        assertEquals(1003L, group(m, "D").getGid());
    }

    @Test
    void addGroupTakesAList() {
        SecurityModel m = applied("ADDGROUP (A B) DATA(X)");
        assertEquals("X", group(m, "A").getInstallationData());
        assertEquals("X", group(m, "B").getInstallationData());
    }

    @Test
    void altGroupChangesGidDataAndRemovesOmvs() {
        SecurityModel m = applied("ALTGROUP G1 OMVS(GID(77)) DATA('new')\nALG G2 OMVS(AUTOGID)");
        assertEquals(77L, group(m, "G1").getGid());
        assertEquals("new", group(m, "G1").getInstallationData());
        assertEquals(1000L, group(m, "G2").getGid());
        m = RacfCommands.apply(m, "ALTGROUP G1 NOOMVS NODATA").model();
        assertFalse(group(m, "G1").hasOmvsSegment());
        assertNull(group(m, "G1").getGid());
        assertNull(group(m, "G1").getInstallationData());
    }

    @Test
    void delGroupDeletesAnEmptyGroup() {
        SecurityModel m = applied("DELGROUP G2");
        assertTrue(m.group("G2").isEmpty());
        assertTrue(m.group("G1").isPresent());
    }

    // ---- users ----

    @Test
    void addUserSetsEveryOperandAndConnectsToTheDefaultGroup() {
        SecurityModel m = applied("ADDUSER NEWU DFLTGRP(G2) NAME('Zowe Server') OWNER(G2) DATA('main server') NOPASSWORD"
                + " OMVS(UID(990) HOME(/u/Zowe) PROGRAM(/bin/sh)) SPECIAL OPERATIONS AUDITOR RESTRICTED REVOKE AUTHORITY(JOIN)");
        User u = user(m, "NEWU");
        assertTrue(u.isBaseRecordSeen());
        assertEquals("G2", u.getDefaultGroup());
        assertEquals("Zowe Server", u.getName());
        assertEquals("G2", u.getOwner());
        assertEquals("main server", u.getInstallationData());
        assertTrue(u.isProtectedUser());
        assertEquals(new OmvsSegment(990L, "/u/Zowe", "/bin/sh"), u.getOmvs());
        assertTrue(u.isSpecial());
        assertTrue(u.isOperations());
        assertTrue(u.isAuditor());
        assertTrue(u.isRestricted());
        assertTrue(u.isRevokeFlag());
        Connection c = m.connection("NEWU", "G2").orElseThrow();
        assertEquals("JOIN", c.getAuthority());
    }

    @Test
    void addUserDefaultsAreThoseOfRacf() {
        SecurityModel m = applied("ADDUSER PLAIN DFLTGRP(G1)");
        User u = user(m, "PLAIN");
        assertFalse(u.isProtectedUser(), "without NOPASSWORD RACF sets the default group as the password");
        assertFalse(u.isSpecial());
        assertNull(u.getOmvs());
        assertEquals("USE", m.connection("PLAIN", "G1").orElseThrow().getAuthority());
    }

    @Test
    void unquotedNamesAreUpperCasedButPathsKeepTheirCase() {
        User u = user(applied("adduser lower dfltgrp(g1) name(smith) omvs(home(/u/Lower) program(/bin/Sh))"), "LOWER");
        assertEquals("SMITH", u.getName());
        assertEquals("G1", u.getDefaultGroup());
        assertEquals("/u/Lower", u.getOmvs().home());
        assertEquals("/bin/Sh", u.getOmvs().program());
    }

    @Test
    void aPasswordOrPhraseMeansNotProtected() {
        SecurityModel m = applied("AU A DFLTGRP(G1) PASSWORD(SECRET)\nAU B DFLTGRP(G1) NOPASSWORD PHRASE('a long phrase here')");
        assertFalse(user(m, "A").isProtectedUser());
        assertFalse(user(m, "B").isProtectedUser(), "RACF ignores NOPASSWORD together with PHRASE (ICH01002I)");
    }

    @Test
    void autoUidTakesTheLowestFreeUidFrom1000() {
        SecurityModel m = applied("AU A DFLTGRP(G1) OMVS(UID(1000))\nAU B DFLTGRP(G1) OMVS(AUTOUID HOME(/tmp))\nAU (C D) DFLTGRP(G1) OMVS(AUTOUID)");
        assertEquals(1001L, user(m, "B").getOmvs().uid());
        assertEquals("/tmp", user(m, "B").getOmvs().home());
        assertEquals(1002L, user(m, "C").getOmvs().uid());
        assertEquals(1003L, user(m, "D").getOmvs().uid());
    }

    @Test
    void altUserSetsAndClearsAttributes() {
        SecurityModel m = applied("ALTUSER U1 SPECIAL OPERATIONS AUDITOR RESTRICTED REVOKE NOPASSWORD OMVS(UID(5) HOME(/u/u1))");
        User u = user(m, "U1");
        assertTrue(u.isSpecial() && u.isOperations() && u.isAuditor() && u.isRestricted() && u.isRevokeFlag() && u.isProtectedUser());
        assertEquals(new OmvsSegment(5L, "/u/u1", null), u.getOmvs());
        m = RacfCommands.apply(m, "ALU U1 NOSPECIAL NOOPERATIONS NOAUDITOR NORESTRICTED RESUME PASSWORD(X) OMVS(PROGRAM(/bin/sh))").model();
        u = user(m, "U1");
        assertFalse(u.isSpecial() || u.isOperations() || u.isAuditor() || u.isRestricted() || u.isRevokeFlag() || u.isProtectedUser());
        assertEquals(new OmvsSegment(5L, "/u/u1", "/bin/sh"), u.getOmvs(), "OMVS keeps what the command does not change");
        m = RacfCommands.apply(m, "ALTUSER U1 NOOMVS").model();
        assertNull(user(m, "U1").getOmvs());
    }

    @Test
    void altUserRevokeAndResumeDates() {
        SecurityModel m = applied("ALTUSER U1 REVOKE(03/01/30) RESUME(04/01/2030)");
        assertEquals(LocalDate.of(2030, 3, 1), user(m, "U1").getRevokeDate());
        assertEquals(LocalDate.of(2030, 4, 1), user(m, "U1").getResumeDate());
        assertFalse(user(m, "U1").isRevokeFlag());
        m = RacfCommands.apply(m, "ALTUSER U1 NOREVOKE NORESUME").model();
        assertNull(user(m, "U1").getRevokeDate());
        assertNull(user(m, "U1").getResumeDate());
    }

    @Test
    void altUserNoPasswordKeepsAUserWithAPhraseUnprotected() {
        SecurityModel m = applied("ADDUSER P DFLTGRP(G1) PASSWORD(X) PHRASE('a long phrase here')\nALTUSER P NOPASSWORD");
        assertFalse(user(m, "P").isProtectedUser());
    }

    @Test
    void aPhraseKnownFromTheModelKeepsNoPasswordFromProtecting() {
        SecurityModel.Builder b = base().toBuilder();
        b.user("U1").setPasswordPhrase(true);
        SecurityModel m = RacfCommands.apply(b.build(), "ALTUSER U1 NOPASSWORD").model();
        assertFalse(user(m, "U1").isProtectedUser());
        m = RacfCommands.apply(m, "ALTUSER U1 NOPASSWORD NOPHRASE").model();
        assertTrue(user(m, "U1").isProtectedUser());
        assertFalse(user(m, "U1").hasPasswordPhrase());
    }

    @Test
    void altUserDefaultGroupMustBeAConnectedGroup() {
        SecurityModel m = applied("CONNECT U1 GROUP(G2)\nALTUSER U1 DFLTGRP(G2)");
        assertEquals("G2", user(m, "U1").getDefaultGroup());
    }

    @Test
    void delUserRemovesTheUserAndItsConnectionsButNotItsPermits() {
        SecurityModel m = applied("PERMIT P1 CLASS(FACILITY) ID(U1)\nDELUSER U1");
        assertTrue(m.user("U1").isEmpty());
        assertTrue(m.connectionsOf("U1").isEmpty());
        assertTrue(m.membersOf("G1").isEmpty());
        assertEquals(AccessLevel.READ, profile(m, "FACILITY", "P1").entryFor("U1").level(), "RACF leaves residual access list entries");
    }

    // ---- connections ----

    @Test
    void connectAddsAConnectionWithItsAttributes() {
        SecurityModel m = applied("CONNECT U1 GROUP(G2) AUTHORITY(CONNECT) SPECIAL OPERATIONS AUDITOR REVOKE");
        Connection c = m.connection("U1", "G2").orElseThrow();
        assertEquals("CONNECT", c.getAuthority());
        assertTrue(c.isGroupSpecial() && c.isGroupOperations() && c.isGroupAuditor() && c.isRevoked());
    }

    @Test
    void connectRevokeAndResumeDatesAndAnUndatedResumeThatClearsThem() {
        SecurityModel m = applied("CONNECT U1 GROUP(G1) REVOKE(03/01/25) RESUME(04/01/2030)");
        Connection c = m.connection("U1", "G1").orElseThrow();
        assertEquals(LocalDate.of(2025, 3, 1), c.getRevokeDate());
        assertEquals(LocalDate.of(2030, 4, 1), c.getResumeDate());
        assertFalse(c.isRevoked());
        c = RacfCommands.apply(m, "CONNECT U1 GROUP(G1) NORESUME").model().connection("U1", "G1").orElseThrow();
        assertNull(c.getResumeDate());
        assertTrue(c.isRevokedOn(LocalDate.of(2026, 1, 15)));
        c = RacfCommands.apply(m, "CONNECT U1 GROUP(G1) RESUME").model().connection("U1", "G1").orElseThrow();
        assertFalse(c.isRevokedOn(LocalDate.of(2026, 1, 15)));
        assertNull(c.getRevokeDate());
        assertEquals(1, RacfCommands.apply(m, "CONNECT U1 GROUP(G1) REVOKE RESUME").problems().size());
    }

    @Test
    void connectOnAnExistingConnectionChangesIt() {
        SecurityModel m = applied("CO U1 GROUP(G1) SPECIAL REVOKE\nCO U1 GROUP(G1) NOSPECIAL RESUME");
        Connection c = m.connection("U1", "G1").orElseThrow();
        assertEquals("USE", c.getAuthority());
        assertFalse(c.isGroupSpecial());
        assertFalse(c.isRevoked());
    }

    @Test
    void connectTakesAUserList() {
        SecurityModel m = applied("AU U2 DFLTGRP(G1)\nCONNECT (U1 U2) GROUP(G2)");
        assertEquals(2, m.membersOf("G2").size());
    }

    @Test
    void removeDeletesAConnection() {
        SecurityModel m = applied("CONNECT U1 GROUP(G2)\nREMOVE U1 GROUP(G2)");
        assertTrue(m.connection("U1", "G2").isEmpty());
        assertTrue(m.connection("U1", "G1").isPresent());
    }

    // ---- general resources ----

    @Test
    void rdefineSetsEveryOperand() {
        ResourceProfile p = profile(applied("RDEFINE FACILITY BPX.SERVER UACC(READ) OWNER(G1) DATA('impersonation') WARNING"),
                "FACILITY", "BPX.SERVER");
        assertEquals(AccessLevel.READ, p.getUniversalAccess());
        assertEquals("G1", p.getOwner());
        assertEquals("impersonation", p.getInstallationData());
        assertTrue(p.isWarning());
        assertFalse(p.isGeneric());
        assertTrue(p.isBaseRecordSeen());
        assertTrue(p.getAccessList().isEmpty());
    }

    @Test
    void rdefineDefaultsToUaccNone() {
        ResourceProfile p = profile(applied("RDEFINE FACILITY IRR.IDIDMAP.QUERY"), "FACILITY", "IRR.IDIDMAP.QUERY");
        assertEquals(AccessLevel.NONE, p.getUniversalAccess());
        assertFalse(p.isWarning());
    }

    @Test
    void rdefineStartedWithStdata() {
        ResourceProfile p = profile(applied("RDEFINE STARTED ZWESISTC.* STDATA(USER(U1) GROUP(G1) PRIVILEGED(YES) TRUSTED(NO) TRACE(YES))"),
                "STARTED", "ZWESISTC.*");
        assertEquals(new StartedTaskData("U1", "G1", false, true, true), p.getStartedTaskData());
    }

    @Test
    void rdefineTakesAProfileList() {
        SecurityModel m = applied("RDEF FACILITY (A.B C.D) UACC(NONE)");
        assertEquals(3, m.profiles("FACILITY").size());
    }

    static Stream<Arguments> genericDecisions() {
        return Stream.of(
                Arguments.of("status unknown: generic", null, "RDEFINE FACILITY ZWES.*", true, false),
                Arguments.of("GENERIC active", "SETROPTS GENERIC(FACILITY)", "RDEFINE FACILITY ZWES.*", true, false),
                Arguments.of("GENCMD only", "SETROPTS GENCMD(FACILITY)", "RDEFINE FACILITY ZWES.*", true, false),
                Arguments.of("set off by SETROPTS: discrete, reported", "SETROPTS NOGENERIC(FACILITY) NOGENCMD(FACILITY)",
                        "RDEFINE FACILITY ZWES.*", false, true),
                Arguments.of("percent sign", null, "RDEFINE FACILITY ZWES.I%", true, false),
                Arguments.of("RACFVARS reference", null, "RDEFINE FACILITY ZWES.&SYS", true, false),
                Arguments.of("ampersand names a RACFVARS profile itself", null, "RDEFINE RACFVARS &SYS", false, false),
                Arguments.of("no generic character", "SETROPTS GENERIC(FACILITY)", "RDEFINE FACILITY ZWES.IS", false, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("genericDecisions")
    void genericOrDiscrete(String description, String setropts, String rdefine, boolean generic, boolean reported) {
        RacfCommands.Result r = RacfCommands.apply(base(), (setropts == null ? "" : setropts) + "\n" + rdefine);
        String[] words = rdefine.split(" ");
        assertEquals(generic, profile(r.model(), words[1], words[2]).isGeneric());
        assertEquals(List.of(), r.problems());
        assertEquals(reported, r.notices().stream().anyMatch(p -> p.startsWith("line 2:") && p.contains("ICH10321I")), r.notices().toString());
    }

    @Test
    void classOptionsFromAnUnloadDecideGenericStatus() {
        SecurityModel.Builder b = SecurityModel.builder();
        b.classOptions().setGeneric("FACILITY", true);
        RacfCommands.Result r = RacfCommands.apply(b.build(), "RDEFINE FACILITY A.*\nRDEFINE STARTED B.*");
        assertTrue(profile(r.model(), "FACILITY", "A.*").isGeneric());
        assertFalse(profile(r.model(), "STARTED", "B.*").isGeneric(), "STARTED is not GENERIC-enabled in the given options");
        assertEquals(List.of(), r.problems());
        assertEquals(1, r.notices().size());
        assertTrue(r.notices().get(0).startsWith("line 2:") && r.notices().get(0).contains("ICH10321I"), r.notices().toString());
    }

    @Test
    void raltChangesUaccWarningDataAndMergesStdata() {
        SecurityModel m = applied("RDEFINE STARTED ZWESLSTC.* STDATA(USER(U1) GROUP(G1) TRUSTED(NO))\n"
                + "RALTER STARTED ZWESLSTC.* UACC(READ) WARNING DATA('x') STDATA(TRUSTED(YES) NOGROUP)");
        ResourceProfile p = profile(m, "STARTED", "ZWESLSTC.*");
        assertEquals(AccessLevel.READ, p.getUniversalAccess());
        assertTrue(p.isWarning());
        assertEquals("x", p.getInstallationData());
        assertEquals(new StartedTaskData("U1", null, true, false, false), p.getStartedTaskData());
        m = RacfCommands.apply(m, "RALT STARTED ZWESLSTC.* NOWARNING").model();
        assertFalse(profile(m, "STARTED", "ZWESLSTC.*").isWarning());
    }

    @Test
    void rdeleteRemovesTheProfile() {
        SecurityModel m = applied("RDELETE FACILITY P1");
        assertEquals(0, m.profiles("FACILITY").size());
    }

    @Test
    void addmemAndDelmem() {
        SecurityModel m = applied("RDEFINE RACFVARS &SYS ADDMEM(SYSA SYSB)\nRALTER RACFVARS &SYS DELMEM(SYSA)");
        assertEquals(List.of("SYSB"), profile(m, "RACFVARS", "&SYS").getMembers());
    }

    // ---- PERMIT ----

    @Test
    void permitAddsEntriesWithReadByDefault() {
        ResourceProfile p = profile(applied("PERMIT P1 CLASS(FACILITY) ID(U1 G2)"), "FACILITY", "P1");
        assertEquals(List.of(new AccessEntry("U1", AccessLevel.READ), new AccessEntry("G2", AccessLevel.READ)), p.getAccessList());
    }

    @Test
    void permitReplacesTheLevelOfAnExistingEntry() {
        ResourceProfile p = profile(applied("PE P1 CLASS(FACILITY) ID(U1) ACCESS(UPDATE)\nPE P1 CLASS(FACILITY) ID(U1) ACCESS(NONE)"),
                "FACILITY", "P1");
        assertEquals(List.of(new AccessEntry("U1", AccessLevel.NONE)), p.getAccessList());
    }

    @Test
    void permitIdStar() {
        ResourceProfile p = profile(applied("PERMIT P1 CLASS(FACILITY) ID(*) ACCESS(READ)"), "FACILITY", "P1");
        assertTrue(p.entryFor("*").isEveryone());
    }

    @Test
    void permitDeleteRemovesEntries() {
        ResourceProfile p = profile(applied("PERMIT P1 CLASS(FACILITY) ID(U1 G2)\nPERMIT P1 CLASS(FACILITY) ID(U1) DELETE"), "FACILITY", "P1");
        assertEquals(List.of(new AccessEntry("G2", AccessLevel.READ)), p.getAccessList());
    }

    @Test
    void permitResetClearsTheStandardListBeforeAdding() {
        ResourceProfile p = profile(applied("PERMIT P1 CLASS(FACILITY) ID(U1 G2)\nPERMIT P1 CLASS(FACILITY) RESET ID(G1) ACCESS(UPDATE)"),
                "FACILITY", "P1");
        assertEquals(List.of(new AccessEntry("G1", AccessLevel.UPDATE)), p.getAccessList());
    }

    static Stream<String> conditionTypes() {
        return PermitCommand.CONDITIONS.stream();
    }

    @ParameterizedTest(name = "WHEN({0}(X))")
    @MethodSource("conditionTypes")
    void permitWhenAddsAConditionalEntry(String type) {
        ResourceProfile p = profile(applied("PERMIT P1 CLASS(FACILITY) ID(U1) ACCESS(UPDATE) WHEN(" + type + "(VAL1))"), "FACILITY", "P1");
        assertTrue(p.getAccessList().isEmpty(), "a conditional entry is not a standard one");
        assertEquals(List.of(new ConditionalAccessEntry("U1", AccessLevel.UPDATE, type, "VAL1")), p.getConditionalAccessList());
    }

    @Test
    void permitWhenDeleteAndResetWhen() {
        SecurityModel m = applied("PERMIT P1 CLASS(FACILITY) ID(U1) WHEN(CONSOLE(C1 C2))\n"
                + "PERMIT P1 CLASS(FACILITY) ID(U1) DELETE WHEN(CONSOLE(C1))");
        assertEquals(List.of(new ConditionalAccessEntry("U1", AccessLevel.READ, "CONSOLE", "C2")),
                profile(m, "FACILITY", "P1").getConditionalAccessList());
        m = RacfCommands.apply(m, "PERMIT P1 CLASS(FACILITY) ID(G1) RESET(WHEN)").model();
        assertTrue(profile(m, "FACILITY", "P1").getConditionalAccessList().isEmpty());
        assertEquals(List.of(new AccessEntry("G1", AccessLevel.READ)), profile(m, "FACILITY", "P1").getAccessList());
    }

    @Test
    void permitDefaultsToTheDatasetClass() {
        ResourceProfile p = profile(applied("PERMIT 'SYS1.PARMLIB' ID(U1) ACCESS(UPDATE)"), "DATASET", "SYS1.PARMLIB");
        assertEquals(AccessLevel.UPDATE, p.entryFor("U1").level());
    }

    @Test
    void permitOnAGenericDatasetProfile() {
        ResourceProfile p = profile(applied("PERMIT 'SYS1.**' ID(G1) ACCESS(READ)"), "DATASET", "SYS1.**");
        assertEquals(AccessLevel.READ, p.entryFor("G1").level());
    }

    @Test
    void keywordAbbreviations() {
        SecurityModel m = applied("PE P1 CL(FACILITY) AC(UPDATE) I(U1)\nAU NEWU DFL(G1) NOPASS\nCO U1 GRO(G2) AUTH(CREATE)\n"
                + "RDEF FACILITY Q1 UA(READ)\nSETR CLASSA(FACILITY) GENC(FACILITY)");
        assertEquals(AccessLevel.UPDATE, profile(m, "FACILITY", "P1").entryFor("U1").level());
        assertTrue(user(m, "NEWU").isProtectedUser());
        assertEquals("CREATE", m.connection("U1", "G2").orElseThrow().getAuthority());
        assertEquals(AccessLevel.READ, profile(m, "FACILITY", "Q1").getUniversalAccess());
        assertTrue(m.classOptions().orElseThrow().isActive("FACILITY"));
        assertTrue(m.classOptions().orElseThrow().isGenericCommand("FACILITY"));
    }

    // ---- SETROPTS ----

    @Test
    void setroptsClassOptions() {
        ClassOptions o = appliedToEmpty("SETROPTS CLASSACT(FACILITY STARTED APPL) RACLIST(FACILITY STARTED) GENERIC(FACILITY)"
                + " GENCMD(APPL) GRPLIST EGN").classOptions().orElseThrow();
        assertEquals(java.util.Set.of("APPL", "FACILITY", "STARTED"), o.activeClasses());
        assertEquals(java.util.Set.of("FACILITY", "STARTED"), o.raclistedClasses());
        assertEquals(java.util.Set.of("FACILITY"), o.genericClasses());
        assertEquals(java.util.Set.of("APPL", "FACILITY"), o.genericCommandClasses());
        assertTrue(o.isListOfGroups());
        assertTrue(o.isEnhancedGenericNaming());
    }

    @Test
    void setroptsNegativeOptions() {
        ClassOptions o = appliedToEmpty("SETROPTS CLASSACT(FACILITY STARTED) RACLIST(FACILITY) GENERIC(FACILITY) GRPLIST EGN\n"
                + "SETROPTS NOCLASSACT(STARTED) NORACLIST(FACILITY) NOGENERIC(FACILITY) NOGRPLIST NOEGN\n"
                + "SETROPTS NOGENCMD(FACILITY)").classOptions().orElseThrow();
        assertEquals(java.util.Set.of("FACILITY"), o.activeClasses());
        assertTrue(o.raclistedClasses().isEmpty());
        assertTrue(o.genericClasses().isEmpty());
        assertTrue(o.genericCommandClasses().isEmpty());
        assertFalse(o.isListOfGroups());
        assertFalse(o.isEnhancedGenericNaming());
    }

    @Test
    void refreshAndListingCommandsChangeNothing() {
        SecurityModel before = base();
        RacfCommands.Result r = RacfCommands.apply(before, "SETROPTS RACLIST(FACILITY) REFRESH\nSETROPTS REFRESH RACLIST(STARTED)\n"
                + "SETROPTS GENERIC(FACILITY) REFRESH\nSETROPTS LIST\nLU U1\nLISTUSER U1 OMVS\nLG G1\nRLIST FACILITY P1 AUTHUSER\n"
                + "RL FACILITY *\nSR CLASS(FACILITY)\nSEARCH FILTER(SYS1.**)");
        assertEquals(List.of(), r.problems());
        assertEquals(ModelDump.dump(before), ModelDump.dump(r.model()));
        assertTrue(r.model().classOptions().isEmpty());
    }

    @Test
    void theOriginalModelIsUntouched() {
        SecurityModel before = base();
        String dump = ModelDump.dump(before);
        RacfCommands.Result r = RacfCommands.apply(before, "DELUSER U1\nPERMIT P1 CLASS(FACILITY) ID(G1)\nSETROPTS CLASSACT(FACILITY)");
        assertEquals(dump, ModelDump.dump(before));
        assertTrue(r.model().user("U1").isEmpty());
    }

    // ---- rejected commands ----

    static Stream<Arguments> rejected() {
        return Stream.of(
                Arguments.of("ADDGROUP of an existing group", "refused", "ADDGROUP G1 DATA(X)", "group G1 is already defined"),
                Arguments.of("ADDGROUP named like a user", "refused", "ADDGROUP U1", "already defined as a user"),
                Arguments.of("ADDGROUP with a missing superior group", "refused", "ADDGROUP NEW SUPGROUP(NOPE)", "superior group NOPE is not defined"),
                Arguments.of("ADDGROUP with a bad name", "problem", "ADDGROUP 1ABC", "starts with a digit"),
                Arguments.of("ADDGROUP with a bad GID", "problem", "ADDGROUP NEW OMVS(GID(-1))", "not a number"),
                Arguments.of("ADDGROUP with GID and AUTOGID", "problem", "ADDGROUP NEW OMVS(GID(5) AUTOGID)", "exclude each other"),
                Arguments.of("ALTGROUP of a missing group", "refused", "ALTGROUP NOPE DATA(X)", "group NOPE is not defined"),
                Arguments.of("DELGROUP of a missing group", "refused", "DELGROUP NOPE", "group NOPE is not defined"),
                Arguments.of("DELGROUP of a group with users", "refused", "DELGROUP G1", "still has users connected [U1]"),
                Arguments.of("DELGROUP of a group with subgroups", "refused", "ADDGROUP SUB SUPGROUP(G2)\nDELGROUP G2", "still has subgroups [SUB]"),
                Arguments.of("ADDUSER of an existing user", "refused", "ADDUSER U1 DFLTGRP(G2) SPECIAL", "user U1 is already defined"),
                Arguments.of("ADDUSER named like a group", "refused", "ADDUSER G2 DFLTGRP(G1)", "already defined as a group"),
                Arguments.of("ADDUSER with a missing default group", "refused", "ADDUSER NEW DFLTGRP(NOPE)", "default group NOPE is not defined"),
                Arguments.of("ADDUSER with a name too long", "problem", "ADDUSER TOOLONGID DFLTGRP(G1)", "longer than 8"),
                Arguments.of("ADDUSER with PASSWORD and NOPASSWORD", "problem", "ADDUSER NEW DFLTGRP(G1) PASSWORD(X) NOPASSWORD", "exclude each other"),
                Arguments.of("ADDUSER with UID and AUTOUID", "problem", "ADDUSER NEW DFLTGRP(G1) OMVS(UID(1) AUTOUID)", "exclude each other"),
                Arguments.of("ADDUSER with a bad authority", "problem", "ADDUSER NEW DFLTGRP(G1) AUTHORITY(BOSS)", "must be USE, CREATE, CONNECT or JOIN"),
                Arguments.of("ALTUSER of a missing user", "refused", "ALTUSER NOPE SPECIAL", "user NOPE is not defined"),
                Arguments.of("ALTUSER to an unconnected default group", "refused", "ALTUSER U1 DFLTGRP(G2)", "not connected to G2"),
                Arguments.of("ALTUSER with SPECIAL and NOSPECIAL", "problem", "ALTUSER U1 SPECIAL NOSPECIAL", "exclude each other"),
                Arguments.of("ALTUSER with a bad date", "problem", "ALTUSER U1 REVOKE(13/45/22)", "not a date"),
                Arguments.of("DELUSER of a missing user", "refused", "DELUSER NOPE", "user NOPE is not defined"),
                Arguments.of("CONNECT to a missing group", "refused", "CONNECT U1 GROUP(NOPE)", "group NOPE is not defined"),
                Arguments.of("CONNECT of a missing user", "refused", "CONNECT NOPE GROUP(G2)", "user NOPE is not defined"),
                Arguments.of("CONNECT without GROUP", "problem", "CONNECT U1 SPECIAL", "GROUP not given"),
                Arguments.of("REMOVE of a missing connection", "refused", "REMOVE U1 GROUP(G2)", "not connected to group G2"),
                Arguments.of("REMOVE from the default group", "refused", "REMOVE U1 GROUP(G1)", "default group of U1"),
                Arguments.of("RDEFINE of an existing profile", "refused", "RDEFINE FACILITY P1 UACC(READ)", "FACILITY P1 is already defined"),
                Arguments.of("RDEFINE with a bad UACC", "problem", "RDEFINE FACILITY NEW UACC(ALL)", "is not an access level"),
                Arguments.of("RDEFINE in the DATASET class", "problem", "RDEFINE DATASET SYS2.X", "not a general resource class"),
                Arguments.of("RDEFINE without a profile name", "problem", "RDEFINE FACILITY UACC(NONE)", "no profile name given"),
                Arguments.of("RDEFINE with STDATA outside STARTED", "refused", "RDEFINE FACILITY NEW STDATA(USER(U1))", "STARTED class only"),
                Arguments.of("RDEFINE with a bad STDATA value", "problem", "RDEFINE STARTED NEW.* STDATA(TRUSTED(MAYBE))", "must be YES or NO"),
                Arguments.of("RALTER of a missing profile", "refused", "RALTER FACILITY NOPE UACC(READ)", "FACILITY NOPE is not defined"),
                Arguments.of("RDELETE of a missing profile", "refused", "RDELETE FACILITY NOPE", "FACILITY NOPE is not defined"),
                Arguments.of("PERMIT on a missing profile", "refused", "PERMIT NOPE CLASS(FACILITY) ID(U1)", "profile NOPE is not defined"),
                Arguments.of("PERMIT of an unquoted data set name", "problem", "PERMIT P1 ID(U1)", "is not in quotes"),
                Arguments.of("PERMIT of a discrete name without GENERIC", "refused", "PERMIT 'SYS1.PARMLIB' GENERIC ID(U1)", "as a generic profile"),
                Arguments.of("PERMIT with a bad access level", "problem", "PERMIT P1 CLASS(FACILITY) ID(U1) ACCESS(FULL)", "is not an access level"),
                Arguments.of("PERMIT with ACCESS and DELETE", "problem", "PERMIT P1 CLASS(FACILITY) ID(U1) ACCESS(READ) DELETE", "exclude each other"),
                Arguments.of("PERMIT without ID", "problem", "PERMIT P1 CLASS(FACILITY) ACCESS(READ)", "neither ID(...) nor RESET"),
                Arguments.of("PERMIT DELETE of an ID without an entry", "refused", "PERMIT P1 CLASS(FACILITY) ID(U1) DELETE", "has no entry"),
                Arguments.of("PERMIT WHEN with an unknown condition", "problem", "PERMIT P1 CLASS(FACILITY) ID(U1) WHEN(PLACE(X))", "unknown operand PLACE in WHEN"),
                Arguments.of("PERMIT WHEN(CRITERIA)", "problem", "PERMIT P1 CLASS(FACILITY) ID(U1) WHEN(CRITERIA(SQLROLE(X)))", "CRITERIA"),
                Arguments.of("SETROPTS with a bad class name", "problem", "SETROPTS CLASSACT(9FAC)", "starts with a digit"),
                Arguments.of("an unknown operand", "problem", "ADDUSER NEW DFLTGRP(G1) FOO", "unknown operand FOO"),
                Arguments.of("an ambiguous abbreviation", "problem", "ADDUSER NEW DF(G1)", "ambiguous: it may be any of [DFLTGRP, DFP]"),
                Arguments.of("a value on a flag", "problem", "ALTUSER U1 SPECIAL(YES)", "SPECIAL takes no value"),
                Arguments.of("a flag without its value", "problem", "RDEFINE FACILITY NEW UACC", "UACC needs exactly one value"),
                Arguments.of("an unknown command", "problem", "TSS ADD(X)", "unknown command TSS"),
                Arguments.of("an unclosed quote", "problem", "ADDUSER NEW DFLTGRP(G1) NAME('X", "quoted string"));
    }

    /**
     * What RACF refuses is a notice ("refused") and changes nothing; what TSO does not accept as
     * written, or esmscan cannot model, is a problem and changes nothing either.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("rejected")
    void rejectedCommandsChangeNothingAndAreReportedWithTheirLine(String description, String kind, String commands, String message) {
        SecurityModel before = base();
        String[] lines = commands.split("\n");
        SecurityModel prepared = RacfCommands.apply(before, String.join("\n", java.util.Arrays.copyOf(lines, lines.length - 1))).model();
        String text = "/* header */\n\n" + commands.replace("\n", "\n\n");
        int line = 3 + 2 * (lines.length - 1);
        RacfCommands.Result r = RacfCommands.apply(before, text);
        List<String> reported = kind.equals("refused") ? r.notices() : r.problems();
        assertEquals(1, reported.size(), r.problems() + " / " + r.notices());
        if (kind.equals("refused")) {
            assertEquals(List.of(), r.problems());
        }
        String note = reported.get(0);
        assertTrue(note.startsWith("line " + line + ": "), note);
        assertTrue(note.contains(message), note);
        assertEquals(ModelDump.dump(prepared), ModelDump.dump(r.model()));
    }

    @Test
    void permitSkipsUndefinedIdsAndAppliesTheOthers() {
        RacfCommands.Result r = RacfCommands.apply(base(), "PERMIT P1 CLASS(FACILITY) ID(U1 GHOST G2) ACCESS(UPDATE)");
        assertEquals(List.of(), r.problems());
        // RACF skips an undefined ID with ICH06007I and permits the others
        assertEquals(List.of("line 1: PERMIT: ID GHOST is neither a user nor a group; no access list entry for it"
                + " (ICH06007I GHOST NOT DEFINED TO RACF)"), r.notices());
        ResourceProfile p = profile(r.model(), "FACILITY", "P1");
        assertEquals(List.of("U1", "G2"), p.getAccessList().stream().map(AccessEntry::id).toList());
    }

    @Test
    void aListAppliesToTheNamesRacfAccepts() {
        RacfCommands.Result r = RacfCommands.apply(base(), "ADDGROUP (G1 NEW)");
        assertEquals(List.of(), r.problems());
        assertEquals(List.of("line 1: ADDGROUP: group G1 is already defined; RACF does not add it again"), r.notices());
        assertTrue(r.model().group("NEW").isPresent());
    }

    @Test
    void unmodelledOperandsAreReportedAndTheRestApplied() {
        RacfCommands.Result r = RacfCommands.apply(base(), "ADDUSER NEW DFLTGRP(G1) TSO(PROC(IKJACCNT)) OMVS(UID(7) MEMLIMIT(10G))");
        assertEquals(List.of("line 1: ADDUSER: operand TSO is not modelled by esmscan; ignored",
                "line 1: ADDUSER: operand MEMLIMIT in OMVS is not modelled by esmscan; ignored"), r.problems());
        assertEquals(7L, user(r.model(), "NEW").getOmvs().uid());
    }

    @Test
    void setroptsStarIsReportedNotGuessed() {
        RacfCommands.Result r = RacfCommands.apply(SecurityModel.builder().build(), "SETROPTS CLASSACT(* FACILITY)");
        assertEquals(1, r.problems().size());
        assertEquals(java.util.Set.of("FACILITY"), r.model().classOptions().orElseThrow().activeClasses());
    }
}
