package dev.esmscan.acf2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.esmscan.acf2.access.Acf2AccessResolver;
import dev.esmscan.model.AccessDecision;
import dev.esmscan.model.AccessLevel;
import dev.esmscan.model.AccessOutcome;
import dev.esmscan.model.ResourceProfile;
import dev.esmscan.model.SecurityModel;
import org.junit.jupiter.api.Test;

/**
 * ACF2 decides as the product does, each rule from both sides: the case where the rule flips the
 * outcome, with the Broadcom source that states it. Sites are built with ACF subcommands on top
 * of the logonids and roles of {@link Acf2AccessResolverTest} (ZWESVUSR holds roles ZWEADMIN and
 * OUTER; OTHER holds none).
 */
class Acf2AccessDecisionsTest {
    private static final String ABORT = "SET CONTROL(GSO)\nINSERT OPTS MODE(ABORT)\n";

    private static AccessDecision decide(String rules, String id, String resource, AccessLevel level) {
        SecurityModel m = Acf2AccessResolverTest.site(rules);
        return new Acf2AccessResolver(m).decide(id, "FACILITY", resource, level);
    }

    // 6. Masked $KEYs. KB 44399: for TEST.TESTNAME2, "$KEY(**************) TYPE(ttt) full key match" is used before
    // "$KEY(TEST) ... qualifier match". Administrator Guide, "Masking Resource Rule Keys": "$KEY(G*******) applies to
    // all resources ... whose names are from one- to eight-characters and begin with G".

    private static final String FULL_KEY = "SET RESOURCE(FAC)\nCOMPILE\n$KEY(**************) TYPE(FAC)\n UID(-) PREVENT\n\nSTORE\n"
            + "RECKEY TEST ADD(- USER(ZWESVUSR) ALLOW)";

    @Test
    void anAsteriskInAKeyMatchesThePeriod() {
        AccessDecision d = decide(FULL_KEY, "ZWESVUSR", "TEST.TESTNAME2", AccessLevel.READ);
        assertEquals(AccessOutcome.DENIED, d.outcome(), d.explanation());
        assertTrue(d.explanation().contains("$KEY(**************) TYPE(FAC) (its $KEY matches the full name)"), d.explanation());
    }

    @Test
    void aNameLongerThanTheMaskedKeyFallsToTheQualifierRule() {
        AccessDecision d = decide(FULL_KEY, "ZWESVUSR", "TEST.TESTNAME23", AccessLevel.READ);
        assertEquals(AccessOutcome.GRANTED, d.outcome(), d.explanation());
    }

    @Test
    void trailingAsterisksAlsoMatchNothing() {
        String rules = "SET RESOURCE(FAC)\nCOMPILE\n$KEY(G*******) TYPE(FAC)\n USER(ZWESVUSR) ALLOW\n\nSTORE";
        assertEquals(AccessOutcome.GRANTED, decide(rules, "ZWESVUSR", "G", AccessLevel.READ).outcome());
        assertEquals(AccessOutcome.GRANTED, decide(rules, "ZWESVUSR", "GETTHIS8", AccessLevel.READ).outcome());
        assertEquals(AccessOutcome.DENIED, decide(rules, "ZWESVUSR", "GETTHIS9X", AccessLevel.READ).outcome());
    }

    @Test
    void aDashInAKeyIsLiteral() {
        // Administrator Guide, "Masking Resource Rule Keys": "dashes are treated literally as characters and not a mask".
        AccessDecision d = decide(ABORT + "SET RESOURCE(FAC)\nRECKEY IRR ADD(RUSERMAP USER(ZWESVUSR) SERVICE(READ) ALLOW)\n"
                + "RECKEY - ADD(UID(-) PREVENT)", "ZWESVUSR", "IRR.RUSERMAP", AccessLevel.READ);
        assertEquals(AccessOutcome.GRANTED, d.outcome(), d.explanation());
    }

    // 7. UID masks. KB 232677: "Blanks are treated like any other characters and would need to be accounted for in the
    // UID string in rule entries using an actual blank or '*'"; Administrator Guide, "Masking the User Identification
    // String": "asterisks indicate a one-to-one substitution of any character, including a blank", the UID padded to 24.

    @Test
    void anAsteriskMatchesTheBlankPaddingOfTheUidString() {
        AccessDecision d = decide("SET RESOURCE(FAC)\nRECKEY BPX ADD(DAEMON UID(ZWESVUSR****) SERVICE(UPDATE) ALLOW)",
                "ZWESVUSR", "BPX.DAEMON", AccessLevel.UPDATE);
        assertEquals(AccessOutcome.GRANTED, d.outcome(), d.explanation());
    }

    @Test
    void aLiteralBeyondTheUidStringDoesNotMatchThePadding() {
        AccessDecision d = decide("SET RESOURCE(FAC)\nRECKEY BPX ADD(DAEMON UID(ZWESVUSRX***) SERVICE(UPDATE) ALLOW)",
                "ZWESVUSR", "BPX.DAEMON", AccessLevel.UPDATE);
        assertEquals(AccessOutcome.DENIED, d.outcome(), d.explanation());
    }

    @Test
    void maskedUidsSortByTheirLiteralCharacters() {
        // Same page: "You could change rule number two to UID(C****TLCAMS) ... Then CA ACF2 sorts it before the old rule
        // number one [UID(C)]."
        String rules = "SET RESOURCE(FAC)\nRECKEY BPX ADD(SERVER UID(Z) SERVICE(UPDATE) PREVENT)\n"
                + "RECKEY BPX ADD(SERVER UID(Z****USR) SERVICE(UPDATE) ALLOW)";
        AccessDecision d = decide(rules, "ZWESVUSR", "BPX.SERVER", AccessLevel.UPDATE);
        assertEquals(AccessOutcome.GRANTED, d.outcome(), d.explanation());
        assertEquals("uid:Z****USR", d.via());
    }

    @Test
    void aUidMaskThatDoesNotMatchLeavesTheShorterMaskToDecide() {
        String rules = "SET RESOURCE(FAC)\nRECKEY BPX ADD(SERVER UID(Z) SERVICE(UPDATE) PREVENT)\n"
                + "RECKEY BPX ADD(SERVER UID(Z****XXX) SERVICE(UPDATE) ALLOW)";
        assertEquals(AccessOutcome.DENIED, decide(rules, "ZWESVUSR", "BPX.SERVER", AccessLevel.UPDATE).outcome());
    }

    // 8. $ROLESET catch-alls. KB 130517 (the compiler sorts USER(-) after the other lines); Option for DB2, "Using
    // NEXTKEYs With $ROLESET Rules": "ROLE(-) will also match for logonids that have no roles".

    private static String roleset(String... lines) {
        return "SET RESOURCE(FAC)\nCOMPILE\n$KEY(BPX) TYPE(FAC)\n$ROLESET\n " + String.join("\n ", lines) + "\n\nSTORE";
    }

    @Test
    void userDashMatchesEveryLogonid() {
        AccessDecision d = decide(roleset("SERVER USER(-) SERVICE(UPDATE) ALLOW"), "OTHER", "BPX.SERVER", AccessLevel.UPDATE);
        assertEquals(AccessOutcome.GRANTED, d.outcome(), d.explanation());
        assertEquals("id(*)", d.via(), "USER(-) is a line for everyone");
    }

    @Test
    void userDashSortsAfterTheLinesForOneLogonid() {
        String rules = roleset("SERVER USER(-) SERVICE(UPDATE) PREVENT", "SERVER USER(ZWESVUSR) SERVICE(UPDATE) ALLOW");
        assertEquals(AccessOutcome.GRANTED, decide(rules, "ZWESVUSR", "BPX.SERVER", AccessLevel.UPDATE).outcome());
        assertEquals(AccessOutcome.DENIED, decide(rules, "OTHER", "BPX.SERVER", AccessLevel.UPDATE).outcome());
    }

    @Test
    void roleDashMatchesALogonidWithoutRoles() {
        AccessDecision d = decide(roleset("SERVER ROLE(-) SERVICE(UPDATE) ALLOW"), "OTHER", "BPX.SERVER", AccessLevel.UPDATE);
        assertEquals(AccessOutcome.GRANTED, d.outcome(), d.explanation());
        assertTrue(d.explanation().contains("OTHER holds no role"), d.explanation());
    }

    @Test
    void aNamedRoleDoesNotMatchALogonidWithoutRoles() {
        assertEquals(AccessOutcome.DENIED,
                decide(roleset("SERVER ROLE(ZWEADMIN) SERVICE(UPDATE) ALLOW"), "OTHER", "BPX.SERVER", AccessLevel.UPDATE).outcome());
    }

    // 9. NEXTKEY. Option for DB2, "NEXTKEY": "validation is directed to the rule set specified in the NEXTKEY option only
    // when access based on the current rule entry is prevented. Validation of the access continues with the evaluation
    // of the alternate resource rule set."

    private static final String NEXT = "SET RESOURCE(FAC)\nCOMPILE\n$KEY(BPXNEXT) TYPE(FAC)\n UID(ZWESVUSR) SERVICE(UPDATE) ALLOW\n"
            + " UID(-) PREVENT\n\nSTORE\n";

    @Test
    void aPreventWithNextkeyContinuesWithTheNamedRuleSet() {
        String rules = NEXT + "RECKEY BPX ADD(SERVER UID(-) SERVICE(UPDATE) PREVENT NEXTKEY(BPXNEXT))";
        AccessDecision d = decide(rules, "ZWESVUSR", "BPX.SERVER", AccessLevel.UPDATE);
        assertEquals(AccessOutcome.GRANTED, d.outcome(), d.explanation());
        assertTrue(d.explanation().contains("validation goes on with $KEY(BPXNEXT) TYPE(FAC)"), d.explanation());
        assertEquals(AccessOutcome.DENIED, decide(rules, "OTHER", "BPX.SERVER", AccessLevel.UPDATE).outcome());
    }

    @Test
    void anAllowWithNextkeyAllows() {
        String rules = NEXT + "RECKEY BPX ADD(SERVER UID(OTHER) SERVICE(UPDATE) ALLOW NEXTKEY(BPXNEXT))";
        AccessDecision d = decide(rules, "OTHER", "BPX.SERVER", AccessLevel.UPDATE);
        assertEquals(AccessOutcome.GRANTED, d.outcome(), d.explanation());
    }

    @Test
    void aNextkeyChainGivesTheExposureProfileItsHolders() {
        SecurityModel m = Acf2AccessResolverTest.site(ABORT + "SET RESOURCE(FAC)\nCOMPILE\n$KEY(BPXNEXT) TYPE(FAC)\n UID(-) SERVICE(READ) ALLOW\n\nSTORE\n"
                + "RECKEY BPX ADD(SERVER UID(-) PREVENT NEXTKEY(BPXNEXT))");
        ResourceProfile p = new Acf2AccessResolver(m).decidingProfile("FACILITY", "BPX.SERVER");
        assertEquals(AccessLevel.READ, p.entryFor("*").level(), "everyone reaches READ through the chain");
    }

    // 10. MODE. Implementation Planning Guide, "Using RULE Mode": "In RULE mode, CA ACF2 ... verifies the access based
    // upon the value specified in the $MODE control statement."

    private static final String WARN_RULE = "SET RESOURCE(FAC)\nCOMPILE\n$KEY(BPX) TYPE(FAC) $MODE(WARN)\n SERVER UID(SYS1) ALLOW\n\nSTORE";

    @Test
    void aRulesModeIsHonouredUnderModeRule() {
        AccessDecision d = decide("SET CONTROL(GSO)\nINSERT OPTS MODE(RULE)\n" + WARN_RULE, "ZWESVUSR", "BPX.SERVER", AccessLevel.UPDATE);
        assertEquals(AccessOutcome.WARNING, d.outcome(), d.explanation());
    }

    @Test
    void underModeAbortADenialIsADenial() {
        AccessDecision d = decide(ABORT + WARN_RULE, "ZWESVUSR", "BPX.SERVER", AccessLevel.UPDATE);
        assertEquals(AccessOutcome.DENIED, d.outcome(), d.explanation());
        assertTrue(d.explanation().contains("$MODE(WARN) is honoured only under MODE(RULE)"), d.explanation());
        assertFalse(new Acf2AccessResolver(Acf2AccessResolverTest.site(ABORT + WARN_RULE)).decidingProfile("FACILITY", "BPX.SERVER").isWarning());
    }

    @Test
    void withoutAnOptsRecordTheExposureProfileTakesTheLenientReading() {
        ResourceProfile p = new Acf2AccessResolver(Acf2AccessResolverTest.site("SET RESOURCE(FAC)\nRECKEY BPX ADD(SERVER UID(SYS1) ALLOW)"))
                .decidingProfile("FACILITY", "BPX.SERVER");
        assertTrue(p.isWarning());
        assertTrue(p.getWarningReason().contains("taken conservatively for this exposure check"), p.getWarningReason());
    }

    // 11. NO-RULE. KB 264349: a request no rule set covers is logged as a "NO-RULE" violation.

    @Test
    void noRuleSetFailsTheRequestAndTheExplanationAgrees() {
        AccessDecision d = decide(ABORT, "ZWESVUSR", "IRR.RAUDITX", AccessLevel.READ);
        assertEquals(AccessOutcome.DENIED, d.outcome(), d.explanation());
        assertTrue(d.explanation().contains("ACF2 fails the request (a NO-RULE violation)"), d.explanation());
        assertFalse(d.profile().isBaseRecordSeen(), "no rule set exists: a fix writes one");
        assertNull(new Acf2AccessResolver(Acf2AccessResolverTest.site(ABORT)).decidingProfile("FACILITY", "IRR.RAUDITX"),
                "under ABORT nothing opens a resource no rule covers");
    }

    @Test
    void noRuleUnderAWarnSystemModeIsLetThrough() {
        AccessDecision d = decide("SET CONTROL(GSO)\nINSERT OPTS MODE(WARN)\n", "ZWESVUSR", "IRR.RAUDITX", AccessLevel.READ);
        assertEquals(AccessOutcome.WARNING, d.outcome(), d.explanation());
        ResourceProfile p = new Acf2AccessResolver(Acf2AccessResolverTest.site("SET CONTROL(GSO)\nINSERT OPTS MODE(WARN)\n"))
                .decidingProfile("FACILITY", "IRR.RAUDITX");
        assertTrue(p.isWarning(), "every user gets through a NO-RULE check in WARN mode");
    }

    // RULEOPTS. Administrator Guide, "How ACF2 Sorts Rules": "place a $NOSORT control statement in the rule set and specify
    // $NOSORT in the RULEOPTS record to prevent the compiler from sorting the rule entries".

    private static final String NOSORT = "SET RESOURCE(FAC)\nCOMPILE\n$KEY(BPX) TYPE(FAC)\n$NOSORT\n - UID(-) PREVENT\n"
            + " JOBNAME USER(ZWESVUSR) SERVICE(READ) ALLOW\n\nSTORE";

    @Test
    void nosortIsHonouredWhenRuleoptsAllowsIt() {
        AccessDecision d = decide("SET CONTROL(GSO)\nINSERT RULEOPTS RESNOSRT\n" + NOSORT, "ZWESVUSR", "BPX.JOBNAME", AccessLevel.READ);
        assertEquals(AccessOutcome.DENIED, d.outcome(), d.explanation());
    }

    @Test
    void nosortIsIgnoredWhenRuleoptsDoesNotAllowIt() {
        AccessDecision d = decide("SET CONTROL(GSO)\nINSERT RULEOPTS CENTRAL\n" + NOSORT, "ZWESVUSR", "BPX.JOBNAME", AccessLevel.READ);
        assertEquals(AccessOutcome.GRANTED, d.outcome(), d.explanation());
        assertTrue(d.explanation().contains("GSO RULEOPTS does not allow it"), d.explanation());
    }
}
