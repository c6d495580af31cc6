package dev.esmscan.racf.access;

import dev.esmscan.model.AccessDecision;
import dev.esmscan.model.AccessOutcome;
import org.junit.jupiter.api.Test;

import static dev.esmscan.model.AccessLevel.NONE;
import static dev.esmscan.model.AccessLevel.READ;
import static dev.esmscan.model.AccessLevel.UPDATE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rules 4 and 6: user entry, then groups, then ID(*), then UACC; RESTRICTED skips the last two. */
class AccessListTest {

    /** ZWESVUSR: default group STCGRP, also connected to ZWEADMIN. */
    private static RacfModelFixture stcUser() {
        return RacfModelFixture.model().user("ZWESVUSR", "STCGRP", "ZWEADMIN");
    }

    private static AccessDecision readJobname(RacfModelFixture fixture) {
        return fixture.resolver().decide("ZWESVUSR", "FACILITY", "BPX.JOBNAME", READ);
    }

    @Test
    void userEntryNoneBeatsAGroupEntryRead() {
        AccessDecision d = readJobname(stcUser().active("FACILITY").listOfGroups(true)
                .profile("FACILITY", "BPX.JOBNAME", NONE, "ZWESVUSR:NONE", "STCGRP:READ"));

        assertEquals(AccessOutcome.DENIED, d.outcome());
        assertEquals("user", d.via());
        assertEquals(NONE, d.level());
        assertTrue(d.explanation().contains("overrides the higher entry of group STCGRP (READ)"), d.explanation());
    }

    @Test
    void withoutTheUserEntryTheGroupEntryGrants() {
        AccessDecision d = readJobname(stcUser().active("FACILITY").listOfGroups(true)
                .profile("FACILITY", "BPX.JOBNAME", NONE, "STCGRP:READ"));

        assertEquals(AccessOutcome.GRANTED, d.outcome());
        assertEquals("group:STCGRP", d.via());
        assertEquals(READ, d.level());
    }

    @Test
    void listOfGroupsCheckingGrantsThroughASecondGroup() {
        AccessDecision d = readJobname(stcUser().active("FACILITY").listOfGroups(true)
                .profile("FACILITY", "BPX.JOBNAME", NONE, "ZWEADMIN:READ"));

        assertEquals(AccessOutcome.GRANTED, d.outcome());
        assertEquals("group:ZWEADMIN", d.via());
    }

    @Test
    void withoutListOfGroupsCheckingOnlyTheDefaultGroupCounts() {
        AccessDecision d = readJobname(stcUser().active("FACILITY").listOfGroups(false)
                .profile("FACILITY", "BPX.JOBNAME", NONE, "ZWEADMIN:READ"));

        assertEquals(AccessOutcome.DENIED, d.outcome());
        assertEquals("uacc", d.via());
        assertTrue(d.explanation().contains("entry of group ZWEADMIN (READ) not counted: list-of-groups checking inactive"), d.explanation());
    }

    @Test
    void listOfGroupsCheckingTakesTheHighestGroupEntry() {
        AccessDecision d = stcUser().active("FACILITY").listOfGroups(true)
                .profile("FACILITY", "BPX.SERVER", NONE, "STCGRP:READ", "ZWEADMIN:UPDATE")
                .resolver().decide("ZWESVUSR", "FACILITY", "BPX.SERVER", UPDATE);

        assertEquals(AccessOutcome.GRANTED, d.outcome());
        assertEquals("group:ZWEADMIN", d.via());
        assertEquals(UPDATE, d.level());
    }

    @Test
    void withoutSetroptsOnlyTheDefaultGroupCountsAndTheExplanationSaysSo() {
        AccessDecision d = readJobname(stcUser()
                .profile("FACILITY", "BPX.JOBNAME", NONE, "ZWEADMIN:READ"));

        assertEquals(AccessOutcome.DENIED, d.outcome());
        assertTrue(d.explanation().contains("list-of-groups checking unknown (no SETROPTS input): only the default group STCGRP counted"), d.explanation());
        assertTrue(d.explanation().contains("entry of group ZWEADMIN (READ) not counted"), d.explanation());
    }

    @Test
    void withoutSetroptsTheDefaultGroupEntryGrants() {
        AccessDecision d = readJobname(stcUser()
                .profile("FACILITY", "BPX.JOBNAME", NONE, "STCGRP:READ"));

        assertEquals(AccessOutcome.GRANTED, d.outcome());
        assertEquals("group:STCGRP", d.via());
    }

    @Test
    void aRevokedConnectionDoesNotGrant() {
        RacfModelFixture fixture = stcUser().active("FACILITY").listOfGroups(true)
                .profile("FACILITY", "BPX.JOBNAME", NONE, "ZWEADMIN:READ");

        assertEquals(AccessOutcome.GRANTED, readJobname(fixture).outcome());
        AccessDecision revoked = readJobname(fixture.revokedConnection("ZWESVUSR", "ZWEADMIN"));
        assertEquals(AccessOutcome.DENIED, revoked.outcome());
        assertTrue(revoked.explanation().contains("connection revoked"), revoked.explanation());
    }

    @Test
    void restrictedUserIsNotGrantedThroughIdStar() {
        AccessDecision d = readJobname(stcUser().restricted("ZWESVUSR").active("FACILITY")
                .profile("FACILITY", "BPX.JOBNAME", NONE, "*:READ"));

        assertEquals(AccessOutcome.DENIED, d.outcome());
        assertEquals("none", d.via());
        assertEquals(NONE, d.level());
        assertTrue(d.explanation().contains("RESTRICTED bypassed ID(*) and UACC"), d.explanation());
    }

    @Test
    void unrestrictedUserIsGrantedThroughIdStar() {
        AccessDecision d = readJobname(stcUser().active("FACILITY")
                .profile("FACILITY", "BPX.JOBNAME", NONE, "*:READ"));

        assertEquals(AccessOutcome.GRANTED, d.outcome());
        assertEquals("id(*)", d.via());
    }

    @Test
    void restrictedUserIsNotGrantedThroughUacc() {
        AccessDecision d = readJobname(stcUser().restricted("ZWESVUSR").active("FACILITY")
                .profile("FACILITY", "BPX.JOBNAME", READ));

        assertEquals(AccessOutcome.DENIED, d.outcome());
        assertEquals("none", d.via());
    }

    @Test
    void unrestrictedUserIsGrantedThroughUacc() {
        AccessDecision d = readJobname(stcUser().active("FACILITY")
                .profile("FACILITY", "BPX.JOBNAME", READ));

        assertEquals(AccessOutcome.GRANTED, d.outcome());
        assertEquals("uacc", d.via());
    }

    @Test
    void restrictedUserIsStillGrantedThroughItsOwnEntry() {
        AccessDecision d = readJobname(stcUser().restricted("ZWESVUSR").active("FACILITY")
                .profile("FACILITY", "BPX.JOBNAME", NONE, "ZWESVUSR:READ"));

        assertEquals(AccessOutcome.GRANTED, d.outcome());
        assertEquals("user", d.via());
    }

    @Test
    void idStarComesBeforeUacc() {
        AccessDecision withIdStar = readJobname(stcUser().active("FACILITY")
                .profile("FACILITY", "BPX.JOBNAME", READ, "*:NONE"));
        AccessDecision withoutIdStar = readJobname(stcUser().active("FACILITY")
                .profile("FACILITY", "BPX.JOBNAME", READ));

        assertEquals(AccessOutcome.DENIED, withIdStar.outcome());
        assertEquals("id(*)", withIdStar.via());
        assertEquals(AccessOutcome.GRANTED, withoutIdStar.outcome());
        assertEquals("uacc", withoutIdStar.via());
    }

    @Test
    void undefinedUserGetsTheUaccButNotIdStar() {
        RacfModelFixture idStarOnly = RacfModelFixture.model().active("FACILITY")
                .profile("FACILITY", "BPX.JOBNAME", NONE, "*:READ");
        RacfModelFixture uaccRead = RacfModelFixture.model().active("FACILITY")
                .profile("FACILITY", "BPX.JOBNAME", READ);

        AccessDecision denied = idStarOnly.resolver().decide("NOSUCHID", "FACILITY", "BPX.JOBNAME", READ);
        AccessDecision granted = uaccRead.resolver().decide("NOSUCHID", "FACILITY", "BPX.JOBNAME", READ);

        assertEquals(AccessOutcome.DENIED, denied.outcome());
        assertEquals("uacc", denied.via());
        assertTrue(denied.explanation().contains("user not defined (NOSUCHID is not in the input)"), denied.explanation());
        assertEquals(AccessOutcome.GRANTED, granted.outcome());
        assertEquals("uacc", granted.via());
        assertTrue(granted.explanation().contains("user not defined (NOSUCHID is not in the input)"), granted.explanation());
    }

    @Test
    void operationsIsMentionedForDataSetsButNeverGrants() {
        RacfModelFixture fixture = stcUser().active("FACILITY")
                .profile("DATASET", "ZWE.SZWEAUTH", NONE);
        fixture.operations("ZWESVUSR");

        AccessDecision d = fixture.resolver().decide("ZWESVUSR", "DATASET", "ZWE.SZWEAUTH", READ);

        assertEquals(AccessOutcome.DENIED, d.outcome());
        assertTrue(d.explanation().contains("ZWESVUSR has OPERATIONS"), d.explanation());
    }
}
