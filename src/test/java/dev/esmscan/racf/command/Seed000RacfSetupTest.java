package dev.esmscan.racf.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.esmscan.model.AccessEntry;
import dev.esmscan.model.AccessLevel;
import dev.esmscan.model.ClassOptions;
import dev.esmscan.model.Connection;
import dev.esmscan.model.Group;
import dev.esmscan.model.OmvsSegment;
import dev.esmscan.model.ResourceProfile;
import dev.esmscan.model.SecurityModel;
import dev.esmscan.model.StartedTaskData;
import dev.esmscan.model.User;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Zowe's RACF setup from seed 000, applied to an empty model and to one that already has the profiles it only PERMITs. */
class Seed000RacfSetupTest {

    private static String fixture() throws IOException {
        try (InputStream in = Seed000RacfSetupTest.class.getResourceAsStream("/seed000-racf-setup.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Map<String, List<AccessEntry>> accessLists(SecurityModel m) {
        Map<String, List<AccessEntry>> lists = new TreeMap<>();
        m.classes().forEach(cp -> cp.all().forEach(p -> lists.put(p.getClassName() + " " + p.getName(), p.getAccessList())));
        return lists;
    }

    private static ResourceProfile profile(SecurityModel m, String cls, String name) {
        return m.profiles(cls).all().stream().filter(p -> p.getName().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void onAnEmptyModel() throws IOException {
        RacfCommands.Result r = RacfCommands.apply(SecurityModel.builder().build(), fixture());
        SecurityModel m = r.model();

        // RACF refuses these: the seed PERMITs profiles it never defines, and TCPIP is not defined here
        assertEquals(List.of(), r.problems());
        assertEquals(List.of(
                "line 57: PERMIT: FACILITY profile BPX.JOBNAME is not defined; RACF stops the command here (ICH06004I BPX.JOBNAME NOT DEFINED TO RACF)",
                "line 62: PERMIT: FACILITY profile IRR.RUSERMAP is not defined; RACF stops the command here (ICH06004I IRR.RUSERMAP NOT DEFINED TO RACF)",
                "line 74: PERMIT: FACILITY profile IRR.RAUDITX is not defined; RACF stops the command here (ICH06004I IRR.RAUDITX NOT DEFINED TO RACF)",
                "line 79: PERMIT: ID TCPIP is neither a user nor a group; no access list entry for it (ICH06007I TCPIP NOT DEFINED TO RACF)",
                "line 86: PERMIT: APPL profile OMVSAPPL is not defined; RACF stops the command here (ICH06004I OMVSAPPL NOT DEFINED TO RACF)"),
                r.notices().stream().filter(n -> n.contains("PERMIT")).toList());

        Group zweadmin = m.group("ZWEADMIN").orElseThrow();
        assertTrue(zweadmin.isBaseRecordSeen());
        assertTrue(zweadmin.hasOmvsSegment());
        assertEquals(1000L, zweadmin.getGid());
        assertEquals("STARTED TASK GROUP WITH OMVS SEGEMENT", zweadmin.getInstallationData());
        assertEquals(List.of("ZWEADMIN"), m.groups().stream().map(Group::getName).toList());

        User sv = m.user("ZWESVUSR").orElseThrow();
        assertTrue(sv.isBaseRecordSeen());
        assertEquals("ZWEADMIN", sv.getDefaultGroup());
        assertEquals("ZOWE SERVER", sv.getName());
        assertEquals("ZOWE MAIN SERVER", sv.getInstallationData());
        assertTrue(sv.isProtectedUser());
        assertEquals(new OmvsSegment(1000L, "/tmp", "/bin/sh"), sv.getOmvs());
        assertFalse(sv.isSpecial() || sv.isOperations() || sv.isAuditor() || sv.isRevokeFlag());

        User si = m.user("ZWESIUSR").orElseThrow();
        assertEquals("ZOWE XMEM SERVER", si.getName());
        assertEquals("ZOWE XMEM CROSS MEMORY SERVER", si.getInstallationData());
        assertTrue(si.isProtectedUser());
        assertEquals(new OmvsSegment(1001L, "/tmp", "/bin/sh"), si.getOmvs());
        assertEquals(List.of("ZWESIUSR", "ZWESVUSR"), m.users().stream().map(User::getId).toList());

        assertEquals(Set.of("ZWESVUSR", "ZWESIUSR"), m.membersOf("ZWEADMIN").stream().map(Connection::getUserId).collect(Collectors.toSet()));
        assertTrue(m.connections().stream().allMatch(c -> "USE".equals(c.getAuthority()) && !c.isRevoked()));
        assertEquals(2, m.connections().size());

        ResourceProfile started = profile(m, "STARTED", "ZWESLSTC.*");
        assertTrue(started.isGeneric(), "generic status of STARTED is unknown, so the profile is generic");
        assertTrue(started.isBaseRecordSeen());
        assertEquals(AccessLevel.NONE, started.getUniversalAccess());
        assertEquals(new StartedTaskData("ZWESVUSR", "ZWEADMIN", false, false, true), started.getStartedTaskData());

        AccessEntry svRead = new AccessEntry("ZWESVUSR", AccessLevel.READ);
        AccessEntry svUpdate = new AccessEntry("ZWESVUSR", AccessLevel.UPDATE);
        Map<String, List<AccessEntry>> expected = new TreeMap<>(Map.of(
                "CSFSERV CSFRNGL", List.of(svRead),
                "FACILITY BPX.DAEMON", List.of(svUpdate),
                "FACILITY BPX.SERVER", List.of(svUpdate),
                "FACILITY IRR.IDIDMAP.QUERY", List.of(svRead),
                "FACILITY ZWES.IS", List.of(svRead),
                "STARTED ZWESLSTC.*", List.of(),
                "STARTED ZWESISTC.*", List.of(),
                "STARTED ZWESASTC.*", List.of()));
        for (String resource : List.of("FACILITY IRR.RADMIN.LISTUSER", "CSFSERV CSF1TRD", "CSFSERV CSF1TRC", "CSFSERV CSF1SKE", "CSFSERV CSF1SKD")) {
            expected.put(resource, List.of(svRead));
        }
        assertEquals(expected, accessLists(m));
        m.classes().forEach(cp -> cp.all().forEach(p -> {
            assertEquals(AccessLevel.NONE, p.getUniversalAccess(), p.toString());
            assertTrue(p.getConditionalAccessList().isEmpty());
            assertFalse(p.isWarning());
            assertTrue(p.isBaseRecordSeen());
            assertEquals(p.getClassName().equals("STARTED"), p.isGeneric(), p.toString());
        }));

        ClassOptions o = m.classOptions().orElseThrow();
        assertEquals(Set.of("CSFSERV", "FACILITY", "IDIDMAP"), o.activeClasses());
        assertEquals(Set.of("FACILITY", "IDIDMAP"), o.raclistedClasses(), "RACLIST(x) REFRESH does not RACLIST a class");
        assertEquals(Set.of("FACILITY"), o.genericClasses());
        assertEquals(Set.of("FACILITY"), o.genericCommandClasses());
        assertFalse(o.isListOfGroups());
    }

    @Test
    void onAModelThatHasTheProfilesTheSeedOnlyPermits() throws IOException {
        SecurityModel.Builder b = SecurityModel.builder();
        assertEquals(List.of(), RacfCommands.applyTo(b, String.join("\n",
                "ADDGROUP SYS1",
                "ADDUSER TCPIP DFLTGRP(SYS1) NOPASSWORD",
                "RDEFINE FACILITY BPX.JOBNAME UACC(NONE)",
                "RDEFINE FACILITY IRR.RUSERMAP UACC(NONE)",
                "RDEFINE FACILITY IRR.RAUDITX UACC(NONE)",
                "RDEFINE APPL OMVSAPPL UACC(NONE)")).problems());
        RacfCommands.Result r = RacfCommands.apply(b.build(), fixture());
        assertEquals(List.of(), r.problems());
        AccessEntry svRead = new AccessEntry("ZWESVUSR", AccessLevel.READ);
        Map<String, List<AccessEntry>> lists = accessLists(r.model());
        assertEquals(List.of(svRead), lists.get("FACILITY BPX.JOBNAME"));
        assertEquals(List.of(svRead), lists.get("FACILITY IRR.RUSERMAP"));
        assertEquals(List.of(svRead), lists.get("FACILITY IRR.RAUDITX"));
        assertEquals(List.of(svRead), lists.get("APPL OMVSAPPL"));
        assertEquals(List.of(new AccessEntry("TCPIP", AccessLevel.READ), svRead), lists.get("CSFSERV CSFRNGL"));
    }
}
