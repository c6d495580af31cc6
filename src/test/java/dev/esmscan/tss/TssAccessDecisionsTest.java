package dev.esmscan.tss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.esmscan.input.ReadStats;
import dev.esmscan.model.AccessDecision;
import dev.esmscan.model.AccessLevel;
import dev.esmscan.model.AccessOutcome;
import dev.esmscan.model.ResourceProfile;
import dev.esmscan.model.SecurityModel;
import dev.esmscan.tss.access.TssAccessResolver;
import dev.esmscan.tss.command.TssCommands;
import dev.esmscan.tss.command.TssObservation;
import dev.esmscan.tss.data.TssData;
import dev.esmscan.tss.data.TssPermit;
import dev.esmscan.tss.read.TssOutputReader;
import dev.esmscan.tss.read.TssParameterFileReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Top Secret decides as the product does, each rule from both sides: the case where the rule
 * flips the outcome, with the Broadcom source that states it. Sites are built from Top Secret
 * output (RDT listings, facility and MODIFY STATUS displays), the parameter file, then commands.
 */
class TssAccessDecisionsTest {
    private static final String PEOPLE = """
            TSS CREATE(D1) TYPE(DEPT) NAME('DEPT')
            TSS CREATE(OWNER) TYPE(USER) NAME('OWNER') DEPT(D1)
            TSS CREATE(U1) TYPE(USER) NAME('U1') DEPT(D1)
            TSS CREATE(U2) TYPE(USER) NAME('U2') DEPT(D1)
            TSS CREATE(P1) TYPE(PROFILE) NAME('P1') DEPT(D1)
            TSS CREATE(G1) TYPE(GROUP) NAME('G1') DEPT(D1)
            TSS ADD(OWNER) IBMFAC(BPX.)
            """;

    /** IBMFAC as KB 139476 lists it, with the attribute words given. */
    private static String ibmfac(String attributes) {
        return """
                  TSS LIST(RDT) RESCLASS(IBMFAC)
                  RESOURCE CLASS = IBMFAC
                   RESOURCE CODE = X'066'
                       ATTRIBUTE = %s,MAXOWN(44),MAXPERMIT(064)
                          ACCESS = NONE(0000),CONTROL(0400),UPDATE(6000),READ(4000)
                          ACCESS = WRITE(2000),ALL(FFFF)
                          DEFACC = READ
                TSS0300I  LIST     FUNCTION SUCCESSFUL
                """.formatted(attributes);
    }

    static SecurityModel site(String output, String parms, String commands) {
        try {
            SecurityModel.Builder b = SecurityModel.builder();
            if (output != null) {
                Path f = Files.createTempFile("tss-output", ".txt");
                Files.writeString(f, output);
                ReadStats s = new TssOutputReader().read(f, b);
                assertEquals(0, s.errors(), s.problems().toString());
                Files.delete(f);
            }
            if (parms != null) {
                Path f = Files.createTempFile("tssparms", ".txt");
                Files.writeString(f, parms);
                ReadStats s = new TssParameterFileReader().read(f, b);
                assertEquals(0, s.errors(), s.problems().toString());
                Files.delete(f);
            }
            List<String> refused = TssCommands.applyTo(b, PEOPLE + commands).stream()
                    .filter(o -> !o.kind().equals(TssObservation.LISTING) && !o.kind().equals(TssObservation.NO_EFFECT)
                            && !o.kind().equals(TssObservation.COMMENT) && !o.kind().equals(TssObservation.ASSUMPTION))
                    .map(TssObservation::message).toList();
            assertEquals(List.of(), refused);
            return b.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static AccessDecision decide(SecurityModel m, String resource, AccessLevel level) {
        return new TssAccessResolver(m).decide("U1", "FACILITY", resource, level);
    }

    // 1. AUTH. KB 42617: "OVERRIDE searches user, then the profiles and then the All record in order. Once it finds a
    // permit it stops the search. MERGE merges all PERMITs ... Then picks the PERMIT that best matches."

    private static final String USER_PREFIX_PROFILE_EXACT = """
            TSS ADD(U1) PROFILE(P1)
            TSS PERMIT(U1) IBMFAC(BPX.) ACCESS(UPDATE)
            TSS PERMIT(P1) IBMFAC(BPX.SERVER) ACCESS(READ)
            """;

    @Test
    void authOverrideIsTheDefaultAndStopsAtTheUsersOwnPermit() {
        AccessDecision d = decide(site(null, null, USER_PREFIX_PROFILE_EXACT), "BPX.SERVER", AccessLevel.UPDATE);
        assertEquals(AccessOutcome.GRANTED, d.outcome(), d.explanation());
        assertEquals("user", d.via());
        assertTrue(d.explanation().contains("AUTH(OVERRIDE) taken, Top Secret's default"), d.explanation());
    }

    @Test
    void authMergeTakesTheMostSpecificPermitOfAll() {
        AccessDecision d = decide(site(null, "AUTH(MERGE,ALLMERGE)\n", USER_PREFIX_PROFILE_EXACT), "BPX.SERVER", AccessLevel.UPDATE);
        assertEquals(AccessOutcome.DENIED, d.outcome(), d.explanation());
        assertEquals("profile:P1", d.via());
        assertTrue(d.explanation().contains("AUTH(MERGE,ALLMERGE) (TSSPARMS line 1)"), d.explanation());
    }

    @Test
    void theRdtMergeAttributeOverridesAuthOverride() {
        // Command Functions, "ATTR Keyword with the RDT": MERGE "Overrides the AUTH control option and uses the MERGE
        // algorithm to determine the processing record for security validation of this RESCLASS".
        SecurityModel m = site(ibmfac("NOMASK,MERGE"), "AUTH(OVERRIDE,ALLOVER)\n", USER_PREFIX_PROFILE_EXACT);
        AccessDecision d = decide(m, "BPX.SERVER", AccessLevel.UPDATE);
        assertEquals(AccessOutcome.DENIED, d.outcome(), d.explanation());
        assertTrue(d.explanation().contains("the RDT gives IBMFAC MERGE (or ALLMERGE), which overrides the AUTH control option"), d.explanation());
    }

    @Test
    void underMergeAccessNoneWinsAmongEquallySpecificPermits() {
        // KB 190549: "When multiple matching permits are found with the same length resource, ACCESS(NONE) overrides".
        SecurityModel m = site(null, "AUTH(MERGE)\n", """
                TSS ADD(U1) PROFILE(P1)
                TSS PERMIT(U1) IBMFAC(BPX.SERVER) ACCESS(UPDATE)
                TSS PERMIT(P1) IBMFAC(BPX.SERVER) ACCESS(NONE)
                """);
        assertEquals(AccessOutcome.DENIED, decide(m, "BPX.SERVER", AccessLevel.READ).outcome());
    }

    // 2. MASK / NOMASK. KB 139476: "The IBMFAC Resource is defined by Default as NOMASK ... the * would be looked at as
    // a literal and not a masking character."

    @Test
    void anAsteriskIsLiteralInIbmfacByDefault() {
        AccessDecision d = decide(site(null, null, "TSS PERMIT(U1) IBMFAC(BPX.SERV*) ACCESS(READ)"), "BPX.SERVER", AccessLevel.READ);
        assertEquals(AccessOutcome.DENIED, d.outcome(), d.explanation());
        assertTrue(d.explanation().contains("IBMFAC is NOMASK by default"), d.explanation());
    }

    @Test
    void anAsteriskMasksInAMaskClass() {
        AccessDecision d = decide(site(ibmfac("MASK"), null, "TSS PERMIT(U1) IBMFAC(BPX.SERV*) ACCESS(READ)"), "BPX.SERVER", AccessLevel.READ);
        assertEquals(AccessOutcome.GRANTED, d.outcome(), d.explanation());
        assertTrue(d.explanation().contains("the RDT lists IBMFAC MASK"), d.explanation());
    }

    @Test
    void aMaskedIndexLevelMayVanishAndAMaskIsAPrefix() {
        // Implementation Guide, "Masking": "SAL.*.ABC would match SAL.BCKUP.ABC, SAL.ABC, and SAL.US.REC.ABC";
        // User Guide, "Masking": "A masked resource name is treated ... like a generic prefix".
        SecurityModel m = site(ibmfac("MASK"), null, "TSS PERMIT(U1) IBMFAC(BPX.*.ABC) ACCESS(READ)");
        assertEquals(AccessOutcome.GRANTED, decide(m, "BPX.ABC", AccessLevel.READ).outcome());
        assertEquals(AccessOutcome.GRANTED, decide(m, "BPX.US.REC.ABC", AccessLevel.READ).outcome());
        assertEquals(AccessOutcome.GRANTED, decide(m, "BPX.BCKUP.ABC.X", AccessLevel.READ).outcome());
        assertEquals(AccessOutcome.DENIED, decide(m, "BPX.ABD", AccessLevel.READ).outcome());
    }

    @Test
    void anAsteriskStandsForAtMostEightCharacters() {
        // KB 32413: "The Masking Character ASTERISK (*) stands for any 0-8 characters."
        SecurityModel m = site(ibmfac("MASK"), null, "TSS PERMIT(U1) IBMFAC(BPX.*.END) ACCESS(READ)");
        assertEquals(AccessOutcome.GRANTED, decide(m, "BPX.EIGHTCHR.END", AccessLevel.READ).outcome());
        assertEquals(AccessOutcome.DENIED, decide(m, "BPX.NINECHARS.END", AccessLevel.READ).outcome());
    }

    @Test
    void aPercentSignInAnAllRecordPermitIsTheRequester() {
        // Implementation Guide, "Masking": "using ACCT.%.ABC, USER01 could access ACCT.USER01.ABC but not ACCT.USER02.ABC".
        SecurityModel m = site(ibmfac("MASK"), null, "TSS PERMIT(ALL) IBMFAC(BPX.%.HOME) ACCESS(READ)");
        assertEquals(AccessOutcome.GRANTED, decide(m, "BPX.U1.HOME", AccessLevel.READ).outcome());
        assertEquals(AccessOutcome.DENIED, decide(m, "BPX.U2.HOME", AccessLevel.READ).outcome());
    }

    @Test
    void aClassWithoutDocumentedMaskingTakesTheReadingThatGrantsLess() {
        SecurityModel m = site(null, null, "TSS ADD(OWNER) ZOWE(APIML.)\nTSS PERMIT(U1) ZOWE(APIML.) ACCESS(READ)\n"
                + "TSS PERMIT(U1) ZOWE(APIML.SERV*) ACCESS(NONE)");
        AccessDecision d = new TssAccessResolver(m).decide("U1", "ZOWE", "APIML.SERVICES", AccessLevel.READ);
        assertEquals(AccessOutcome.DENIED, d.outcome(), d.explanation());
        assertTrue(d.explanation().contains("the reading that grants less is taken"), d.explanation());
    }

    // 3. Access level bits. KB 222146: "the CONTROL access level (whose hex value is 0400) does not imply the READ (hex
    // value of 4000) access levels. The UPDATE (hex 6000) access level does encompass READ + WRITE".

    @Test
    void controlDoesNotContainRead() {
        AccessDecision d = decide(site(null, null, "TSS PERMIT(U1) IBMFAC(BPX.DAEMON) ACCESS(CONTROL)"), "BPX.DAEMON", AccessLevel.READ);
        assertEquals(AccessOutcome.DENIED, d.outcome(), d.explanation());
        assertTrue(d.explanation().contains("holds 0400 and so does not contain READ(4000)"), d.explanation());
    }

    @Test
    void updateContainsRead() {
        AccessDecision d = decide(site(null, null, "TSS PERMIT(U1) IBMFAC(BPX.DAEMON) ACCESS(UPDATE)"), "BPX.DAEMON", AccessLevel.READ);
        assertEquals(AccessOutcome.GRANTED, d.outcome(), d.explanation());
    }

    @Test
    void theRdtsOwnBitsDecide() {
        // KB 19851: $CHGMAN lists UPDATE(8000), which does not imply READ(4000).
        SecurityModel m = site("""
                RESOURCE CLASS = IBMFAC
                 RESOURCE CODE = X'066'
                     ATTRIBUTE = NOMASK,MAXOWN(44),MAXPERMIT(064)
                        ACCESS = READ(4000),NONE(0000),UPDATE(8000),WRITE(2000),ALL(FFFF)
                        DEFACC = READ
                """, null, "TSS PERMIT(U1) IBMFAC(BPX.DAEMON) ACCESS(UPDATE)");
        assertEquals(AccessOutcome.DENIED, decide(m, "BPX.DAEMON", AccessLevel.READ).outcome());
        assertEquals(AccessOutcome.GRANTED, decide(m, "BPX.DAEMON", AccessLevel.UPDATE).outcome());
    }

    // 4. NORES. KB 5323: "NORES on a FACILITY means permits for maskable resources will not be loaded ... Without RES
    // on the facility, security checks against these resource classes will fail."

    private static String facility(String res) {
        return """
                  TSS MODIFY(FAC(ZOWE))
                TSS9550I FACILITY DISPLAY FOR ZOWE
                TSS9552I ATTRIBUTES=NOPROMPT,NOAUDIT,%s,WARNPW,NOTSOC,LCFTRANS
                TSS9553I MODE=FAIL  DOWN=GLOBAL  LOGGING=INIT,SMF,MSG,SEC9
                TSS0300I  MODIFY   FUNCTION SUCCESSFUL
                """.formatted(res);
    }

    @Test
    void aNoresFacilityFailsChecksInAMaskableClass() {
        SecurityModel m = site(ibmfac("MASK") + facility("NORES"), null, "TSS ADD(U1) MASTFAC(ZOWE)\nTSS PERMIT(U1) IBMFAC(BPX.SERVER) ACCESS(READ)");
        AccessDecision d = decide(m, "BPX.SERVER", AccessLevel.READ);
        assertEquals(AccessOutcome.DENIED, d.outcome(), d.explanation());
        assertTrue(d.explanation().contains("facility ZOWE is NORES"), d.explanation());
    }

    @Test
    void aResFacilityLoadsThePermit() {
        SecurityModel m = site(ibmfac("MASK") + facility("RES"), null, "TSS ADD(U1) MASTFAC(ZOWE)\nTSS PERMIT(U1) IBMFAC(BPX.SERVER) ACCESS(READ)");
        assertEquals(AccessOutcome.GRANTED, decide(m, "BPX.SERVER", AccessLevel.READ).outcome());
    }

    @Test
    void noresDoesNotTouchANomaskClass() {
        SecurityModel m = site(ibmfac("NOMASK") + facility("NORES"), null, "TSS ADD(U1) MASTFAC(ZOWE)\nTSS PERMIT(U1) IBMFAC(BPX.SERVER) ACCESS(READ)");
        assertEquals(AccessOutcome.GRANTED, decide(m, "BPX.SERVER", AccessLevel.READ).outcome());
    }

    // 5. Ownership before permission. Command Functions, PERMIT: "A resource must be owned before access can be
    // permitted"; "When DEFPROT is applied ... in order to grant access under DEFPROT, the administrator must still own
    // and permit the resources".

    @Test
    void aPermitToAnUnownedResourceOfADefprotClassGrantsNothing() {
        SecurityModel.Builder b = site(ibmfac("NOMASK,DEFPROT"), null, "").toBuilder();
        TssData.of(b).acidOrCreate("U1").permits().add(new TssPermit("IBMFAC", "ZWES.IS", List.of("READ"), null));
        AccessDecision d = decide(b.build(), "ZWES.IS", AccessLevel.READ);
        assertEquals(AccessOutcome.DENIED, d.outcome(), d.explanation());
        assertEquals("unowned", d.via());
        assertFalse(d.profile().isBaseRecordSeen(), "no record protects the resource: a fix must own it first");
    }

    @Test
    void onceOwnedThePermitGrants() {
        SecurityModel m = site(ibmfac("NOMASK,DEFPROT"), null, "TSS ADD(OWNER) IBMFAC(ZWES.)\nTSS PERMIT(U1) IBMFAC(ZWES.IS) ACCESS(READ)");
        assertEquals(AccessOutcome.GRANTED, decide(m, "ZWES.IS", AccessLevel.READ).outcome());
    }

    @Test
    void theInterpreterRefusesAPermitOfAnUnownedResource() {
        SecurityModel.Builder b = SecurityModel.builder();
        List<String> refused = refusals(TssCommands.applyTo(b, PEOPLE + "TSS PERMIT(U1) IBMFAC(IRR.RUSERMAP) ACCESS(READ)\n"));
        assertEquals(1, refused.size(), refused.toString());
        assertTrue(refused.get(0).contains("a resource must be owned before access can be permitted"), refused.get(0));
        assertTrue(TssData.of(b).acid("U1").orElseThrow().permits().isEmpty());
        assertEquals(List.of(), refusals(TssCommands.applyTo(b, "TSS PERMIT(U1) IBMFAC(BPX.SERVER) ACCESS(READ)\n")), "BPX. is owned");
    }

    @Test
    void theInterpreterRefusesAPermitToAGroup() {
        // Implementation Guide, "Resource Ownership": "only users and profiles can be authorized (with TSS PERMIT)";
        // Command Functions, PERMIT: "Resources may not be permitted to department or division ACIDs."
        SecurityModel.Builder b = SecurityModel.builder();
        List<String> refused = refusals(TssCommands.applyTo(b, PEOPLE + "TSS PERMIT(G1) IBMFAC(BPX.SERVER) ACCESS(READ)\n"
                + "TSS PERMIT(D1) IBMFAC(BPX.SERVER) ACCESS(READ)\nTSS PERMIT(P1) IBMFAC(BPX.SERVER) ACCESS(READ)\n"));
        assertEquals(2, refused.size(), refused.toString());
        assertTrue(refused.get(0).contains("G1 is TYPE(GROUP)"), refused.get(0));
        assertTrue(refused.get(1).contains("D1 is TYPE(DEPT)"), refused.get(1));
    }

    @Test
    void aPermitAGroupHoldsInAListingReachesNoMember() {
        SecurityModel.Builder b = site(null, null, "TSS ADD(U1) GROUP(G1)").toBuilder();
        TssData.of(b).acidOrCreate("G1").permits().add(new TssPermit("IBMFAC", "BPX.SERVER", List.of("UPDATE"), null));
        assertEquals(AccessOutcome.DENIED, decide(b.build(), "BPX.SERVER", AccessLevel.UPDATE).outcome());
    }

    // Modes. Interfaces Guide, "Modes of Operation": global MODE(WARN), FACILITY(x=MODE=..), TSS PERMIT(USER01) MODE(FAIL);
    // Control Options Guide, "Hierarchy of Entry Methods": "The TSS commands that specify settings for a specific user
    // override any similar control option for that user."

    @Test
    void aGlobalWarnModeLetsADenialThroughAsAWarning() {
        AccessDecision d = decide(site(null, "MODE(WARN)\n", ""), "BPX.SERVER", AccessLevel.READ);
        assertEquals(AccessOutcome.WARNING, d.outcome(), d.explanation());
        assertTrue(d.explanation().contains("the global MODE(WARN) (TSSPARMS line 1)"), d.explanation());
    }

    @Test
    void anAcidsOwnModeOverridesTheGlobalMode() {
        SecurityModel.Builder b = site(null, "MODE(WARN)\n", "").toBuilder();
        TssData.of(b).acidOrCreate("U1").permits().add(new TssPermit("MODE", "FAIL", List.of(), null));
        AccessDecision d = decide(b.build(), "BPX.SERVER", AccessLevel.READ);
        assertEquals(AccessOutcome.DENIED, d.outcome(), d.explanation());
    }

    @Test
    void withoutAGlobalModeTheExposureProfileIsTakenAsWarning() {
        ResourceProfile p = new TssAccessResolver(site(null, null, "")).decidingProfile("FACILITY", "BPX.SERVER");
        assertTrue(p.isWarning());
        assertTrue(p.getWarningReason().contains("taken conservatively for this exposure check"), p.getWarningReason());
        ResourceProfile fail = new TssAccessResolver(site(null, "MODE(FAIL)\n", "")).decidingProfile("FACILITY", "BPX.SERVER");
        assertFalse(fail.isWarning());
        assertNull(fail.getWarningReason());
    }

    @Test
    void aModifyStatusDisplayGivesAuthAndMode() {
        SecurityModel m = site("""
                  TSS MODIFY STATUS
                TSS9701I AUTH=MERGE,ALLMERGE
                TSS9702I MODE=FAIL  DOWN=BW,SB,TW,OW
                TSS0300I  MODIFY   FUNCTION SUCCESSFUL
                """, null, USER_PREFIX_PROFILE_EXACT);
        TssData d = TssData.of(m).orElseThrow();
        assertEquals("MERGE,ALLMERGE", d.controlOptions().auth());
        assertEquals("FAIL", d.controlOptions().mode());
        assertEquals(AccessOutcome.DENIED, decide(m, "BPX.SERVER", AccessLevel.UPDATE).outcome());
    }

    private static List<String> refusals(List<TssObservation> observations) {
        return observations.stream().filter(o -> o.kind().equals(TssObservation.REFUSED)).map(TssObservation::message).toList();
    }
}
