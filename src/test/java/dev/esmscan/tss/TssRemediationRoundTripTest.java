package dev.esmscan.tss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.esmscan.model.AccessLevel;
import dev.esmscan.model.AccessOutcome;
import dev.esmscan.model.ModelDump;
import dev.esmscan.model.SecurityModel;
import dev.esmscan.model.StartedTaskData;
import dev.esmscan.remediation.CommandInterpreter;
import dev.esmscan.remediation.Intent;
import dev.esmscan.tss.access.TssAccessResolver;
import dev.esmscan.tss.remediation.TssCommandInterpreterAdapter;
import dev.esmscan.tss.remediation.TssCommandRenderer;
import dev.esmscan.tss.remediation.TssSiteValues;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class TssRemediationRoundTripTest {
    private static final String SITE = """
            TSS CREATE(ZOWEDEPT) TYPE(DEPT) NAME('ZOWE')
            TSS CREATE(FACACID) TYPE(USER) NAME('OWNER') DEPT(ZOWEDEPT)
            TSS CREATE(SYS1) TYPE(GROUP) NAME('SYS1') DEPT(ZOWEDEPT)
            TSS CREATE(ZWEADMIN) TYPE(GROUP) NAME('ZOWE') DEPT(ZOWEDEPT)
            TSS CREATE(NOGID) TYPE(GROUP) NAME('NO GID') DEPT(ZOWEDEPT)
            TSS ADD(ZWEADMIN) GID(990)
            TSS CREATE(ZWESIUSR) TYPE(USER) PROTECTED NAME('ZIS') DEPT(ZOWEDEPT)
            TSS ADD(ZWESIUSR) GROUP(SYS1) DFLTGRP(SYS1)
            TSS ADD(ZWESIUSR) HOME(/tmp)
            TSS ADD(FACACID) IBMFAC(BPX.)
            TSS ADD(FACACID) APPL(OMVSAPPL)
            TSS PERMIT(ZWESIUSR) IBMFAC(BPX.SERVER) ACCESS(READ)
            TSS CREATE(STCDFLT) TYPE(USER) NAME('DEFAULT STC') DEPT(ZOWEDEPT)
            TSS ADDTO(STC) PROCNAME(ZWESISTC) ACID(STCDFLT)
            TSS CREATE(SUSPD) TYPE(USER) NAME('SUSPENDED') DEPT(ZOWEDEPT)
            TSS ADD(SUSPD) SUSPEND
            """;
    private final TssCommandRenderer renderer = new TssCommandRenderer(
            new TssSiteValues("FACACID", "ZOWEDEPT", Map.of("ZWESVUSR", 991L, "ZWESIUSR", 992L, "NEWGRP", 993L, "NOGID", 994L)));
    private final CommandInterpreter interpreter = new TssCommandInterpreterAdapter();

    static Stream<Arguments> intents() {
        return Stream.of(
                Arguments.of(new Intent.DefineGroup("NEWGRP"), List.of("TSS CREATE(NEWGRP) TYPE(GROUP) NAME('ZOWE GROUP') DEPT(ZOWEDEPT)", "TSS ADD(NEWGRP) GID(993)"),
                        List.of("TSS DELETE(NEWGRP)")),
                Arguments.of(new Intent.AddGroupOmvs("NOGID", false), List.of("TSS ADD(NOGID) GID(994)"), List.of("TSS REMOVE(NOGID) GID")),
                Arguments.of(new Intent.DefineUser("ZWESVUSR", "ZWEADMIN", "/tmp", "/bin/sh"),
                        List.of("TSS CREATE(ZWESVUSR) TYPE(USER) PROTECTED NAME('ZOWE SERVER') DEPT(ZOWEDEPT)",
                                "TSS ADD(ZWESVUSR) GROUP(ZWEADMIN) DFLTGRP(ZWEADMIN) HOME(/tmp) OMVSPGM(/bin/sh) UID(991)"),
                        List.of("TSS DELETE(ZWESVUSR)")),
                Arguments.of(new Intent.CompleteUserOmvs("ZWESIUSR", true, null, "/bin/sh", true), List.of("TSS ADD(ZWESIUSR) OMVSPGM(/bin/sh) UID(992)"),
                        List.of("TSS REMOVE(ZWESIUSR) OMVSPGM UID")),
                Arguments.of(new Intent.Connect("ZWESIUSR", "ZWEADMIN"), List.of("TSS ADD(ZWESIUSR) GROUP(ZWEADMIN)"), List.of("TSS REMOVE(ZWESIUSR) GROUP(ZWEADMIN)")),
                Arguments.of(new Intent.DefineProfile("FACILITY", "ZWES.IS"), List.of("TSS ADD(FACACID) IBMFAC(ZWES.IS)"), List.of("TSS REMOVE(FACACID) IBMFAC(ZWES.IS)")),
                Arguments.of(new Intent.Permit("FACILITY", "BPX.DAEMON", "ZWESIUSR", AccessLevel.UPDATE, null),
                        List.of("TSS PERMIT(ZWESIUSR) IBMFAC(BPX.DAEMON) ACCESS(UPDATE)"), List.of("TSS REVOKE(ZWESIUSR) IBMFAC(BPX.DAEMON)")),
                Arguments.of(new Intent.Permit("FACILITY", "BPX.SERVER", "ZWESIUSR", AccessLevel.UPDATE, AccessLevel.READ),
                        List.of("TSS PERMIT(ZWESIUSR) IBMFAC(BPX.SERVER) ACCESS(UPDATE)"), List.of("TSS PERMIT(ZWESIUSR) IBMFAC(BPX.SERVER) ACCESS(READ)")),
                Arguments.of(new Intent.Permit("APPL", "OMVSAPPL", "ZWESIUSR", AccessLevel.READ, null),
                        List.of("TSS PERMIT(ZWESIUSR) APPL(OMVSAPPL) ACCESS(READ)"), List.of("TSS REVOKE(ZWESIUSR) APPL(OMVSAPPL)")),
                Arguments.of(new Intent.DefineStartedTask("ZWESLSTC", "ZWESLSTC.*", "ZWESIUSR", "ZWEADMIN"),
                        List.of("TSS ADDTO(STC) PROCNAME(ZWESLSTC) ACID(ZWESIUSR)"), List.of("TSS REMOVE(STC) PROCNAME(ZWESLSTC)")),
                Arguments.of(new Intent.MapStartedTask("ZWESISTC", "ZWESISTC", "ZWESIUSR", null,
                                new StartedTaskData("STCDFLT", null, false, false, false)),
                        List.of("TSS REPLACE(STC) PROCNAME(ZWESISTC) ACID(ZWESIUSR)"), List.of("TSS REPLACE(STC) PROCNAME(ZWESISTC) ACID(STCDFLT)")),
                Arguments.of(new Intent.ResumeUser("SUSPD", true, null, null), List.of("TSS REMOVE(SUSPD) SUSPEND"), List.of("TSS ADD(SUSPD) SUSPEND")));
    }

    @Test
    void intentsWithoutATopSecretEquivalentAreLeftToAPerson() {
        List<Intent> none = List.of(
                new Intent.RemoveUserAttributes("ZWESIUSR", false, true, false),
                new Intent.ResumeConnection("ZWESIUSR", "SYS1", true, null, null),
                new Intent.RemoveGroupAttributes("ZWESIUSR", "SYS1", true, false, false),
                new Intent.UntrustStartedTask("ZWESLSTC", "ZWESLSTC.*", true, false),
                new Intent.EnableGenericProfiles("FACILITY", false),
                new Intent.SetUniversalAccess("FACILITY", "BPX.", AccessLevel.NONE, AccessLevel.READ),
                new Intent.EndWarningMode("FACILITY", "BPX."),
                new Intent.RemoveAccessEntry("FACILITY", "BPX.", "*", AccessLevel.READ));
        for (Intent i : none) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> renderer.change(i));
            assertTrue(e.getMessage().contains(i.getClass().getSimpleName()), e.getMessage());
        }
        assertTrue(renderer.invalidName(new Intent.ResumeUser("SUSPD", true, null, java.time.LocalDate.of(2026, 2, 1))).isPresent());
        assertTrue(renderer.invalidName(new Intent.MapStartedTask("ZWESISTC", "ZWESISTC", "ZWESIUSR", null, null)).isPresent());
        assertTrue(renderer.invalidName(new Intent.DefineStartedTask("ZWESLSTC) ACID(X", "P", "ZWESIUSR", null)).isPresent());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("intents")
    void renderInterpretAndBackOutExactly(Intent intent, List<String> change, List<String> backout) {
        assertTrue(renderer.invalidName(intent).isEmpty());
        assertEquals(change, renderer.change(intent));
        assertEquals(backout, renderer.backout(intent));
        SecurityModel before = TssInputs.fromCommands(SITE);
        CommandInterpreter.Applied applied = interpreter.apply(before, String.join("\n", renderer.inspect(intent)) + "\n" + String.join("\n", change));
        assertEquals(List.of(), applied.problems());
        assertNotEquals(ModelDump.dump(before), ModelDump.dump(applied.model()), "the change changed the model");
        CommandInterpreter.Applied undone = interpreter.apply(applied.model(), String.join("\n", backout));
        assertEquals(List.of(), undone.problems());
        assertEquals(ModelDump.dump(before), ModelDump.dump(undone.model()));
    }

    @Test
    void theChangedModelIsTheIntendedOne() {
        SecurityModel before = TssInputs.fromCommands(SITE);
        String job = String.join("\n", renderer.change(new Intent.DefineUser("ZWESVUSR", "ZWEADMIN", "/tmp", "/bin/sh")))
                + "\n" + String.join("\n", renderer.change(new Intent.Permit("FACILITY", "BPX.SERVER", "ZWESVUSR", AccessLevel.UPDATE, null)));
        SecurityModel after = interpreter.apply(before, job).model();
        var u = after.user("ZWESVUSR").orElseThrow();
        assertTrue(u.isProtectedUser());
        assertEquals("ZWEADMIN", u.getDefaultGroup());
        assertEquals(991L, u.getOmvs().uid());
        assertEquals(AccessOutcome.GRANTED, new TssAccessResolver(after).decide("ZWESVUSR", "FACILITY", "BPX.SERVER", AccessLevel.UPDATE).outcome());
        SecurityModel expected = TssInputs.fromCommands(SITE + """
                TSS CREATE(ZWESVUSR) TYPE(USER) PROTECTED NAME('ZOWE SERVER') DEPT(ZOWEDEPT)
                TSS ADD(ZWESVUSR) GROUP(ZWEADMIN) DFLTGRP(ZWEADMIN) HOME(/tmp) OMVSPGM(/bin/sh) UID(991)
                TSS PERMIT(ZWESVUSR) IBMFAC(BPX.SERVER) ACCESS(UPDATE)
                """);
        assertEquals(ModelDump.dump(expected), ModelDump.dump(after));
    }

    @Test
    void placeholdersAreVisibleAndTopSecretRefusesThem() {
        TssCommandRenderer unconfigured = new TssCommandRenderer();
        Intent define = new Intent.DefineProfile("FACILITY", "ZWES.IS");
        assertEquals(List.of("TSS ADD(owner-acid) IBMFAC(ZWES.IS)"), unconfigured.change(define));
        SecurityModel before = TssInputs.fromCommands(SITE);
        CommandInterpreter.Applied applied = interpreter.apply(before, String.join("\n", unconfigured.change(define)));
        // a refused command is a notice with Top Secret's message, and changes nothing (formats/ACF2-TSS.md 5.8: TSS0211E)
        assertEquals(List.of(), applied.problems());
        assertEquals(1, applied.notices().size(), applied.notices().toString());
        assertTrue(applied.notices().get(0).contains("TSS0211E ACCESSOR-ID MISSING OR INVALID"), applied.notices().toString());
        assertEquals(ModelDump.dump(before), ModelDump.dump(applied.model()));
    }

    @Test
    void aUidOrGidNobodyConfiguredIsLeftToAPersonWithTheCommandsQuoted() {
        TssCommandRenderer unconfigured = new TssCommandRenderer(new TssSiteValues("FACACID", "ZOWEDEPT", Map.of()));
        String user = unconfigured.invalidName(new Intent.DefineUser("ZWESVUSR", "ZWEADMIN", "/tmp", "/bin/sh")).orElseThrow();
        assertTrue(user.startsWith("UID of ZWESVUSR is for a person to choose"), user);
        assertTrue(user.contains("TSS CREATE(ZWESVUSR) TYPE(USER) PROTECTED NAME('ZOWE SERVER') DEPT(ZOWEDEPT) and "
                + "TSS ADD(ZWESVUSR) GROUP(ZWEADMIN) DFLTGRP(ZWEADMIN) HOME(/tmp) OMVSPGM(/bin/sh) UID(nnn)"), user);
        assertTrue(user.contains("tssDefaultIdRange: true"), user);
        String group = unconfigured.invalidName(new Intent.DefineGroup("NEWGRP")).orElseThrow();
        assertTrue(group.startsWith("GID of NEWGRP is for a person to choose") && group.contains("TSS ADD(NEWGRP) GID(nnn)"), group);
        assertTrue(unconfigured.invalidName(new Intent.AddGroupOmvs("NOGID", false)).orElseThrow().contains("TSS ADD(NOGID) GID(nnn)"));
        assertTrue(unconfigured.invalidName(new Intent.CompleteUserOmvs("ZWESIUSR", true, null, "/bin/sh", true)).orElseThrow()
                .contains("TSS ADD(ZWESIUSR) OMVSPGM(/bin/sh) UID(nnn)"));
        assertTrue(unconfigured.invalidName(new Intent.CompleteUserOmvs("ZWESIUSR", false, null, "/bin/sh", true)).isEmpty(),
                "an OMVS segment that needs no UID is a command");
    }

    @Test
    void withADefaultRangeTopSecretAssignsTheUidAndGid() {
        TssCommandRenderer ranged = new TssCommandRenderer(new TssSiteValues("FACACID", "ZOWEDEPT", Map.of(), true));
        Intent user = new Intent.DefineUser("ZWESVUSR", "ZWEADMIN", "/tmp", "/bin/sh");
        Intent group = new Intent.DefineGroup("NEWGRP");
        assertTrue(ranged.invalidName(user).isEmpty());
        assertTrue(ranged.invalidName(group).isEmpty());
        assertEquals("TSS ADD(ZWESVUSR) GROUP(ZWEADMIN) DFLTGRP(ZWEADMIN) HOME(/tmp) OMVSPGM(/bin/sh) UID(?)", ranged.change(user).get(1));
        assertEquals("TSS ADD(NEWGRP) GID(?)", ranged.change(group).get(1));
        SecurityModel before = TssInputs.fromCommands(SITE);
        CommandInterpreter.Applied applied = interpreter.apply(before,
                String.join("\n", ranged.change(group)) + "\n" + String.join("\n", ranged.change(user)));
        assertEquals(List.of(), applied.problems());
        // Command Reference, UID keyword: "?" assigns the first unused positive integer of the range
        long uid = applied.model().user("ZWESVUSR").orElseThrow().getOmvs().uid();
        assertTrue(uid > 0, "UID " + uid);
        assertTrue(applied.model().users().stream().filter(u -> !u.getId().equals("ZWESVUSR") && u.getOmvs() != null)
                .noneMatch(u -> Long.valueOf(uid).equals(u.getOmvs().uid())), "a UID of its own");
        long gid = applied.model().group("NEWGRP").orElseThrow().getGid();
        assertTrue(gid > 0 && gid != 990L, "GID " + gid);
        assertEquals(2, applied.notices().stream().filter(n -> n.contains("which the input does not show")).count(), applied.notices().toString());
        CommandInterpreter.Applied undone = interpreter.apply(applied.model(), String.join("\n", ranged.backout(user)) + "\n"
                + String.join("\n", ranged.backout(group)));
        assertEquals(ModelDump.dump(before), ModelDump.dump(undone.model()));
    }

    @Test
    void namesFromAnExtractAreCheckedAndUnknownIntentsNamed() {
        assertTrue(renderer.invalidName(new Intent.Permit("FACILITY", "BPX.SERVER", "ZWESVUSR) NORESCHK(", AccessLevel.READ, null)).isPresent());
        assertTrue(renderer.invalidName(new Intent.DefineProfile("FACILITY", "ZWES.IS) ALL(")).isPresent());
        assertTrue(renderer.invalidName(new Intent.DefineUser("ZWESVUSR", "ZWEADMIN", "/tmp x", "/bin/sh")).isPresent());
        assertTrue(renderer.invalidName(new Intent.ActivateClass("FACILITY", true, true)).orElseThrow().contains("no Top Secret command"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> renderer.change(new Intent.ActivateClass("FACILITY", true, false)));
        assertTrue(e.getMessage().contains("ActivateClass"));
        assertFalse(renderer.refreshedClass(new Intent.Permit("FACILITY", "BPX.SERVER", "ZWESVUSR", AccessLevel.READ, null)).isPresent());
    }

    @Test
    void theSeedSetupBuildsAModelWithoutRefusals() {
        SecurityModel m = TssInputs.fromCommands(TssInputs.text("seed000-tss-setup.txt"));
        TssAccessResolver r = new TssAccessResolver(m);
        assertEquals(AccessOutcome.GRANTED, r.decide("ZWESVUSR", "FACILITY", "ZWES.IS", AccessLevel.READ).outcome());
        assertEquals(AccessOutcome.GRANTED, r.decide("ZWESVUSR", "FACILITY", "BPX.DAEMON", AccessLevel.UPDATE).outcome());
        assertEquals(AccessOutcome.DENIED, r.decide("ZWESIUSR", "FACILITY", "ZWES.IS", AccessLevel.READ).outcome());
        assertEquals("ZWESVUSR", r.startedTask("ZWESLSTC").orElseThrow().user());
        assertEquals(990L, m.group("ZWEADMIN").orElseThrow().getGid());
    }
}
