package dev.esmscan.acf2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.esmscan.acf2.access.Acf2AccessResolver;
import dev.esmscan.acf2.remediation.Acf2CommandInterpreterAdapter;
import dev.esmscan.acf2.remediation.Acf2CommandRenderer;
import dev.esmscan.model.AccessLevel;
import dev.esmscan.model.ModelDump;
import dev.esmscan.model.SecurityModel;
import dev.esmscan.model.StartedTaskData;
import dev.esmscan.remediation.CommandInterpreter;
import dev.esmscan.remediation.Intent;
import dev.esmscan.scan.InputResolver;
import dev.esmscan.scan.Scanner;
import dev.esmscan.esm.Esms;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each intent rendered as ACF subcommands, applied through the ACF2 interpreter to the sample
 * site, gives the intended model; its backout gives back the original exactly (ModelDump).
 */
class Acf2RemediationRoundTripTest {
    private static final Acf2CommandRenderer RENDERER = new Acf2CommandRenderer();
    private static final CommandInterpreter INTERPRETER = new Acf2CommandInterpreterAdapter();

    static SecurityModel sampleSite() {
        var resolved = new InputResolver(Esms.all()).resolve(List.of(Path.of("sample-exports/acf2")), Optional.empty());
        SecurityModel sample = Scanner.load(resolved.inputs()).model();
        return INTERPRETER.apply(sample, String.join("\n",
                "SET PROFILE(GROUP) DIV(OMVS)", "INSERT NOGIDGRP", "SET X(ROL)", "INSERT ZWEROLE INCLUDE(IZUSVR) ROLE", "")).model();
    }

    static Stream<Arguments> intents() {
        return Stream.of(
                row(new Intent.DefineGroup("ZWENEW"), m -> m.group("ZWENEW").map(g -> g.getGid() != null).orElse(false)),
                row(new Intent.AddGroupOmvs("ZWEROLE", false), m -> m.group("ZWEROLE").orElseThrow().getGid() != null),
                row(new Intent.AddGroupOmvs("NOGIDGRP", true), m -> m.group("NOGIDGRP").orElseThrow().getGid() != null),
                row(new Intent.DefineUser("ZWENEWU", "ZWEADMIN", "/tmp", "/bin/sh"), m -> m.user("ZWENEWU")
                        .map(u -> u.isProtectedUser() && "ZWEADMIN".equals(u.getDefaultGroup()) && u.getOmvs().hasUid()).orElse(false)),
                row(new Intent.CompleteUserOmvs("ZWESVUSR", false, null, "/bin/sh", true),
                        m -> "/bin/sh".equals(m.user("ZWESVUSR").orElseThrow().getOmvs().program())),
                row(new Intent.CompleteUserOmvs("SYSPRG2", true, "/tmp", "/bin/sh", false),
                        m -> m.user("SYSPRG2").map(u -> u.getOmvs() != null && u.getOmvs().hasUid()).orElse(false)),
                row(new Intent.Connect("ZWESVUSR", "IZUADMIN"), m -> m.connection("ZWESVUSR", "IZUADMIN").isPresent()),
                row(new Intent.SetDefaultGroup("ZWESVUSR", "IZUADMIN", "ZWEADMIN"),
                        m -> "IZUADMIN".equals(m.user("ZWESVUSR").orElseThrow().getDefaultGroup())),
                row(new Intent.ActivateClass("XFACILIT", true, true), m -> m.extension(dev.esmscan.acf2.db.Acf2Database.class)
                        .orElseThrow().gso().containsKey("CLASMAP.XFACILIT")),
                row(new Intent.Permit("FACILITY", "BPX.JOBNAME", "ZWESVUSR", AccessLevel.READ, null),
                        m -> new Acf2AccessResolver(m).decide("ZWESVUSR", "FACILITY", "BPX.JOBNAME", AccessLevel.READ).isGranted()),
                row(new Intent.Permit("FACILITY", "IRR.RAUDITX", "ZWESVUSR", AccessLevel.READ, null),
                        m -> new Acf2AccessResolver(m).decide("ZWESVUSR", "FACILITY", "IRR.RAUDITX", AccessLevel.READ).isGranted()),
                row(new Intent.Permit("FACILITY", "BPX.SERVER", "ZWESVUSR", AccessLevel.UPDATE, null),
                        m -> new Acf2AccessResolver(m).decide("ZWESVUSR", "FACILITY", "BPX.SERVER", AccessLevel.UPDATE).isGranted()
                                && new Acf2AccessResolver(m).decide("ZWESVUSR", "FACILITY", "BPX.SERVER", AccessLevel.READ).isGranted()),
                row(new Intent.Permit("CSFSERV", "CSFRNGL", "ZWESVUSR", AccessLevel.READ, null),
                        m -> new Acf2AccessResolver(m).decide("ZWESVUSR", "CSFSERV", "CSFRNGL", AccessLevel.READ).isGranted()),
                row(new Intent.DefineStartedTask("ZWESLSTC", "ZWESLSTC.*", "ZWESVUSR", "ZWEADMIN"),
                        m -> runsAs(m, "ZWESLSTC", "ZWESVUSR", "ZWEADMIN")),
                row(new Intent.MapStartedTask("ZWESISTC", "ZWESISTC", "ZWESVUSR", "IZUADMIN",
                        new StartedTaskData("ZWESIUSR", "ZWEADMIN", false, false, false)), m -> runsAs(m, "ZWESISTC", "ZWESVUSR", "IZUADMIN")),
                row(new Intent.MapStartedTask("ZWESASTC", "ZWESASTC", "ZWESVUSR", null,
                        new StartedTaskData("ZWESIUSR", "ZWEADMIN", false, false, false)), m -> runsAs(m, "ZWESASTC", "ZWESVUSR", "ZWEADMIN")));
    }

    private static boolean runsAs(SecurityModel m, String proc, String user, String group) {
        return new Acf2AccessResolver(m).startedTask(proc)
                .map(a -> user.equals(a.user()) && group.equals(a.group()) && !a.trusted()).orElse(false);
    }

    private static Arguments row(Intent intent, Predicate<SecurityModel> intended) {
        return Arguments.of(intent, intended);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("intents")
    void changeGivesTheIntendedModelAndBackoutTheOriginal(Intent intent, Predicate<SecurityModel> intended) {
        SecurityModel original = sampleSite();
        assertTrue(RENDERER.invalidName(intent).isEmpty());
        assertFalse(intended.test(original), "the sample must not already be in the intended state");
        String change = String.join("\n", RENDERER.streamStart()) + "\n" + String.join("\n", RENDERER.change(intent)) + "\n"
                + RENDERER.refreshedClass(intent).map(RENDERER::refresh).orElse("") + "\nEND\n";
        CommandInterpreter.Applied changed = INTERPRETER.apply(original, change);
        assertEquals(List.of(), changed.problems(), change);
        assertTrue(intended.test(changed.model()), change);
        CommandInterpreter.Applied back = INTERPRETER.apply(changed.model(), String.join("\n", RENDERER.backout(intent)) + "\n");
        assertEquals(List.of(), back.problems());
        assertEquals(ModelDump.dump(original), ModelDump.dump(back.model()));
    }

    @Test
    void everyChangeStartsWithTheSetItDependsOn() {
        for (Arguments a : intents().toList()) {
            Intent i = (Intent) a.get()[0];
            List<String> change = RENDERER.change(i);
            assertTrue(change.get(0).startsWith("SET "), i + ": " + change);
            assertTrue(RENDERER.backout(i).get(0).startsWith("SET "), i.toString());
        }
        assertEquals(List.of("SET RESOURCE(FAC)", "RECKEY BPX ADD(JOBNAME USER(ZWESVUSR) SERVICE(READ) ALLOW)"),
                RENDERER.change(new Intent.Permit("FACILITY", "BPX.JOBNAME", "ZWESVUSR", AccessLevel.READ, null)));
        assertEquals(List.of("SET CONTROL(GSO)", "INSERT CLASMAP.CSFSERV RESOURCE(CSFSERV) RSRCTYPE(CSF)"),
                RENDERER.change(new Intent.ActivateClass("CSFSERV", true, false)));
        assertEquals(List.of(), RENDERER.change(new Intent.DefineProfile("FACILITY", "BPX.JOBNAME")), "no rule means denied already");
    }

    @Test
    void operatorCommandsStayOutOfTheAcfStream() {
        String refresh = RENDERER.refresh("FAC");
        assertTrue(refresh.startsWith("/*") && refresh.endsWith("*/") && refresh.contains("F ACF2,REBUILD(FAC)"), refresh);
        assertTrue(RENDERER.refresh("USR").length() <= 71, "fits a SYSTSIN line without continuation");
    }

    @Test
    void untrustedNamesNeverReachACommand() {
        List<Intent> bad = new ArrayList<>(List.of(
                new Intent.DefineGroup("ZWE ADMIN"),
                new Intent.DefineUser("ZWESVUSR1", "ZWEADMIN", "/tmp", "/bin/sh"),
                new Intent.DefineUser("ZWESVUSR", "ZWEADMIN", "/tmp) UID(0", "/bin/sh"),
                new Intent.Connect("1ZWE", "ZWEADMIN"),
                new Intent.Permit("FACILITY", "BPX.-", "ZWESVUSR", AccessLevel.READ, null),
                new Intent.Permit("FACILITY", "BPX.SERVER) UID(-", "ZWESVUSR", AccessLevel.READ, null),
                new Intent.Permit("FACILITY", "BPX.SERVER", "ZWESVUSR", AccessLevel.UPDATE, AccessLevel.READ),
                new Intent.ActivateClass("FACILITY1", true, true),
                new Intent.DefineStartedTask("ZWESLSTC9", "ZWESLSTC9.*", "ZWESVUSR", "ZWEADMIN"),
                new Intent.DefineStartedTask("ZWESLSTC", "ZWESLSTC.*", "ZWESVUSR) NON-CNCL(", "ZWEADMIN"),
                new Intent.MapStartedTask("ZWESISTC", "ZWESISTC) X(", "ZWESVUSR", null, new StartedTaskData("ZWESIUSR", null, false, false, false)),
                new Intent.MapStartedTask("ZWESISTC", "ZWESISTC", "ZWESVUSR", null, null)));
        for (Intent i : bad) {
            assertTrue(RENDERER.invalidName(i).isPresent(), i.toString());
        }
    }

    @Test
    void aStartedTaskIsGivenToTheRulesAsItsOwnRecord() {
        var own = new Acf2AccessResolver(sampleSite()).startedTask("ZWESISTC").orElseThrow();
        assertEquals("ZWESISTC", own.profile().getName());
        assertFalse(own.profile().isGeneric());
        assertEquals(new StartedTaskData("ZWESIUSR", "ZWEADMIN", true, false, false), own.profile().getStartedTaskData(), "ZWESIUSR has NON-CNCL in the sample");
        SecurityModel masked = INTERPRETER.apply(sampleSite(), "SET CONTROL(GSO)\nINSERT STC.ZWE- LOGONID(ZWESVUSR) STCID(ZWE-)\n").model();
        var shared = new Acf2AccessResolver(masked).startedTask("ZWESLSTC").orElseThrow();
        assertEquals("ZWE-", shared.profile().getName());
        assertTrue(shared.profile().isGeneric());
    }

    @Test
    void intentsWithoutAnAcf2CommandAreRefusedByName() {
        List<Intent> none = List.of(
                new Intent.ResumeUser("ZWESVUSR", true, null, null),
                new Intent.RemoveUserAttributes("ZWESIUSR", false, true, false),
                new Intent.ResumeConnection("ZWESVUSR", "ZWEADMIN", true, null, null),
                new Intent.RemoveGroupAttributes("ZWESVUSR", "ZWEADMIN", true, false, false),
                new Intent.UntrustStartedTask("ZWESISTC", "ZWESISTC", true, false),
                new Intent.EnableGenericProfiles("STARTED", false),
                new Intent.SetUniversalAccess("FACILITY", "BPX.SERVER", AccessLevel.NONE, AccessLevel.READ),
                new Intent.EndWarningMode("FACILITY", "BPX.SERVER"),
                new Intent.RemoveAccessEntry("FACILITY", "ZWES.IS", "*", AccessLevel.READ));
        for (Intent i : none) {
            IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> RENDERER.change(i));
            assertTrue(e.getMessage().contains(i.getClass().getSimpleName()), e.getMessage());
            org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> RENDERER.invalidName(i));
        }
    }
}
