package dev.esmscan.policy.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.esmscan.model.AccessLevel;
import dev.esmscan.policy.Check;
import dev.esmscan.remediation.Intent;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProfileExposureTest {
    private static final String[] BASE = {
        "ADDGROUP ZWEADMIN OMVS(AUTOGID)",
        "ADDUSER ZWESVUSR NOPASSWORD DFLTGRP(ZWEADMIN) OMVS(HOME(/tmp) PROGRAM(/bin/sh) AUTOUID)",
        "SETROPTS GENERIC(FACILITY) CLASSACT(FACILITY) RACLIST(FACILITY)"};

    private static RacfSite site(String... commands) {
        String[] all = new String[BASE.length + commands.length];
        System.arraycopy(BASE, 0, all, 0, BASE.length);
        System.arraycopy(commands, 0, all, BASE.length, commands.length);
        return RacfSite.of(all);
    }

    private static Check check(RacfSite site, String resource, AccessLevel stcLevel) {
        return ProfileExposure.of(site.facility(resource), resource).check(site.access(), "ZWESVUSR", stcLevel);
    }

    @Test
    void aProfileWithUaccNoneAndOnlyNamedEntriesIsClosed() {
        RacfSite site = site("RDEFINE FACILITY BPX.SERVER UACC(NONE)", "PERMIT BPX.SERVER CLASS(FACILITY) ID(ZWESVUSR) ACCESS(UPDATE)",
                "PERMIT BPX.SERVER CLASS(FACILITY) ID(*) ACCESS(NONE)");
        ProfileExposure e = ProfileExposure.of(site.facility("BPX.SERVER"), "BPX.SERVER");
        assertTrue(e.isClosed(), e.openings().toString());
        Check c = e.check(site.access(), "ZWESVUSR", AccessLevel.UPDATE);
        assertTrue(c.passed());
        assertEquals(List.of(), c.fixes());
    }

    @Test
    void eachOpeningOfADiscreteProfileGetsTheChangeThatClosesIt() {
        RacfSite site = site("RDEFINE FACILITY ZWES.IS UACC(UPDATE) WARNING", "PERMIT ZWES.IS CLASS(FACILITY) ID(ZWESVUSR) ACCESS(READ)",
                "PERMIT ZWES.IS CLASS(FACILITY) ID(*) ACCESS(READ)");
        Check c = check(site, "ZWES.IS", AccessLevel.READ);
        assertFalse(c.passed());
        assertEquals("UACC(UPDATE) on FACILITY ZWES.IS (discrete); ID(*) READ on FACILITY ZWES.IS (discrete); "
                + "WARNING mode on FACILITY ZWES.IS (discrete)", c.evidence());
        assertEquals(List.of(new Intent.SetUniversalAccess("FACILITY", "ZWES.IS", AccessLevel.NONE, AccessLevel.UPDATE),
                new Intent.RemoveAccessEntry("FACILITY", "ZWES.IS", "*", AccessLevel.READ),
                new Intent.EndWarningMode("FACILITY", "ZWES.IS")), c.fixes());
    }

    @Test
    void theStcUserReachingTheProfileOnlyThroughIdStarIsPermittedByName() {
        RacfSite site = site("RDEFINE FACILITY BPX.DAEMON UACC(READ)", "PERMIT BPX.DAEMON CLASS(FACILITY) ID(*) ACCESS(UPDATE)");
        Check c = check(site, "BPX.DAEMON", AccessLevel.UPDATE);
        assertTrue(c.fixes().contains(new Intent.Permit("FACILITY", "BPX.DAEMON", "ZWESVUSR", AccessLevel.UPDATE, null)), c.fixes().toString());
        assertTrue(c.evidence().contains("ZWESVUSR had UPDATE only through ID(*)"), c.evidence());
        assertEquals(1, c.fixes().stream().filter(i -> i instanceof Intent.Permit).count());
    }

    @Test
    void theStcUserReachingTheProfileThroughAGroupKeepsItWithoutAPermit() {
        RacfSite site = site("RDEFINE FACILITY BPX.JOBNAME UACC(READ)", "PERMIT BPX.JOBNAME CLASS(FACILITY) ID(ZWEADMIN) ACCESS(READ)");
        Check c = check(site, "BPX.JOBNAME", AccessLevel.READ);
        assertEquals(List.of(new Intent.SetUniversalAccess("FACILITY", "BPX.JOBNAME", AccessLevel.NONE, AccessLevel.READ)), c.fixes());
    }

    @Test
    void theStcUserWithNoAccessThroughTheUaccGetsNoPermitFromTheExposureCheck() {
        RacfSite site = site("ADDUSER OTHER", "RDEFINE FACILITY BPX.JOBNAME UACC(NONE)", "PERMIT BPX.JOBNAME CLASS(FACILITY) ID(*) ACCESS(READ)",
                "PERMIT BPX.JOBNAME CLASS(FACILITY) ID(ZWESVUSR) ACCESS(NONE)");
        Check c = check(site, "BPX.JOBNAME", AccessLevel.READ);
        assertEquals(List.of(new Intent.RemoveAccessEntry("FACILITY", "BPX.JOBNAME", "*", AccessLevel.READ)), c.fixes());
    }

    @Test
    void aGenericDecidingProfileIsLeftToAPerson() {
        RacfSite site = site("RDEFINE FACILITY BPX.** UACC(READ)");
        Check c = check(site, "BPX.SERVER", AccessLevel.UPDATE);
        assertFalse(c.passed());
        assertEquals(List.of(), c.fixes());
        assertTrue(c.evidence().startsWith("UACC(READ) on FACILITY BPX.** (generic); a person must act: "), c.evidence());
        assertTrue(c.evidence().contains("protects every other resource it covers"), c.evidence());
    }

    @Test
    void anUnreadableUaccCannotBeRestoredExactlySoNoCommandIsGenerated() {
        RacfSite site = site("RDEFINE FACILITY IRR.RAUDITX UACC(NONE)");
        site.facility("IRR.RAUDITX").setUniversalAccess(null);
        site.facility("IRR.RAUDITX").setRawUniversalAccess("X'41'");
        Check c = check(site, "IRR.RAUDITX", AccessLevel.READ);
        assertFalse(c.passed(), "an unreadable UACC is never taken as closed");
        assertEquals(List.of(), c.fixes());
        assertTrue(c.evidence().contains("UACC not recognised ('X'41'') on FACILITY IRR.RAUDITX (discrete)"), c.evidence());
        assertTrue(c.evidence().contains("a person must act: the UACC could not be read"), c.evidence());
    }

    @Test
    void aConditionalIdStarEntryOpensTheProfileAndIsLeftToAPerson() {
        RacfSite site = site("RDEFINE FACILITY ZWES.IS UACC(NONE)", "PERMIT ZWES.IS CLASS(FACILITY) ID(*) ACCESS(READ) WHEN(CONSOLE(CON1))");
        Check c = check(site, "ZWES.IS", AccessLevel.READ);
        assertFalse(c.passed());
        assertTrue(c.evidence().contains("ID(*) READ WHEN(CONSOLE(CON1)) on FACILITY ZWES.IS (discrete)"), c.evidence());
        assertEquals(List.of(), c.fixes());
    }

    @Test
    void aConditionalEntryForANamedUserDoesNotOpenTheProfile() {
        RacfSite site = site("RDEFINE FACILITY ZWES.IS UACC(NONE)", "PERMIT ZWES.IS CLASS(FACILITY) ID(ZWESVUSR) ACCESS(READ) WHEN(CONSOLE(CON1))");
        assertTrue(ProfileExposure.of(site.facility("ZWES.IS"), "ZWES.IS").isClosed());
    }
}
