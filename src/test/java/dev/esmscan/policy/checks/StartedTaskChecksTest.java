package dev.esmscan.policy.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.esmscan.model.SecurityModel;
import dev.esmscan.model.StartedTaskData;
import dev.esmscan.policy.Check;
import dev.esmscan.racf.access.RacfAccessResolver;
import dev.esmscan.racf.command.RacfCommands;
import dev.esmscan.remediation.Intent;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which profile a started-procedure fix touches, and what the checks say, over models built from RACF commands. */
class StartedTaskChecksTest {
    private static final String USERS = String.join("\n",
            "ADDGROUP ZWEADMIN", "ADDGROUP SYS1", "ADDUSER ZWESVUSR DFLTGRP(ZWEADMIN)", "ADDUSER ZWESIUSR DFLTGRP(ZWEADMIN)",
            "ADDUSER START2 DFLTGRP(SYS1)", "");

    private static SecurityModel model(String setropts, String commands) {
        RacfCommands.Result r = RacfCommands.apply(SecurityModel.builder().build(), setropts + "\n" + USERS + commands);
        assertEquals(List.of(), r.problems());
        return r.model();
    }

    private static SecurityModel generic(String commands) {
        return model("SETROPTS GENERIC(STARTED) CLASSACT(STARTED) RACLIST(STARTED)", commands);
    }

    private static Check identity(SecurityModel m, String proc, String user, boolean groupMustMatch) {
        return StartedTaskIdentity.check(new RacfAccessResolver(m), m, proc, user, "ZWEADMIN", groupMustMatch);
    }

    @Test
    void theProceduresOwnProfileIsAlteredWithItsPreviousDataKeptForBackout() {
        SecurityModel m = generic("RDEFINE STARTED ZWESLSTC* STDATA(USER(START2) GROUP(SYS1) TRACE(YES))");
        Check c = identity(m, "ZWESLSTC", "ZWESVUSR", true);
        assertFalse(c.passed());
        assertEquals(List.of(new Intent.MapStartedTask("ZWESLSTC", "ZWESLSTC*", "ZWESVUSR", "ZWEADMIN",
                new StartedTaskData("START2", "SYS1", false, false, true))), c.fixes());
    }

    @Test
    void aGenericOtherProceduresShareIsNeverAlteredButShadowedByANewProfile() {
        for (String shared : List.of("**", "ZWES*.*", "*.*")) {
            SecurityModel m = generic("RDEFINE STARTED " + shared + " STDATA(USER(START2) GROUP(SYS1))");
            Check c = identity(m, "ZWESLSTC", "ZWESVUSR", true);
            assertEquals(List.of(new Intent.DefineStartedTask("ZWESLSTC", "ZWESLSTC.*", "ZWESVUSR", "ZWEADMIN")), c.fixes(), shared);
            assertTrue(c.evidence().contains("is shared with other procedures"), c.evidence());
        }
    }

    @Test
    void theCrossMemoryServerNeedsOnlyItsUserAndAnAlterLeavesItsGroup() {
        SecurityModel m = generic("RDEFINE STARTED ZWESISTC.* STDATA(USER(START2) GROUP(SYS1))");
        Check c = identity(m, "ZWESISTC", "ZWESIUSR", false);
        assertEquals(List.of(new Intent.MapStartedTask("ZWESISTC", "ZWESISTC.*", "ZWESIUSR", null,
                new StartedTaskData("START2", "SYS1", false, false, false))), c.fixes());
        assertTrue(identity(generic("RDEFINE STARTED ZWESISTC.* STDATA(USER(ZWESIUSR) GROUP(SYS1))"), "ZWESISTC", "ZWESIUSR", false).passed());
    }

    @Test
    void memberNamesTheProcedureItself() {
        Check c = identity(generic("RDEFINE STARTED ZWESLSTC.* STDATA(USER(=MEMBER) GROUP(ZWEADMIN))"), "ZWESLSTC", "ZWESVUSR", true);
        assertTrue(c.evidence().startsWith("runs as user ZWESLSTC, not ZWESVUSR"), c.evidence());
    }

    @Test
    void withoutGroupAndWithoutTheUserNoDefaultGroupApplies() {
        Check c = identity(generic("RDEFINE STARTED ZWESLSTC.* STDATA(USER(NOBODY))"), "ZWESLSTC", "NOBODY", true);
        assertTrue(c.evidence().startsWith("no group is assigned and NOBODY is not defined, so no default group applies"), c.evidence());
    }

    @Test
    void aProfileWithoutUserFails() {
        Check c = identity(generic("RDEFINE STARTED ZWESLSTC.* UACC(NONE)"), "ZWESLSTC", "ZWESVUSR", true);
        assertFalse(c.passed());
        assertTrue(c.evidence().startsWith("STARTED ZWESLSTC.* (generic) assigns no user"), c.evidence());
        assertEquals(List.of(new Intent.MapStartedTask("ZWESLSTC", "ZWESLSTC.*", "ZWESVUSR", "ZWEADMIN", null)), c.fixes());
    }

    @Test
    void withoutGenericCheckingTheNewProfileComesWithItAndAnUndecidingProfileOfThatNameNeedsAPerson() {
        SecurityModel m = model("SETROPTS CLASSACT(STARTED) RACLIST(STARTED) NOGENERIC(STARTED) GENCMD(STARTED)", "");
        assertEquals(List.of(new Intent.EnableGenericProfiles("STARTED", true),
                new Intent.DefineStartedTask("ZWESLSTC", "ZWESLSTC.*", "ZWESVUSR", "ZWEADMIN")), identity(m, "ZWESLSTC", "ZWESVUSR", true).fixes());

        SecurityModel undeciding = model("SETROPTS CLASSACT(STARTED) RACLIST(STARTED) NOGENERIC(STARTED) GENCMD(STARTED)",
                "RDEFINE STARTED ZWESLSTC.* STDATA(USER(ZWESVUSR) GROUP(ZWEADMIN))");
        Check c = identity(undeciding, "ZWESLSTC", "ZWESVUSR", true);
        assertEquals(List.of(), c.fixes());
        assertTrue(c.evidence().contains("a person must act: STARTED ZWESLSTC.* exists but does not decide"), c.evidence());
    }

    @Test
    void trustOnTheOwnProfileIsTurnedOffOnlyWhereItIsOn() {
        SecurityModel m = generic("RDEFINE STARTED ZWESISTC.* STDATA(USER(ZWESIUSR) PRIVILEGED(YES))");
        Check c = StartedTaskTrust.check(new RacfAccessResolver(m), m, "ZWESISTC", "ZWESIUSR", "ZWEADMIN");
        assertEquals("STARTED ZWESISTC.* (generic) makes ZWESISTC privileged; STARTED ZWESISTC.* (generic): trusted NO, privileged YES",
                c.evidence());
        assertEquals(List.of(new Intent.UntrustStartedTask("ZWESISTC", "ZWESISTC.*", false, true)), c.fixes());
    }

    @Test
    void aTrustedSharedGenericIsShadowedByTheProceduresOwnUntrustedProfile() {
        SecurityModel m = generic("RDEFINE STARTED ** STDATA(USER(START2) TRUSTED(YES))");
        Check c = StartedTaskTrust.check(new RacfAccessResolver(m), m, "ZWESASTC", "ZWESIUSR", "ZWEADMIN");
        assertEquals(List.of(new Intent.DefineStartedTask("ZWESASTC", "ZWESASTC.*", "ZWESIUSR", "ZWEADMIN")), c.fixes());
    }

    @Test
    void ownMeansTheNameBeginsWithTheProcedure() {
        SecurityModel m = generic("RDEFINE STARTED ZWESLSTC.ZWESLSTC STDATA(USER(ZWESVUSR))\nRDEFINE STARTED ZWESL* STDATA(USER(ZWESVUSR))");
        assertTrue(StartedProfiles.isOwn(m.profiles("STARTED").discrete("ZWESLSTC.ZWESLSTC").orElseThrow(), "ZWESLSTC"));
        assertFalse(StartedProfiles.isOwn(m.profiles("STARTED").generics().get(0), "ZWESLSTC"));
    }
}
