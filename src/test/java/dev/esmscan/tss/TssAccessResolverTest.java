package dev.esmscan.tss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.esmscan.model.AccessDecision;
import dev.esmscan.model.AccessEntry;
import dev.esmscan.model.AccessLevel;
import dev.esmscan.model.AccessOutcome;
import dev.esmscan.model.ResourceProfile;
import dev.esmscan.model.SecurityModel;
import dev.esmscan.tss.access.TssAccessResolver;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TssAccessResolverTest {
    private static final String BASE = """
            TSS CREATE(D1) TYPE(DEPT) NAME('DEPT')
            TSS CREATE(OWNER) TYPE(USER) NAME('OWNER') DEPT(D1)
            TSS CREATE(U1) TYPE(USER) NAME('U1') DEPT(D1)
            TSS CREATE(P1) TYPE(PROFILE) NAME('P1') DEPT(D1)
            TSS CREATE(P2) TYPE(PROFILE) NAME('P2') DEPT(D1)
            TSS CREATE(G1) TYPE(GROUP) NAME('G1') DEPT(D1)
            TSS ADD(OWNER) IBMFAC(BPX.)
            """;

    private static AccessDecision decide(String extra, String resource, AccessLevel level) {
        SecurityModel m = TssInputs.fromCommands(BASE + extra);
        return new TssAccessResolver(m).decide("U1", "FACILITY", resource, level);
    }

    static Stream<Arguments> decisions() {
        return Stream.of(
                // resource: owned prefix, the user's own permit
                Arguments.of("own exact permit", "TSS PERMIT(U1) IBMFAC(BPX.SERVER) ACCESS(UPDATE)", "BPX.SERVER", AccessLevel.UPDATE, AccessOutcome.GRANTED, "user"),
                Arguments.of("own permit too low", "TSS PERMIT(U1) IBMFAC(BPX.SERVER) ACCESS(READ)", "BPX.SERVER", AccessLevel.UPDATE, AccessOutcome.DENIED, "user"),
                Arguments.of("no permit on an owned resource", "", "BPX.SERVER", AccessLevel.READ, AccessOutcome.DENIED, "none"),
                Arguments.of("prefix permit covers", "TSS PERMIT(U1) IBMFAC(BPX.) ACCESS(READ)", "BPX.JOBNAME", AccessLevel.READ, AccessOutcome.GRANTED, "user"),
                Arguments.of("longest prefix wins over a shorter one", "TSS PERMIT(U1) IBMFAC(BPX.) ACCESS(UPDATE)\nTSS PERMIT(U1) IBMFAC(BPX.SERVER) ACCESS(NONE)",
                        "BPX.SERVER", AccessLevel.READ, AccessOutcome.DENIED, "user"),
                Arguments.of("a longer permit elsewhere does not cover", "TSS PERMIT(U1) IBMFAC(BPX.SERVERX) ACCESS(READ)", "BPX.SERVER", AccessLevel.READ, AccessOutcome.DENIED, "none"),
                // IBMFAC is NOMASK by default (KB 139476): the asterisk is a literal character
                Arguments.of("an asterisk is literal in IBMFAC", "TSS PERMIT(U1) IBMFAC(BPX.SERV*) ACCESS(READ)", "BPX.SERVER", AccessLevel.READ, AccessOutcome.DENIED, "none"),
                Arguments.of("ACCESS(ALL) is ALTER", "TSS PERMIT(U1) IBMFAC(BPX.DAEMON) ACCESS(ALL)", "BPX.DAEMON", AccessLevel.ALTER, AccessOutcome.GRANTED, "user"),
                Arguments.of("the highest of an access list", "TSS PERMIT(U1) IBMFAC(BPX.DAEMON) ACCESS(READ,UPDATE)", "BPX.DAEMON", AccessLevel.UPDATE, AccessOutcome.GRANTED, "user"),
                Arguments.of("no ACCESS and no RDT listing: READ", "TSS PERMIT(U1) IBMFAC(BPX.DAEMON)", "BPX.DAEMON", AccessLevel.READ, AccessOutcome.GRANTED, "user"),
                Arguments.of("no ACCESS and no RDT listing: not UPDATE", "TSS PERMIT(U1) IBMFAC(BPX.DAEMON)", "BPX.DAEMON", AccessLevel.UPDATE, AccessOutcome.DENIED, "user"),
                Arguments.of("no ACCESS with an RDT DEFACC", "TSS REPLACE(RDT) RESCLASS(IBMFAC) DEFACC(UPDATE)\nTSS PERMIT(U1) IBMFAC(BPX.DAEMON)", "BPX.DAEMON", AccessLevel.UPDATE, AccessOutcome.GRANTED, "user"),
                // where permits are searched
                Arguments.of("a profile's permit", "TSS ADD(U1) PROFILE(P1)\nTSS PERMIT(P1) IBMFAC(BPX.SERVER) ACCESS(UPDATE)", "BPX.SERVER", AccessLevel.UPDATE, AccessOutcome.GRANTED, "profile:P1"),
                Arguments.of("the ALL record", "TSS PERMIT(ALL) IBMFAC(BPX.JOBNAME) ACCESS(READ)", "BPX.JOBNAME", AccessLevel.READ, AccessOutcome.GRANTED, "id(*)"),
                // AUTH(OVERRIDE), Top Secret's default (KB 42617): the first record with a covering permit decides
                Arguments.of("OVERRIDE: the user's own prefix READ decides before the profile's exact UPDATE",
                        "TSS ADD(U1) PROFILE(P1)\nTSS PERMIT(U1) IBMFAC(BPX.) ACCESS(READ)\nTSS PERMIT(P1) IBMFAC(BPX.SERVER) ACCESS(UPDATE)",
                        "BPX.SERVER", AccessLevel.UPDATE, AccessOutcome.DENIED, "user"),
                Arguments.of("OVERRIDE: the user's own prefix UPDATE decides before ALL's exact NONE",
                        "TSS PERMIT(U1) IBMFAC(BPX.) ACCESS(UPDATE)\nTSS PERMIT(ALL) IBMFAC(BPX.SERVER) ACCESS(NONE)",
                        "BPX.SERVER", AccessLevel.UPDATE, AccessOutcome.GRANTED, "user"),
                Arguments.of("first profile in attach order under OVERRIDE and MERGE alike",
                        "TSS ADD(U1) PROFILE(P1,P2)\nTSS PERMIT(P1) IBMFAC(BPX.SERVER) ACCESS(UPDATE)\nTSS PERMIT(P2) IBMFAC(BPX.SERVER) ACCESS(READ)",
                        "BPX.SERVER", AccessLevel.UPDATE, AccessOutcome.GRANTED, "profile:P1"),
                // ownership and unowned resources
                Arguments.of("unowned, no RDT listing: not protected", "", "ZWES.IS", AccessLevel.READ, AccessOutcome.NOT_PROTECTED, "no-owner"),
                Arguments.of("unowned in a DEFPROT class: protected, and nothing grants it", "TSS REPLACE(RDT) RESCLASS(IBMFAC) ATTR(DEFPROT)", "ZWES.IS", AccessLevel.READ, AccessOutcome.DENIED, "unowned"),
                Arguments.of("the owner has full access", "TSS ADD(U1) IBMFAC(ZWES.)", "ZWES.IS", AccessLevel.ALTER, AccessOutcome.GRANTED, "owner"),
                Arguments.of("the department of the owner gets nothing", "TSS ADD(D1) IBMFAC(ZWES.)", "ZWES.IS", AccessLevel.READ, AccessOutcome.DENIED, "none"),
                Arguments.of("NORESCHK bypasses", "TSS ADD(U1) NORESCHK", "BPX.SERVER", AccessLevel.UPDATE, AccessOutcome.GRANTED, "attribute:NORESCHK"),
                // modes
                Arguments.of("a permit's ACTION(FAIL) keeps a denial in a WARN facility",
                        "TSS ADD(U1) MASTFAC(ZOWE)\nTSS PERMIT(U1) IBMFAC(BPX.SERVER) ACCESS(NONE) ACTION(FAIL)",
                        "BPX.SERVER", AccessLevel.UPDATE, AccessOutcome.DENIED, "user"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("decisions")
    void decides(String what, String commands, String resource, AccessLevel level, AccessOutcome outcome, String via) {
        AccessDecision d = decide(commands, resource, level);
        assertEquals(outcome, d.outcome(), d.explanation());
        assertEquals(via, d.via(), d.explanation());
        assertFalse(d.explanation().isBlank());
    }

    @Test
    void theExplanationNamesOwnerPermitAndTheDefaultsTaken() {
        AccessDecision d = decide("TSS ADD(U1) PROFILE(P1)\nTSS PERMIT(U1) IBMFAC(BPX.) ACCESS(READ)\nTSS PERMIT(P1) IBMFAC(BPX.SERVER) ACCESS(UPDATE)",
                "BPX.SERVER", AccessLevel.UPDATE);
        assertTrue(d.explanation().startsWith("IBMFAC(BPX.SERVER) owned by OWNER through BPX.; the permit of U1"), d.explanation());
        assertTrue(d.explanation().contains("IBMFAC is NOMASK by default"), d.explanation());
        assertTrue(d.explanation().contains("the permit of U1 IBMFAC(BPX.) ACCESS(READ), which holds 4000 and so does not contain UPDATE(6000)"),
                d.explanation());
        assertTrue(d.explanation().contains("AUTH(OVERRIDE) taken, Top Secret's default"), d.explanation());
        assertTrue(d.explanation().contains("MODE(FAIL) taken"), d.explanation());
    }

    @Test
    void anUndefinedAcidGetsNothingButTheDecisionNamesWhatProtectsTheResource() {
        SecurityModel m = TssInputs.fromCommands(BASE + "TSS PERMIT(ALL) IBMFAC(BPX.SERVER) ACCESS(UPDATE)\n");
        TssAccessResolver r = new TssAccessResolver(m);
        AccessDecision owned = r.decide("NOSUCH", "FACILITY", "BPX.SERVER", AccessLevel.UPDATE);
        assertEquals(AccessOutcome.DENIED, owned.outcome(), "even the ALL record's permit needs a signed-on ACID");
        assertEquals("BPX.SERVER", owned.profile().getName(), "a permit on the resource is what the ACID needs once defined");
        assertFalse(owned.profile().isGeneric());
        assertTrue(owned.explanation().startsWith("ACID NOSUCH is not defined as a user: Top Secret denies it; IBMFAC(BPX.SERVER) owned by OWNER"),
                owned.explanation());
        AccessDecision unowned = r.decide("NOSUCH", "FACILITY", "IRR.RUSERMAP", AccessLevel.READ);
        assertEquals(AccessOutcome.NOT_PROTECTED, unowned.outcome(), unowned.explanation());
        assertTrue(unowned.explanation().startsWith("ACID NOSUCH is not defined as a user, and no ACID owns IBMFAC(IRR.RUSERMAP)"), unowned.explanation());
    }

    @Test
    void aWarnFacilityTurnsADenialIntoWarning() {
        SecurityModel.Builder b = TssInputs.fromCommands(BASE + "TSS ADD(U1) MASTFAC(ZOWE)\n").toBuilder();
        dev.esmscan.tss.data.TssData.of(b).facilityOrCreate("ZOWE").setMode("WARN");
        AccessDecision d = new TssAccessResolver(b.build()).decide("U1", "FACILITY", "BPX.SERVER", AccessLevel.UPDATE);
        assertEquals(AccessOutcome.WARNING, d.outcome(), d.explanation());
        assertTrue(d.explanation().contains("facility ZOWE MODE(WARN)"), d.explanation());
    }

    @Test
    void decidingProfileIsSynthesizedFromOwnershipAndPermits() {
        SecurityModel m = TssInputs.fromCommands(BASE + """
                TSS PERMIT(U1) IBMFAC(BPX.SERVER) ACCESS(UPDATE)
                TSS PERMIT(ALL) IBMFAC(BPX.) ACCESS(READ)
                TSS PERMIT(P1) IBMFAC(BPX.SERVERX) ACCESS(ALL)
                """);
        ResourceProfile p = new TssAccessResolver(m).decidingProfile("FACILITY", "BPX.SERVER");
        assertEquals("FACILITY", p.getClassName());
        assertEquals("BPX.", p.getName());
        assertTrue(p.isGeneric(), "the owned prefix covers more than the resource");
        assertEquals(AccessLevel.NONE, p.getUniversalAccess());
        assertEquals("OWNER", p.getOwner());
        assertEquals(new AccessEntry("*", AccessLevel.READ), p.entryFor("*"));
        assertEquals(new AccessEntry("U1", AccessLevel.UPDATE), p.entryFor("U1"));
        assertEquals(new AccessEntry("OWNER", AccessLevel.ALTER), p.entryFor("OWNER"));
        assertNull(p.entryFor("P1"), "a permit that does not cover the resource is not on the list");
        assertTrue(p.isWarning(), "no input gives the global MODE: taken as WARN for exposure");
    }

    @Test
    void anExactlyOwnedResourceIsDiscreteAndAnUnprotectedOneHasNoProfile() {
        SecurityModel m = TssInputs.fromCommands(BASE + "TSS ADD(OWNER) IBMFAC(ZWES.IS)\n");
        TssAccessResolver r = new TssAccessResolver(m);
        assertFalse(r.decidingProfile("FACILITY", "ZWES.IS").isGeneric());
        assertNull(r.decidingProfile("FACILITY", "IRR.RUSERMAP"));
    }

    @Test
    void startedTasksComeFromTheStcTable() {
        SecurityModel m = TssInputs.fromCommands(BASE + """
                TSS ADD(U1) GROUP(G1) DFLTGRP(G1)
                TSS ADD(STC) PROCNAME(ZWESLSTC) ACID(U1)
                TSS ADD(STC) PROCNAME(DEFAULT) ACID(OWNER)
                """);
        TssAccessResolver r = new TssAccessResolver(m);
        var st = r.startedTask("ZWESLSTC").orElseThrow();
        assertEquals("U1", st.user());
        assertEquals("G1", st.group());
        assertFalse(st.trusted());
        assertEquals("STC table DEFAULT entry", r.startedTask("OTHER").orElseThrow().source());
    }
}
