package dev.esmscan.policy.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.esmscan.model.AccessLevel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccessHoldersTest {

    private static String evidence(RacfSite site, String resource) {
        return AccessHolders.evidence(site.access(), "FACILITY", resource, AccessLevel.UPDATE, "ZWESVUSR");
    }

    @Test
    void theStcUserAloneIsNoOtherHolder() {
        RacfSite site = RacfSite.of("ADDUSER ZWESVUSR", "RDEFINE FACILITY BPX.SERVER UACC(NONE)",
                "PERMIT BPX.SERVER CLASS(FACILITY) ID(ZWESVUSR) ACCESS(UPDATE)");
        assertEquals("no identity other than ZWESVUSR holds UPDATE or more through FACILITY BPX.SERVER (discrete)", evidence(site, "BPX.SERVER"));
    }

    @Test
    void aGroupIsListedWithItsConnectedUsersOtherThanTheStcUser() {
        RacfSite site = RacfSite.of("ADDGROUP ZWEADMIN", "ADDUSER ZWESVUSR DFLTGRP(ZWEADMIN)", "ADDUSER ZWESIUSR DFLTGRP(ZWEADMIN)",
                "RDEFINE FACILITY BPX.SERVER UACC(NONE)", "PERMIT BPX.SERVER CLASS(FACILITY) ID(ZWEADMIN) ACCESS(UPDATE)");
        assertEquals("1 holder other than ZWESVUSR with UPDATE or more through FACILITY BPX.SERVER (discrete): "
                + "group ZWEADMIN UPDATE (connected users: ZWESIUSR)", evidence(site, "BPX.SERVER"));
    }

    @Test
    void idStarWarningModeAndTheGenericProfileThatDecidesAreNamed() {
        RacfSite site = RacfSite.of("SETROPTS GENERIC(FACILITY)", "RDEFINE FACILITY BPX.* UACC(READ) WARNING",
                "PERMIT BPX.* CLASS(FACILITY) ID(*) ACCESS(CONTROL)");
        String e = evidence(site, "BPX.DAEMON");
        assertTrue(e.startsWith("2 holders other than ZWESVUSR with UPDATE or more through FACILITY BPX.* (generic): "), e);
        assertTrue(e.contains("ID(*) CONTROL: every defined user that is not RESTRICTED"), e);
        assertTrue(e.contains("WARNING mode: every user's request is allowed"), e);
        assertTrue(!e.contains("UACC(READ)"), "READ is below UPDATE: " + e);
    }

    @Test
    void aLargeGroupIsCountedBeyondTheMembersShown() {
        List<String> commands = new ArrayList<>(List.of("ADDGROUP SYSPROG", "RDEFINE FACILITY BPX.DAEMON UACC(NONE)",
                "PERMIT BPX.DAEMON CLASS(FACILITY) ID(SYSPROG) ACCESS(ALTER)"));
        for (int i = 0; i < AccessHolders.MEMBERS_SHOWN + 3; i++) {
            commands.add(String.format("ADDUSER U%03d DFLTGRP(SYSPROG)", i));
        }
        String e = evidence(RacfSite.of(commands.toArray(String[]::new)), "BPX.DAEMON");
        assertTrue(e.endsWith(" and 3 more)"), e);
    }

    @Test
    void noCoveringProfileMeansNoHolder() {
        assertEquals("no profile covers FACILITY BPX.DAEMON: no one holds UPDATE through a profile",
                evidence(RacfSite.of("ADDUSER ZWESVUSR"), "BPX.DAEMON"));
    }
}
