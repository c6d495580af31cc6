package dev.esmscan.acf2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.esmscan.acf2.access.Acf2AccessResolver;
import dev.esmscan.acf2.command.Acf2CommandInterpreter;
import dev.esmscan.model.AccessDecision;
import dev.esmscan.model.AccessLevel;
import dev.esmscan.model.AccessOutcome;
import dev.esmscan.model.ResourceProfile;
import dev.esmscan.model.SecurityModel;
import dev.esmscan.model.StartedTaskAssignment;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** ACF2's decisions, each unsure semantic from both sides. Sites are built with ACF subcommands. */
class Acf2AccessResolverTest {
    private static final String PEOPLE = String.join("\n",
            "SET LID",
            "INSERT ZWESVUSR STC GROUP(ZWEADMIN)",
            "INSERT OTHER GROUP(USERS)",
            "INSERT PRIV NON-CNCL",
            "INSERT SECADM SECURITY READALL",
            "INSERT LONGUID UID(SYSZWESVUSR)",
            "SET X(ROL)",
            "INSERT ZWEADMIN INCLUDE(ZWESVUSR) ROLE",
            "INSERT OUTER INCLUDE(ZWEADMIN) ROLE", "");

    static Stream<Arguments> table() {
        return Stream.of(
                // rule set choice: extended $KEY on the first qualifier
                row("extended rule, role line", "SET RESOURCE(FAC)\nRECKEY BPX ADD(SERVER ROLE(ZWEADMIN) SERVICE(UPDATE) ALLOW)",
                        "ZWESVUSR", "BPX.SERVER", AccessLevel.UPDATE, AccessOutcome.GRANTED, "role:ZWEADMIN"),
                row("role line does not reach a user outside the role", "SET RESOURCE(FAC)\nRECKEY BPX ADD(SERVER ROLE(ZWEADMIN) SERVICE(UPDATE) ALLOW)",
                        "OTHER", "BPX.SERVER", AccessLevel.UPDATE, AccessOutcome.DENIED, "none"),
                row("nested role", "SET RESOURCE(FAC)\nRECKEY ZWES ADD(IS ROLE(OUTER) SERVICE(READ) ALLOW)",
                        "ZWESVUSR", "ZWES.IS", AccessLevel.READ, AccessOutcome.GRANTED, "role:OUTER"),
                row("generalized $KEY pre-empts the extended one", "SET RESOURCE(FAC)\nRECKEY IRR ADD(RUSERMAP USER(ZWESVUSR) SERVICE(READ) ALLOW)\n"
                        + "RECKEY IRR.RUSERMAP ADD(UID(-) PREVENT)",
                        "ZWESVUSR", "IRR.RUSERMAP", AccessLevel.READ, AccessOutcome.DENIED, "id(*)"),
                // KB 44399: $KEY(**************) is the full-key match of the 14-character TEST.TESTNAME2
                row("a fully masked $KEY pre-empts too", "SET RESOURCE(FAC)\nRECKEY IRR ADD(RUSERMAP USER(ZWESVUSR) SERVICE(READ) ALLOW)\n"
                        + "COMPILE\n$KEY(************) TYPE(FAC)\n UID(-) PREVENT\n\nSTORE",
                        "ZWESVUSR", "IRR.RUSERMAP", AccessLevel.READ, AccessOutcome.DENIED, "id(*)"),
                // services are not hierarchical
                row("SERVICE(UPDATE) alone does not give READ", "SET RESOURCE(FAC)\nRECKEY BPX ADD(SERVER USER(ZWESVUSR) SERVICE(UPDATE) ALLOW)",
                        "ZWESVUSR", "BPX.SERVER", AccessLevel.READ, AccessOutcome.DENIED, "none"),
                row("falls through to a later line with the service", "SET RESOURCE(FAC)\nRECKEY BPX ADD(SERVER USER(ZWESVUSR) SERVICE(UPDATE) ALLOW)\n"
                        + "RECKEY BPX ADD(SERVER UID(-) SERVICE(READ) ALLOW)",
                        "ZWESVUSR", "BPX.SERVER", AccessLevel.READ, AccessOutcome.GRANTED, "id(*)"),
                row("no SERVICE means every service", "SET RESOURCE(FAC)\nRECKEY BPX ADD(SERVER USER(ZWESVUSR) ALLOW)",
                        "ZWESVUSR", "BPX.SERVER", AccessLevel.ALTER, AccessOutcome.GRANTED, "user"),
                row("CONTROL asks for DELETE: UPDATE is not enough", "SET RESOURCE(UNI)\nRECKEY SUPERUSER ADD(FILESYS USER(ZWESVUSR) SERVICE(READ,UPDATE) ALLOW)",
                        "ZWESVUSR", "SUPERUSER.FILESYS", AccessLevel.CONTROL, AccessOutcome.DENIED, "none"),
                row("CONTROL with DELETE listed", "SET RESOURCE(UNI)\nRECKEY SUPERUSER ADD(FILESYS USER(ZWESVUSR) SERVICE(READ,UPDATE,DELETE) ALLOW)",
                        "ZWESVUSR", "SUPERUSER.FILESYS", AccessLevel.CONTROL, AccessOutcome.GRANTED, "user"),
                // sorting: the most specific line first, unless $NOSORT
                row("sorted: the specific line beats the catch-all written first", "SET RESOURCE(FAC)\nRECKEY BPX ADD(- UID(-) PREVENT)\n"
                        + "RECKEY BPX ADD(JOBNAME USER(ZWESVUSR) SERVICE(READ) ALLOW)",
                        "ZWESVUSR", "BPX.JOBNAME", AccessLevel.READ, AccessOutcome.GRANTED, "user"),
                row("$NOSORT: the catch-all written first decides", "SET RESOURCE(FAC)\nCOMPILE\n$KEY(BPX) TYPE(FAC)\n$NOSORT\n - UID(-) PREVENT\n"
                        + " JOBNAME USER(ZWESVUSR) SERVICE(READ) ALLOW\n\nSTORE",
                        "ZWESVUSR", "BPX.JOBNAME", AccessLevel.READ, AccessOutcome.DENIED, "id(*)"),
                // UID masks match the start of the UID string
                row("UID mask as prefix of the logonid", "SET RESOURCE(FAC)\nRECKEY BPX ADD(DAEMON UID(ZWESV) SERVICE(UPDATE) ALLOW)",
                        "ZWESVUSR", "BPX.DAEMON", AccessLevel.UPDATE, AccessOutcome.GRANTED, "uid:ZWESV"),
                row("UID mask against a UID string field", "SET RESOURCE(FAC)\nRECKEY BPX ADD(DAEMON UID(***ZWESVUSR) SERVICE(UPDATE) ALLOW)",
                        "LONGUID", "BPX.DAEMON", AccessLevel.UPDATE, AccessOutcome.GRANTED, "uid:***ZWESVUSR"),
                row("a group name as UID mask does not reach its members", "SET RESOURCE(FAC)\nRECKEY BPX ADD(DAEMON UID(ZWEADMIN) SERVICE(UPDATE) ALLOW)",
                        "ZWESVUSR", "BPX.DAEMON", AccessLevel.UPDATE, AccessOutcome.DENIED, "none"),
                // ROLE lines in a rule set that also has UID lines and no $ROLESET are not counted
                row("mixed rule set: ROLE line not counted", "SET RESOURCE(FAC)\nRECKEY BPX ADD(DAEMON UID(SYS1) ALLOW)\n"
                        + "RECKEY BPX ADD(SERVER ROLE(ZWEADMIN) SERVICE(UPDATE) ALLOW)",
                        "ZWESVUSR", "BPX.SERVER", AccessLevel.UPDATE, AccessOutcome.DENIED, "none"),
                row("$ROLESET with a UID line: ROLE line counted", "SET RESOURCE(FAC)\nCOMPILE\n$KEY(BPX) TYPE(FAC)\n$ROLESET\n DAEMON UID(SYS1) ALLOW\n"
                        + " SERVER ROLE(ZWEADMIN) SERVICE(UPDATE) ALLOW\n\nSTORE",
                        "ZWESVUSR", "BPX.SERVER", AccessLevel.UPDATE, AccessOutcome.GRANTED, "role:ZWEADMIN"),
                row("role rule set: a USER denial is final", "SET RESOURCE(FAC)\nRECKEY BPX ADD(SERVER ROLE(ZWEADMIN) SERVICE(UPDATE) ALLOW)\n"
                        + "RECKEY BPX ADD(SERVER USER(ZWESVUSR) PREVENT)",
                        "ZWESVUSR", "BPX.SERVER", AccessLevel.UPDATE, AccessOutcome.DENIED, "user"),
                row("role rule set: ROLE(-) blocks one role, another role allows", "SET RESOURCE(FAC)\nRECKEY BPX ADD(SERVER ROLE(OUTER) SERVICE(UPDATE) ALLOW)\n"
                        + "RECKEY BPX ADD(SERVER ROLE(-) PREVENT)",
                        "ZWESVUSR", "BPX.SERVER", AccessLevel.UPDATE, AccessOutcome.GRANTED, "role:OUTER"),
                // actions, conditions
                row("a line without an action is taken as PREVENT", "SET RESOURCE(FAC)\nRECKEY BPX ADD(SERVER USER(ZWESVUSR) SERVICE(UPDATE))",
                        "ZWESVUSR", "BPX.SERVER", AccessLevel.UPDATE, AccessOutcome.DENIED, "user"),
                row("LOG allows", "SET RESOURCE(FAC)\nRECKEY BPX ADD(SERVER USER(ZWESVUSR) SERVICE(UPDATE) LOG)",
                        "ZWESVUSR", "BPX.SERVER", AccessLevel.UPDATE, AccessOutcome.GRANTED, "user"),
                row("an allowing line under a SOURCE condition is not counted", "SET RESOURCE(FAC)\nRECKEY BPX ADD(SERVER USER(ZWESVUSR) SOURCE(TERM1) ALLOW)",
                        "ZWESVUSR", "BPX.SERVER", AccessLevel.UPDATE, AccessOutcome.DENIED, "none"),
                // no rule, modes, privileges
                // KB 264349: a request no rule set covers is a NO-RULE violation
                row("no rule set: ACF2 fails the request", "SET RESOURCE(FAC)\nRECKEY ZWES ADD(IS USER(ZWESVUSR) ALLOW)",
                        "ZWESVUSR", "IRR.RAUDITX", AccessLevel.READ, AccessOutcome.DENIED, "no-rule"),
                row("$MODE(WARN) under OPTS MODE(RULE) turns the denial into a warning", "SET CONTROL(GSO)\nINSERT OPTS MODE(RULE)\n"
                        + "SET RESOURCE(FAC)\nCOMPILE\n$KEY(BPX) TYPE(FAC)\n$MODE(WARN)\n SERVER UID(SYS1) ALLOW\n\nSTORE",
                        "ZWESVUSR", "BPX.SERVER", AccessLevel.UPDATE, AccessOutcome.WARNING, "none"),
                row("$MODE(WARN) on the $KEY line too", "SET CONTROL(GSO)\nINSERT OPTS MODE(RULE)\n"
                        + "SET RESOURCE(FAC)\nCOMPILE\n$KEY(BPX) TYPE(FAC) $MODE(WARN)\n SERVER UID(SYS1) ALLOW\n\nSTORE",
                        "ZWESVUSR", "BPX.SERVER", AccessLevel.UPDATE, AccessOutcome.WARNING, "none"),
                row("GSO OPTS MODE(QUIET) too", "SET CONTROL(GSO)\nINSERT OPTS MODE(QUIET)\nSET RESOURCE(FAC)\nRECKEY BPX ADD(SERVER UID(SYS1) ALLOW)",
                        "ZWESVUSR", "BPX.SERVER", AccessLevel.UPDATE, AccessOutcome.WARNING, "none"),
                row("NON-CNCL allows everything", "SET RESOURCE(FAC)\nRECKEY BPX ADD(- UID(-) PREVENT)",
                        "PRIV", "BPX.SERVER", AccessLevel.UPDATE, AccessOutcome.GRANTED, "privilege:NON-CNCL"),
                row("SECURITY and READALL do not bypass resource rules", "SET RESOURCE(FAC)\nRECKEY BPX ADD(- UID(-) PREVENT)",
                        "SECADM", "BPX.JOBNAME", AccessLevel.READ, AccessOutcome.DENIED, "id(*)"),
                // class mapping
                row("CLASMAP maps CSFSERV elsewhere", "SET CONTROL(GSO)\nINSERT CLASMAP.CSFSERV RESOURCE(CSFSERV) RSRCTYPE(ICF)\n"
                        + "SET RESOURCE(ICF)\nRECKEY CSFRNGL ADD(USER(ZWESVUSR) SERVICE(READ) ALLOW)",
                        "ZWESVUSR", "CSFRNGL", AccessLevel.READ, AccessOutcome.GRANTED, "user"),
                row("without CLASMAP the default CSF type is used", "SET RESOURCE(ICF)\nRECKEY CSFRNGL ADD(USER(ZWESVUSR) SERVICE(READ) ALLOW)",
                        "ZWESVUSR", "CSFRNGL", AccessLevel.READ, AccessOutcome.DENIED, "no-rule"));
    }

    private static Arguments row(String name, String rules, String id, String resource, AccessLevel level, AccessOutcome outcome, String via) {
        String className = rules.contains("RESOURCE(UNI)") ? "UNIXPRIV" : resource.startsWith("CSF") ? "CSFSERV" : "FACILITY";
        return Arguments.of(name, rules, id, className, resource, level, outcome, via);
    }

    static SecurityModel site(String rules) {
        List<Acf2CommandInterpreter.Problem> problems = new ArrayList<>();
        SecurityModel m = Acf2CommandInterpreterTest.apply(PEOPLE + rules + "\n", problems);
        assertTrue(problems.isEmpty(), problems.toString());
        return m;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void decides(String name, String rules, String id, String className, String resource, AccessLevel level,
                 AccessOutcome outcome, String via) {
        AccessDecision d = new Acf2AccessResolver(site(rules)).decide(id, className, resource, level);
        assertEquals(outcome, d.outcome(), d.explanation());
        assertEquals(via, d.via(), d.explanation());
        assertTrue(d.explanation().startsWith("ACF2: "), d.explanation());
    }

    @Test
    void explanationNamesTheMappingTheRuleSetAndTheLine() {
        AccessDecision d = new Acf2AccessResolver(site("SET RESOURCE(FAC)\nRECKEY BPX ADD(SERVER ROLE(ZWEADMIN) SERVICE(UPDATE) ALLOW)"))
                .decide("ZWESVUSR", "FACILITY", "BPX.SERVER", AccessLevel.UPDATE);
        assertTrue(d.explanation().contains("FACILITY maps to FAC by ACF2's default"), d.explanation());
        assertTrue(d.explanation().contains("$KEY(BPX) TYPE(FAC)"), d.explanation());
        assertTrue(d.explanation().contains("'SERVER ROLE(ZWEADMIN) SERVICE(UPDATE) ALLOW' matches through role ZWEADMIN"), d.explanation());
    }

    @Test
    void decidingProfileShowsExposure() {
        SecurityModel m = site("SET CONTROL(GSO)\nINSERT OPTS MODE(ABORT)\nSET RESOURCE(FAC)\nRECKEY ZWES ADD(IS ROLE(ZWEADMIN) SERVICE(READ) ALLOW)\n"
                + "RECKEY ZWES ADD(- UID(*) SERVICE(READ) ALLOW)");
        ResourceProfile p = new Acf2AccessResolver(m).decidingProfile("FACILITY", "ZWES.IS");
        assertEquals("ZWES.IS", p.getName());
        assertFalse(p.isGeneric());
        assertEquals(AccessLevel.NONE, p.getUniversalAccess());
        assertEquals(AccessLevel.READ, p.entryFor("*").level(), "UID(*) is everyone");
        assertEquals(AccessLevel.READ, p.entryFor("ZWEADMIN").level());
        ResourceProfile catchAll = new Acf2AccessResolver(m).decidingProfile("FACILITY", "ZWES.OTHER");
        assertEquals("ZWES.-", catchAll.getName());
        assertTrue(catchAll.isGeneric());
        assertNull(new Acf2AccessResolver(m).decidingProfile("FACILITY", "BPX.SERVER"));
    }

    @Test
    void decidingProfileIsInWarningModeUnderAWarnRule() {
        SecurityModel m = site("SET RESOURCE(FAC)\nCOMPILE\n$KEY(ZWES) TYPE(FAC)\n$MODE(WARN)\n IS UID(SYS1) ALLOW\n\nSTORE");
        assertTrue(new Acf2AccessResolver(m).decidingProfile("FACILITY", "ZWES.IS").isWarning());
        assertFalse(new Acf2AccessResolver(site("SET CONTROL(GSO)\nINSERT OPTS MODE(ABORT)\nSET RESOURCE(FAC)\nRECKEY ZWES ADD(IS UID(SYS1) ALLOW)"))
                .decidingProfile("FACILITY", "ZWES.IS").isWarning());
    }

    @Test
    void startedTaskFromTheGsoStcRecord() {
        SecurityModel m = site("SET CONTROL(GSO)\nINSERT STC.ZWESLSTC LOGONID(ZWESVUSR) GROUP(ZWEADMIN) STCID(ZWESLSTC)\n"
                + "INSERT STC.ZWES- LOGONID(PRIV) GROUP(SYS1)");
        Acf2AccessResolver r = new Acf2AccessResolver(m);
        StartedTaskAssignment zowe = r.startedTask("ZWESLSTC").orElseThrow();
        assertEquals("ZWESVUSR", zowe.user());
        assertEquals("ZWEADMIN", zowe.group());
        assertFalse(zowe.trusted());
        assertTrue(zowe.source().contains("STC.ZWESLSTC"));
        StartedTaskAssignment masked = r.startedTask("ZWESISTC").orElseThrow();
        assertEquals("PRIV", masked.user());
        assertTrue(masked.trusted(), "NON-CNCL bypasses every rule");
        assertTrue(r.startedTask("OTHER").isEmpty());
    }

    @Test
    void aLogonidThatIsNotDefinedGetsNothingEvenWhereALineOrARoleNamesIt() {
        // After Zowe's undo job deletes ZWESVUSR, the UID line and the role that names it stay; no one can sign on as it.
        SecurityModel m = site("SET RESOURCE(FAC)\nRECKEY BPX ADD(DAEMON UID(GONE) SERVICE(READ,UPDATE) ALLOW)\n"
                + "RECKEY ZWES ADD(IS ROLE(ZWEADMIN) SERVICE(READ) ALLOW)\nSET X(ROL)\nCHANGE ZWEADMIN INCLUDE(GONE) ADD");
        Acf2AccessResolver r = new Acf2AccessResolver(m);
        AccessDecision daemon = r.decide("GONE", "FACILITY", "BPX.DAEMON", AccessLevel.UPDATE);
        assertEquals(AccessOutcome.DENIED, daemon.outcome(), daemon.explanation());
        assertTrue(daemon.explanation().contains("no logonid GONE is defined"), daemon.explanation());
        assertNull(daemon.profile(), "defining GONE is the whole remedy: the UID line would grant it");
        AccessDecision zwes = r.decide("GONE", "FACILITY", "ZWES.IS", AccessLevel.READ);
        assertEquals(AccessOutcome.DENIED, zwes.outcome(), zwes.explanation());
        AccessDecision server = r.decide("GONE", "FACILITY", "BPX.SERVER", AccessLevel.UPDATE);
        assertEquals(AccessOutcome.DENIED, server.outcome(), server.explanation());
        assertEquals("BPX.SERVER", server.profile().getName(), "no line would grant it: the rule set is named, so a line can be added");
        assertEquals(AccessOutcome.GRANTED, r.decide("ZWESVUSR", "FACILITY", "ZWES.IS", AccessLevel.READ).outcome());
    }
}
