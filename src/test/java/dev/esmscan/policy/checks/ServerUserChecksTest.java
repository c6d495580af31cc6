package dev.esmscan.policy.checks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.esmscan.config.SiteSettings;
import dev.esmscan.model.SecurityModel;
import dev.esmscan.model.User;
import dev.esmscan.policy.Check;
import dev.esmscan.racf.command.RacfCommands;
import dev.esmscan.remediation.Intent;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The server-user checks on models built from RACF commands. */
class ServerUserChecksTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 1, 15);

    private static SecurityModel model(String commands) {
        RacfCommands.Result r = RacfCommands.apply(SecurityModel.builder().build(),
                "ADDGROUP ZWEADMIN OMVS(AUTOGID)\nADDGROUP SYS1\nADDUSER ZWESVUSR NOPASSWORD DFLTGRP(ZWEADMIN) OMVS(AUTOUID HOME(/tmp) PROGRAM(/bin/sh))\n"
                        + commands);
        assertEquals(List.of(), r.problems());
        return r.model();
    }

    private static User zwesvusr(SecurityModel m) {
        return m.user("ZWESVUSR").orElseThrow();
    }

    @Test
    void theServerUsersAreNamedOnceEach() {
        assertEquals(List.of("ZWESVUSR", "ZWESIUSR"), ServerUsers.of(SiteSettings.defaults()));
        assertEquals(List.of("ZOWE"), ServerUsers.of(SiteSettings.builder().stcUser("ZOWE").zisUser("ZOWE").build()));
    }

    @Test
    void aMissingUserIsDefinedAsTheSeedDoesAndConnectedToASeparateAdminGroup() {
        assertArrayEquals(new Intent[] {new Intent.DefineUser("ZWESIUSR", "ZWEADMIN", "/tmp", "/bin/sh")},
                ServerUsers.define("ZWESIUSR", SiteSettings.defaults()));
        assertArrayEquals(new Intent[] {new Intent.DefineUser("ZWESIUSR", "STCGRP", "/tmp", "/bin/sh"), new Intent.Connect("ZWESIUSR", "ZWEADMIN")},
                ServerUsers.define("ZWESIUSR", SiteSettings.builder().stcGroup("STCGRP").build()));
    }

    @Test
    void aProtectedUserPassesAndAPasswordOrPhraseFailsWithoutAFix() {
        assertTrue(LogonProtection.check(zwesvusr(model("")), "RACF").passed());
        Check password = LogonProtection.check(zwesvusr(model("ALTUSER ZWESVUSR PASSWORD(SECRET)")), "RACF");
        assertFalse(password.passed());
        assertEquals(List.of(), password.fixes());
        assertTrue(password.evidence().contains("issue ALTUSER ZWESVUSR NOPASSWORD NOPHRASE"), password.evidence());
        Check phrase = LogonProtection.check(zwesvusr(model("ALTUSER ZWESVUSR PHRASE('A LONG PASS PHRASE')")), "TSS");
        assertTrue(phrase.evidence().startsWith("user ZWESVUSR has a password phrase"), phrase.evidence());
        assertFalse(phrase.evidence().contains("ALTUSER"), "no RACF command for another ESM: " + phrase.evidence());
    }

    @ParameterizedTest(name = "{0}: revoked {1}")
    @CsvSource(delimiter = ';', value = {
            "ALTUSER ZWESVUSR REVOKE; true",
            "ALTUSER ZWESVUSR REVOKE(01/15/26); true",
            "ALTUSER ZWESVUSR REVOKE(01/16/26); false",
            "ALTUSER ZWESVUSR REVOKE(12/01/25) RESUME(01/10/26); false",
            "ALTUSER ZWESVUSR REVOKE(12/01/25) RESUME(02/01/26); true",
            "CONNECT ZWESVUSR GROUP(ZWEADMIN) REVOKE(01/01/26); true",
            "CONNECT ZWESVUSR GROUP(SYS1) REVOKE; false"})
    void revocationCountsDatesThatHaveComeAndTheDefaultGroupConnection(String command, boolean revoked) {
        SecurityModel m = model(command);
        assertEquals(!revoked, Revocation.check(zwesvusr(m), m, AS_OF).passed());
    }

    @Test
    void resumingKeepsWhatTheUserHadForBackout() {
        SecurityModel m = model("ALTUSER ZWESVUSR REVOKE(12/01/25) RESUME(02/01/26)");
        assertEquals(List.of(new Intent.ResumeUser("ZWESVUSR", false, LocalDate.of(2025, 12, 1), LocalDate.of(2026, 2, 1))),
                Revocation.check(zwesvusr(m), m, AS_OF).fixes());
    }

    @Test
    void privilegedAttributesSystemWideAndOnConnectionsAreTakenAway() {
        SecurityModel m = model("ALTUSER ZWESVUSR OPERATIONS\nCONNECT ZWESVUSR GROUP(SYS1) SPECIAL AUDITOR");
        Check c = PrivilegedAttributes.check(zwesvusr(m), m);
        assertEquals("user ZWESVUSR has OPERATIONS; its connection to SYS1 has group-level SPECIAL, AUDITOR", c.evidence());
        assertEquals(List.of(new Intent.RemoveUserAttributes("ZWESVUSR", false, true, false),
                new Intent.RemoveGroupAttributes("ZWESVUSR", "SYS1", true, false, true)), c.fixes());
    }

    @Test
    void uidZeroNeedsAPersonAndThenNothingIsGeneratedForTheAttributesEither() {
        SecurityModel m = model("ALTUSER ZWESVUSR SPECIAL OMVS(UID(0))");
        Check c = PrivilegedAttributes.check(zwesvusr(m), m);
        assertFalse(c.passed());
        assertEquals(List.of(), c.fixes());
        assertTrue(c.evidence().contains("UID 0 (superuser); a person must act"), c.evidence());
        assertTrue(PrivilegedAttributes.check(zwesvusr(model("")), model("")).passed());
    }
}
