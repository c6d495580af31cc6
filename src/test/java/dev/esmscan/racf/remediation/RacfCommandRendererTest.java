package dev.esmscan.racf.remediation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.esmscan.model.AccessLevel;
import dev.esmscan.model.StartedTaskData;
import dev.esmscan.remediation.Intent;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RacfCommandRendererTest {
    private final RacfCommandRenderer renderer = new RacfCommandRenderer();

    static Stream<Arguments> commands() {
        return Stream.of(
                Arguments.of(new Intent.DefineGroup("ZWEADMIN"), "ADDGROUP ZWEADMIN OMVS(AUTOGID)", "DELGROUP ZWEADMIN", "LISTGRP ZWEADMIN OMVS"),
                Arguments.of(new Intent.AddGroupOmvs("ZWEADMIN", false), "ALTGROUP ZWEADMIN OMVS(AUTOGID)", "ALTGROUP ZWEADMIN NOOMVS", "LISTGRP ZWEADMIN OMVS"),
                Arguments.of(new Intent.AddGroupOmvs("ZWEADMIN", true), "ALTGROUP ZWEADMIN OMVS(AUTOGID)", "ALTGROUP ZWEADMIN OMVS(NOGID)", "LISTGRP ZWEADMIN OMVS"),
                Arguments.of(new Intent.DefineUser("ZWESVUSR", "ZWEADMIN", "/tmp", "/bin/sh"),
                        "ADDUSER ZWESVUSR NOPASSWORD DFLTGRP(ZWEADMIN) OMVS(HOME(/tmp) PROGRAM(/bin/sh) AUTOUID)", "DELUSER ZWESVUSR", "LISTUSER ZWESVUSR OMVS"),
                Arguments.of(new Intent.CompleteUserOmvs("ZWESIUSR", true, "/tmp", "/bin/sh", false),
                        "ALTUSER ZWESIUSR OMVS(HOME(/tmp) PROGRAM(/bin/sh) AUTOUID)", "ALTUSER ZWESIUSR NOOMVS", "LISTUSER ZWESIUSR OMVS"),
                Arguments.of(new Intent.CompleteUserOmvs("ZWESIUSR", false, null, "/bin/sh", true),
                        "ALTUSER ZWESIUSR OMVS(PROGRAM(/bin/sh))", "ALTUSER ZWESIUSR OMVS(NOPROGRAM)", "LISTUSER ZWESIUSR OMVS"),
                Arguments.of(new Intent.Connect("ZWESVUSR", "ZWEADMIN"), "CONNECT ZWESVUSR GROUP(ZWEADMIN)", "REMOVE ZWESVUSR GROUP(ZWEADMIN)", "LISTUSER ZWESVUSR"),
                Arguments.of(new Intent.SetDefaultGroup("ZWESVUSR", "ZWEADMIN", "SYS1"), "ALTUSER ZWESVUSR DFLTGRP(ZWEADMIN)", "ALTUSER ZWESVUSR DFLTGRP(SYS1)", "LISTUSER ZWESVUSR"),
                Arguments.of(new Intent.ActivateClass("FACILITY", true, true), "SETROPTS CLASSACT(FACILITY) RACLIST(FACILITY)",
                        "SETROPTS NORACLIST(FACILITY) NOCLASSACT(FACILITY)", "SETROPTS LIST"),
                Arguments.of(new Intent.ActivateClass("FACILITY", false, true), "SETROPTS RACLIST(FACILITY)", "SETROPTS NORACLIST(FACILITY)", "SETROPTS LIST"),
                Arguments.of(new Intent.DefineProfile("FACILITY", "ZWES.IS"), "RDEFINE FACILITY ZWES.IS UACC(NONE)", "RDELETE FACILITY ZWES.IS", "RLIST FACILITY ZWES.IS AUTHUSER"),
                Arguments.of(new Intent.Permit("FACILITY", "BPX.SERVER", "ZWESVUSR", AccessLevel.UPDATE, null),
                        "PERMIT BPX.SERVER CLASS(FACILITY) ID(ZWESVUSR) ACCESS(UPDATE)", "PERMIT BPX.SERVER CLASS(FACILITY) ID(ZWESVUSR) DELETE",
                        "RLIST FACILITY BPX.SERVER AUTHUSER"),
                Arguments.of(new Intent.Permit("FACILITY", "BPX.SERVER", "ZWESVUSR", AccessLevel.UPDATE, AccessLevel.READ),
                        "PERMIT BPX.SERVER CLASS(FACILITY) ID(ZWESVUSR) ACCESS(UPDATE)", "PERMIT BPX.SERVER CLASS(FACILITY) ID(ZWESVUSR) ACCESS(READ)",
                        "RLIST FACILITY BPX.SERVER AUTHUSER"),
                Arguments.of(new Intent.SetUniversalAccess("FACILITY", "BPX.DAEMON", AccessLevel.NONE, AccessLevel.READ),
                        "RALTER FACILITY BPX.DAEMON UACC(NONE)", "RALTER FACILITY BPX.DAEMON UACC(READ)", "RLIST FACILITY BPX.DAEMON AUTHUSER"),
                Arguments.of(new Intent.EndWarningMode("FACILITY", "ZWES.IS"),
                        "RALTER FACILITY ZWES.IS NOWARNING", "RALTER FACILITY ZWES.IS WARNING", "RLIST FACILITY ZWES.IS AUTHUSER"),
                Arguments.of(new Intent.RemoveAccessEntry("FACILITY", "IRR.RUSERMAP", "*", AccessLevel.UPDATE),
                        "PERMIT IRR.RUSERMAP CLASS(FACILITY) ID(*) DELETE", "PERMIT IRR.RUSERMAP CLASS(FACILITY) ID(*) ACCESS(UPDATE)",
                        "RLIST FACILITY IRR.RUSERMAP AUTHUSER"),
                Arguments.of(new Intent.ResumeUser("ZWESVUSR", true, null, null), "ALTUSER ZWESVUSR RESUME", "ALTUSER ZWESVUSR REVOKE",
                        "LISTUSER ZWESVUSR"),
                Arguments.of(new Intent.RemoveUserAttributes("ZWESIUSR", true, false, true), "ALTUSER ZWESIUSR NOSPECIAL NOAUDITOR",
                        "ALTUSER ZWESIUSR SPECIAL AUDITOR", "LISTUSER ZWESIUSR"),
                Arguments.of(new Intent.ResumeConnection("ZWESVUSR", "ZWEADMIN", true, null, null), "CONNECT ZWESVUSR GROUP(ZWEADMIN) RESUME",
                        "CONNECT ZWESVUSR GROUP(ZWEADMIN) REVOKE", "LISTUSER ZWESVUSR"),
                Arguments.of(new Intent.ResumeConnection("ZWESVUSR", "ZWEADMIN", false, LocalDate.of(2025, 12, 1), null),
                        "CONNECT ZWESVUSR GROUP(ZWEADMIN) RESUME NOREVOKE", "CONNECT ZWESVUSR GROUP(ZWEADMIN) REVOKE(12/01/25)", "LISTUSER ZWESVUSR"),
                Arguments.of(new Intent.RemoveGroupAttributes("ZWESVUSR", "SYS1", false, true, false), "CONNECT ZWESVUSR GROUP(SYS1) NOOPERATIONS",
                        "CONNECT ZWESVUSR GROUP(SYS1) OPERATIONS", "LISTUSER ZWESVUSR"),
                Arguments.of(new Intent.DefineStartedTask("ZWESLSTC", "ZWESLSTC.*", "ZWESVUSR", "ZWEADMIN"),
                        "RDEFINE STARTED ZWESLSTC.* UACC(NONE) STDATA(USER(ZWESVUSR) GROUP(ZWEADMIN) PRIVILEGED(NO) TRUSTED(NO) TRACE(YES))",
                        "RDELETE STARTED ZWESLSTC.*", "RLIST STARTED ZWESLSTC.* ALL STDATA"),
                Arguments.of(new Intent.MapStartedTask("ZWESLSTC", "ZWESLSTC.*", "ZWESVUSR", "ZWEADMIN",
                                new StartedTaskData("=MEMBER", null, false, false, true)),
                        "RALTER STARTED ZWESLSTC.* STDATA(USER(ZWESVUSR) GROUP(ZWEADMIN))", "RALTER STARTED ZWESLSTC.* STDATA(USER(=MEMBER) NOGROUP)",
                        "RLIST STARTED ZWESLSTC.* ALL STDATA"),
                Arguments.of(new Intent.MapStartedTask("ZWESISTC", "ZWESISTC.*", "ZWESIUSR", null, null),
                        "RALTER STARTED ZWESISTC.* STDATA(USER(ZWESIUSR))", "RALTER STARTED ZWESISTC.* NOSTDATA", "RLIST STARTED ZWESISTC.* ALL STDATA"),
                Arguments.of(new Intent.EnableGenericProfiles("STARTED", false), "SETROPTS GENERIC(STARTED)",
                        "SETROPTS NOGENERIC(STARTED) NOGENCMD(STARTED)", "SETROPTS LIST"),
                Arguments.of(new Intent.EnableGenericProfiles("STARTED", true), "SETROPTS GENERIC(STARTED)", "SETROPTS NOGENERIC(STARTED)",
                        "SETROPTS LIST"),
                Arguments.of(new Intent.UntrustStartedTask("ZWESISTC", "ZWESISTC.*", true, true),
                        "RALTER STARTED ZWESISTC.* STDATA(TRUSTED(NO) PRIVILEGED(NO))", "RALTER STARTED ZWESISTC.* STDATA(TRUSTED(YES) PRIVILEGED(YES))",
                        "RLIST STARTED ZWESISTC.* ALL STDATA"));
    }

    @Test
    void aUserRevokedByFlagAndDatesIsRevokedAgainByOneCommandForTheFlagThenOneForTheDates() {
        Intent resume = new Intent.ResumeUser("ZWESIUSR", true, LocalDate.of(2025, 6, 30), LocalDate.of(2031, 1, 2));
        assertEquals(List.of("ALTUSER ZWESIUSR RESUME NOREVOKE"), renderer.change(resume));
        assertEquals(List.of("ALTUSER ZWESIUSR REVOKE", "ALTUSER ZWESIUSR REVOKE(06/30/25) RESUME(01/02/31)"), renderer.backout(resume));
    }

    @Test
    void startedTaskChangesRefreshTheStartedClass() {
        assertEquals(Optional.of("STARTED"), renderer.refreshedClass(new Intent.DefineStartedTask("ZWESLSTC", "ZWESLSTC.*", "ZWESVUSR", "ZWEADMIN")));
        assertEquals(Optional.of("STARTED"), renderer.refreshedClass(new Intent.UntrustStartedTask("ZWESLSTC", "ZWESLSTC.*", true, false)));
        assertEquals(Optional.empty(), renderer.refreshedClass(new Intent.ResumeUser("ZWESVUSR", true, null, null)));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("commands")
    void rendersTheChangeItsListAndItsUndo(Intent intent, String change, String backout, String inspect) {
        assertEquals(List.of(change), renderer.change(intent));
        assertEquals(List.of(backout), renderer.backout(intent));
        assertEquals(List.of(inspect), renderer.inspect(intent));
        assertEquals(Optional.empty(), renderer.invalidName(intent));
    }

    static Stream<Arguments> craftedNames() {
        return Stream.of(
                Arguments.of(new Intent.Permit("FACILITY", "ZWES.IS) ID(*) ACCESS(ALTER", "ZWESVUSR", AccessLevel.READ, null), "profile"),
                Arguments.of(new Intent.DefineProfile("FACILITY", "BPX.'X'"), "profile"),
                Arguments.of(new Intent.DefineProfile("FACILITY", "ZWES.IS\nPERMIT ** CLASS(FACILITY) ID(*) ACCESS(ALTER)"), "profile"),
                Arguments.of(new Intent.Permit("FACILITY", "ZWES.IS", "ZWE SVR", AccessLevel.READ, null), "user ID"),
                Arguments.of(new Intent.DefineUser("ZWESVUSR", "GRP)X", "/tmp", "/bin/sh"), "group"),
                Arguments.of(new Intent.DefineUser("ZWESVUSR", "ZWEADMIN", "/tmp) SPECIAL(", "/bin/sh"), "path"),
                Arguments.of(new Intent.Connect("1ZWE", "ZWEADMIN"), "user ID"),
                Arguments.of(new Intent.ActivateClass("FAC ILITY", true, false), "class"),
                Arguments.of(new Intent.SetUniversalAccess("FACILITY", "BPX.DAEMON UACC(ALTER", AccessLevel.NONE, AccessLevel.READ), "profile"),
                Arguments.of(new Intent.EndWarningMode("FACILITY", "ZWES.IS\nRALTER FACILITY ** UACC(ALTER)"), "profile"),
                Arguments.of(new Intent.RemoveAccessEntry("FACILITY", "ZWES.IS", "ZWE) ID(*", AccessLevel.READ), "user ID"),
                Arguments.of(new Intent.DefineStartedTask("ZWESLSTC", "ZWESLSTC.* UACC(READ)", "ZWESVUSR", "ZWEADMIN"), "profile"),
                Arguments.of(new Intent.MapStartedTask("ZWESLSTC", "ZWESLSTC.*", "ZWESVUSR) TRUSTED(YES", null, null), "user ID"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("craftedNames")
    void refusesNamesThatCouldBreakOutOfTheCommand(Intent intent, String what) {
        Optional<String> reason = renderer.invalidName(intent);
        assertTrue(reason.isPresent(), intent + " was accepted");
        assertTrue(reason.get().startsWith(what), reason.get());
        assertTrue(reason.get().indexOf('\n') < 0, "the reason is one line: " + reason.get());
    }
}
