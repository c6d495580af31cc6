package dev.esmscan.esm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.esmscan.acf2.remediation.Acf2CommandRenderer;
import dev.esmscan.model.AccessLevel;
import dev.esmscan.model.StartedTaskData;
import dev.esmscan.remediation.Intent;
import dev.esmscan.tss.remediation.TssCommandRenderer;
import dev.esmscan.tss.remediation.TssSiteValues;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Names from a crafted extract (an ACID, a logonid, a role, a resource, a path) that could break
 * out of a Top Secret or ACF2 command are refused before any command is written, with a one-line
 * reason naming what was wrong; well-formed names pass.
 */
class CraftedNamesInEsmCommandsTest {
    private static final StartedTaskData PREVIOUS = new StartedTaskData("ZWESVUSR", "ZWEADMIN", false, false, false);

    static Stream<Arguments> tssCrafted() {
        return Stream.of(
                Arguments.of(new Intent.Permit("FACILITY", "ZWES.IS", "ZWE) ACCESS(ALL", AccessLevel.READ, null), "ACID"),
                Arguments.of(new Intent.Permit("FACILITY", "ZWES.IS) ACCESS(ALL", "ZWESVUSR", AccessLevel.READ, null), "resource"),
                Arguments.of(new Intent.Permit("FACILITY", "ZWES.IS\nTSS PERMIT(ALL) IBMFAC(*) ACCESS(ALL)", "ZWESVUSR",
                        AccessLevel.READ, null), "resource"),
                Arguments.of(new Intent.Permit("FACILITY", "ZWES.IS;TSS ADMIN", "ZWESVUSR", AccessLevel.READ, null), "resource"),
                Arguments.of(new Intent.Permit("FAC)ILITY", "ZWES.IS", "ZWESVUSR", AccessLevel.READ, null), "class"),
                Arguments.of(new Intent.DefineUser("ZWESVUSR\nTSS", "ZWEADMIN", "/tmp", "/bin/sh"), "ACID"),
                Arguments.of(new Intent.DefineUser("ZWESVUSR", "ZWE;ADM", "/tmp", "/bin/sh"), "ACID"),
                Arguments.of(new Intent.DefineUser("ZWESVUSR", "ZWEADMIN", "/tmp') ADMIN('", "/bin/sh"), "path"),
                Arguments.of(new Intent.DefineGroup("ZWE'GRP"), "ACID"),
                Arguments.of(new Intent.Connect("ZWESVUSR", "ZWEADMIN LONGER"), "ACID"),
                Arguments.of(new Intent.DefineStartedTask("ZWESL)STC", "ZWESLSTC.*", "ZWESVUSR", "ZWEADMIN"), "PROCNAME"),
                Arguments.of(new Intent.MapStartedTask("ZWESLSTC", "ZWESLSTC.*", "ZWE\rSVR", null, PREVIOUS), "ACID"));
    }

    static Stream<Arguments> acf2Crafted() {
        return Stream.of(
                Arguments.of(new Intent.Permit("FACILITY", "ZWES.IS", "ZWE) ACCESS(ALL", AccessLevel.READ, null), "logonid"),
                Arguments.of(new Intent.Permit("FACILITY", "ZWES.IS UID(*) ALLOW", "ZWESVUSR", AccessLevel.READ, null), "resource"),
                Arguments.of(new Intent.Permit("FACILITY", "ZWES.IS\nSET LID", "ZWESVUSR", AccessLevel.READ, null), "resource"),
                Arguments.of(new Intent.Permit("FACILITY", "ZWES.IS;X", "ZWESVUSR", AccessLevel.READ, null), "resource"),
                Arguments.of(new Intent.Permit("FAC;ILITY", "ZWES.IS", "ZWESVUSR", AccessLevel.READ, null), "class"),
                Arguments.of(new Intent.DefineUser("ZWESVUSR SECURITY", "ZWEADMIN", "/tmp", "/bin/sh"), "logonid"),
                Arguments.of(new Intent.DefineUser("ZWESVUSR", "ZWEADMIN", "/tmp", "/bin/sh) ACCOUNT("), "path"),
                Arguments.of(new Intent.DefineGroup("ZWE\nADM"), "group"),
                Arguments.of(new Intent.Connect("ZWESVUSR", "ROLE)X"), "role"),
                Arguments.of(new Intent.DefineStartedTask("ZWES;STC", "ZWESLSTC.*", "ZWESVUSR", null), "procedure"),
                Arguments.of(new Intent.MapStartedTask("ZWESLSTC", "ZWESLSTC LOGONID(SYSPROG)", "ZWESVUSR", null, PREVIOUS), "GSO record"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tssCrafted")
    void topSecretRefusesNamesThatCouldBreakOutOfTheCommand(Intent intent, String what) {
        assertRefused(new TssCommandRenderer().invalidName(intent), intent, what);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("acf2Crafted")
    void acf2RefusesNamesThatCouldBreakOutOfTheCommand(Intent intent, String what) {
        assertRefused(new Acf2CommandRenderer().invalidName(intent), intent, what);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wellFormed")
    void wellFormedNamesPassBothRenderers(Intent intent) {
        // a site with a default UID and GID range: no UID or GID is left to a person
        TssSiteValues ranged = new TssSiteValues(TssSiteValues.OWNER_PLACEHOLDER, TssSiteValues.DEPARTMENT_PLACEHOLDER, Map.of(), true);
        assertEquals(Optional.empty(), new TssCommandRenderer(ranged).invalidName(intent));
        assertEquals(Optional.empty(), new Acf2CommandRenderer().invalidName(intent));
    }

    static Stream<Intent> wellFormed() {
        return Stream.of(new Intent.Permit("FACILITY", "ZWES.IS", "ZWESVUSR", AccessLevel.READ, null),
                new Intent.DefineUser("ZWESVUSR", "ZWEADMIN", "/tmp", "/bin/sh"),
                new Intent.DefineGroup("ZWEADMIN"),
                new Intent.DefineStartedTask("ZWESLSTC", "ZWESLSTC.*", "ZWESVUSR", null));
    }

    private static void assertRefused(Optional<String> reason, Intent intent, String what) {
        assertTrue(reason.isPresent(), intent + " was accepted");
        assertTrue(reason.get().startsWith(what), reason.get());
        assertTrue(reason.get().chars().noneMatch(c -> c < 0x20), "the reason is one printable line: " + reason.get());
    }
}
