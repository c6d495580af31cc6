package dev.esmscan.acf2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.esmscan.acf2.command.Acf2CommandFileReader;
import dev.esmscan.acf2.command.Acf2CommandInterpreter;
import dev.esmscan.acf2.db.Acf2Database;
import dev.esmscan.acf2.db.RuleSet;
import dev.esmscan.input.Reach;
import dev.esmscan.input.ReadStats;
import dev.esmscan.model.SecurityModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class Acf2CommandInterpreterTest {

    static SecurityModel apply(String commands, List<Acf2CommandInterpreter.Problem> problemsOut) {
        SecurityModel.Builder b = SecurityModel.builder();
        problemsOut.addAll(new Acf2CommandInterpreter(b).apply(commands));
        return b.build();
    }

    /** The model and everything the interpreter said of the stream. */
    record Run(SecurityModel model, Acf2CommandInterpreter.Result result) {
        Acf2Database db() {
            return Acf2CommandInterpreterTest.db(model);
        }

        List<Integer> noticeLines(String kind) {
            return result.notices().stream().filter(n -> n.kind().equals(kind)).map(Acf2CommandInterpreter.Notice::line).toList();
        }

        List<Integer> problemLines() {
            return result.problems().stream().map(Acf2CommandInterpreter.Problem::line).toList();
        }

        Acf2CommandInterpreter.Notice notice(int line) {
            return result.notices().stream().filter(n -> n.line() == line).findFirst()
                    .orElseThrow(() -> new AssertionError("no notice at line " + line + ": " + result.notices()));
        }

        Acf2CommandInterpreter.Problem problem(int line) {
            return result.problems().stream().filter(p -> p.line() == line).findFirst()
                    .orElseThrow(() -> new AssertionError("no problem at line " + line + ": " + result.problems()));
        }
    }

    static Run run(SecurityModel base, String... lines) {
        SecurityModel.Builder b = base == null ? SecurityModel.builder() : base.toBuilder();
        Acf2CommandInterpreter.Result r = new Acf2CommandInterpreter(b).interpret(String.join("\n", lines) + "\n");
        return new Run(b.build(), r);
    }

    static Acf2Database db(SecurityModel m) {
        return m.extension(Acf2Database.class).orElseThrow();
    }

    @Test
    void compileAndStoreOfZowesSuperuserFilesysRule() throws Exception {
        Path file = Path.of("src/test/resources/acf2/formats/4.6-superuser-filesys-compile.txt");
        Acf2CommandFileReader reader = new Acf2CommandFileReader();
        assertTrue(reader.accepts(Files.readAllBytes(file)));
        SecurityModel.Builder b = SecurityModel.builder();
        ReadStats stats = reader.read(file, b);
        assertEquals(1, stats.errors(), "the rule text holds &STCGRP., which the job fills in: " + stats.problems());
        assertEquals(Reach.classes("UNIXPRIV"), stats.damage(), "$TYPE(UNI) rules reach UNIXPRIV only");
        RuleSet rule = db(b.build()).resourceRule("UNI", "SUPERUSER.FILESYS");
        assertNotNull(rule, "$TYPE(UNI) overrides SET RULE");
        assertTrue(rule.isRoleset());
        assertEquals("ROLE(&STCGRP.) ALLOW", rule.entries().get(0).text());
    }

    @Test
    void clasmapCommandsAndAChangeOfAMissingRecord() throws Exception {
        Path file = Path.of("src/test/resources/acf2/formats/4.7-clasmap-commands.txt");
        SecurityModel.Builder b = SecurityModel.builder();
        ReadStats stats = new Acf2CommandFileReader().read(file, b);
        Acf2Database db = db(b.build());
        assertEquals("CSF", db.gso().get("CLASMAP.CSFSERV").field("RSRCTYPE"));
        assertEquals("62", db.gso().get("CLASMAP.MQADMIN").field("ENTITYLN"));
        assertEquals(0, stats.errors(), stats.problems().toString());
        assertTrue(stats.noticeLines().stream().anyMatch(n -> n.contains(":4: ") && n.contains("ACF0A005")),
                "CHANGE INFODIR names a GSO record neither the file nor a listing holds: ACF2 refuses it " + stats.noticeLines());
        assertTrue(stats.noticeLines().stream().anyMatch(n -> n.contains(":7: ") && n.contains("operator command")), stats.noticeLines().toString());
    }

    @Test
    void zowesAcf2SetupLandsJobnameUnderApplAsTheSampleJobDoes() {
        List<Acf2CommandInterpreter.Problem> problems = new java.util.ArrayList<>();
        SecurityModel m = apply(String.join("\n",
                "ACF",
                "SET LID",
                "INSERT ZWESVUSR STC GROUP(ZWEADMIN)",
                "SET PROFILE(USER) DIV(OMVS)",
                "INSERT ZWESVUSR AUTOUID HOME(/tmp) OMVSPGM(/bin/sh)",
                "SET PROFILE(GROUP) DIV(OMVS)",
                "INSERT ZWEADMIN AUTOGID",
                "SET X(ROL)",
                "INSERT ZWEADMIN INCLUDE(ZWESVUSR) ROLE",
                "CHANGE ZWEADMIN INCLUDE(ZWESIUSR) ADD",
                "SET CONTROL(GSO)",
                "INSERT STC.ZWESLSTC LOGONID(ZWESVUSR) GROUP(ZWEADMIN) STCID(ZWESLSTC)",
                "F ACF2,REFRESH(STC)",
                "SET RESOURCE(FAC)",
                "RECKEY BPX ADD(SERVER SERVICE(UPDATE) ROLE(ZWEADMIN) ALLOW)",
                "SET RESOURCE(APL)",
                "RECKEY OMVSAPPL ADD(SERVICE(READ) ROLE(ZWEADMIN) ALLOW)",
                "RECKEY BPX ADD(JOBNAME SERVICE(READ) ROLE(ZWEADMIN) ALLOW)",
                "END", ""), problems);
        assertTrue(problems.isEmpty(), problems.toString());
        Acf2Database db = db(m);
        assertEquals("1000", db.omvsUsers().get("ZWESVUSR").field("UID"));
        assertEquals(1000L, m.group("ZWEADMIN").orElseThrow().getGid());
        assertEquals("ZWESVUSR ZWESIUSR", db.roles().get("ZWEADMIN").field("INCLUDE"));
        assertNotNull(db.resourceRule("APL", "BPX"), "JOBNAME landed in rule BPX TYPE(APL)");
        assertEquals(1, db.resourceRule("FAC", "BPX").entries().size());
        assertTrue(m.user("ZWESVUSR").orElseThrow().isProtectedUser());
        assertTrue(m.connection("ZWESVUSR", "ZWEADMIN").isPresent());
    }

    @Test
    void refusedSubcommandsAreNoticesAndWhatCannotBeModelledIsAProblem() {
        Run r = run(null,
                "RECKEY BPX ADD(SERVER USER(ZWESVUSR) ALLOW)",
                "SET LID",
                "INSERT ZWESVUSR STC",
                "INSERT ZWESVUSR STC",
                "CHANGE NOBODY SUSPEND",
                "SET RESOURCE(FAC)",
                "RECKEY BPX DEL(SERVER USER(ZWESVUSR) ALLOW)",
                "FROBNICATE X");
        assertEquals(List.of(1, 8), r.problemLines(), "RECKEY without a SET and an unknown subcommand: not modelled");
        assertTrue(r.result().problems().stream().allMatch(p -> p.reach().isEverything() && p.kind().equals("not modelled")));
        assertEquals(List.of(4, 5, 7), r.noticeLines("refused"));
        assertTrue(r.notice(5).message().contains("ACF0A005"), r.notice(5).message());
        assertTrue(r.db().resourceRules().isEmpty());
        assertTrue(r.model().user("ZWESVUSR").isPresent());
    }

    @Test
    void anInsertOfARecordThatExistsIsRefusedAndChangesNothing() {
        // An ACF INSERT adds a record; CHANGE alters one. GSO INSERT ... REP replaces (DISA STIG SV-224322's SAFDEF form).
        SecurityModel base = run(null,
                "SET LID", "INSERT ZWESVUSR STC GROUP(ZWEADMIN)",
                "SET PROFILE(USER) DIV(OMVS)", "INSERT ZWESVUSR UID(990010) HOME(/tmp) OMVSPGM(/bin/sh)",
                "SET PROFILE(GROUP) DIV(OMVS)", "INSERT ZWEADMIN GID(990100)",
                "SET X(ROL)", "INSERT ZWEADMIN INCLUDE(ZWESVUSR) ROLE",
                "SET CONTROL(GSO)", "INSERT STC.ZWESLSTC LOGONID(ZWESVUSR) GROUP(ZWEADMIN) STCID(ZWESLSTC)").model();
        Run r = run(base,
                "SET LID", "INSERT ZWESVUSR STC NON-CNCL",
                "SET PROFILE(USER) DIV(OMVS)", "INSERT ZWESVUSR AUTOUID HOME(/u/x)",
                "SET PROFILE(GROUP) DIV(OMVS)", "INSERT ZWEADMIN AUTOGID",
                "SET X(ROL)", "INSERT ZWEADMIN INCLUDE(ZWESIUSR) ROLE",
                "SET CONTROL(GSO)", "INSERT STC.ZWESLSTC LOGONID(IBMUSER) STCID(ZWESLSTC)",
                "INSERT OPTS MODE(WARN) REP");
        assertEquals(List.of(), r.result().problems());
        assertEquals(List.of(2, 4, 6, 8, 10), r.noticeLines("refused"));
        assertTrue(r.notice(2).message().contains("logonid ZWESVUSR already exists"), r.notice(2).message());
        assertTrue(r.notice(8).message().contains("role record ZWEADMIN"), r.notice(8).message());
        assertFalse(r.db().logonids().get("ZWESVUSR").has("NON-CNCL"));
        assertEquals("990010", r.db().omvsUsers().get("ZWESVUSR").field("UID"));
        assertEquals("990100", r.db().omvsGroups().get("ZWEADMIN").field("GID"));
        assertEquals("ZWESVUSR", r.db().roles().get("ZWEADMIN").field("INCLUDE"));
        assertEquals("ZWESVUSR", r.db().gso().get("STC.ZWESLSTC").field("LOGONID"));
        assertEquals("WARN", r.db().gso().get("OPTS").field("MODE"), "REP replaces or inserts a GSO record");
        assertEquals(List.of(), r.result().assumptions(), "no AUTOUID was applied");
    }

    @Test
    void deletesChangesAndRuleEditsOfWhatIsNotThereAreRefused() {
        SecurityModel base = run(null, "SET RESOURCE(FAC)", "RECKEY ZWES ADD(IS ROLE(ZWEADMIN) SERVICE(READ) ALLOW)",
                "SET X(ROL)", "INSERT ZWEADMIN INCLUDE(ZWESVUSR) ROLE").model();
        Run r = run(base,
                "SET LID", "DELETE ZWESVUSR",
                "SET PROFILE(USER) DIV(OMVS)", "DELETE ZWESVUSR",
                "SET CONTROL(GSO)", "DELETE STC.ZWESLSTC",
                "CHANGE INFODIR TYPES(R-RZWE)",
                "SET RESOURCE(UNI)", "DELETE SUPERUSER.FILESYS",
                "SET RESOURCE(FAC)",
                "RECKEY ZWES DEL(IS ROLE(IZUSVR) SERVICE(READ) ALLOW)",
                "RECKEY IRR DEL(RAUDITX ROLE(ZWEADMIN) SERVICE(READ) ALLOW)",
                "RECKEY ZWES ADD(IS SERVICE(READ) ROLE(ZWEADMIN) ALLOW)",
                "RECKEY IRR.RUSERMAP ADD(X ROLE(ZWEADMIN) SERVICE(READ) ALLOW)",
                "SET X(ROL)", "CHANGE ZWEADMIN INCLUDE(ZWESVUSR) ADD", "CHANGE ZWEADMIN INCLUDE(ZWESIUSR) DEL");
        assertEquals(List.of(), r.result().problems());
        assertEquals(List.of(2, 4, 6, 7, 9, 11, 12, 14), r.noticeLines("refused"));
        for (int line : List.of(2, 4, 6, 7, 9, 12)) {
            assertTrue(r.notice(line).message().contains("ACF0A005 RECORD(S) NOT FOUND"), r.notice(line).message());
        }
        assertTrue(r.notice(11).message().contains("no such line"), r.notice(11).message());
        // KB 26426: a $KEY with a period names the whole resource; a line with its own qualifiers is refused
        assertTrue(r.notice(14).message().contains("ACF70041"), r.notice(14).message());
        assertEquals(List.of(13, 16, 17), r.noticeLines("no effect"), "a second copy of a line or of a role member changes nothing");
        assertEquals(1, r.db().resourceRule("FAC", "ZWES").entries().size());
        assertEquals("ZWESVUSR", r.db().roles().get("ZWEADMIN").field("INCLUDE"));
        assertNull(r.db().resourceRule("FAC", "IRR.RUSERMAP"));
    }

    @Test
    void formsOfTheStreamThatChangeNothingAreNotices() {
        Run r = run(null,
                "ACF",                                   // 1
                "*",                                     // 2
                "* DEFINE ADMINISTRATORS ......",        // 3
                "*",                                     // 4
                "SET PROFILE(GROUP) DIV(OMVS)",          // 5
                "INSERT ZWEADMIN GID(990100)",           // 6
                "F ACF2,REBUILD(GRP),CLASS(P)",          // 7
                "",                                      // 8
                "* started task for the main server",    // 9
                "SET CONTROL(GSO)",                      // 10
                "LIST LIKE(STC.Z-)",                     // 11
                "F ACF2,REFRESH(STC)",                   // 12
                "SET X(ROL)",                            // 13
                "F ACF2,NEWXREF,TYPE(ROL)",              // 14
                "SHOW STATE",                            // 15
                "END");                                  // 16
        assertEquals(List.of(), r.result().problems());
        assertEquals(List.of(1, 7, 12, 14, 16), r.noticeLines("no effect"));
        assertEquals(List.of(11, 15), r.noticeLines("listing"));
        assertEquals(List.of(2, 9), r.noticeLines("comment"), "one notice per run of * lines; a blank line says nothing");
        assertTrue(r.notice(2).message().contains("from line 2 to line 4"), r.notice(2).message());
        assertEquals(990100L, r.model().group("ZWEADMIN").orElseThrow().getGid());
    }

    @Test
    void afterEndTheLinesAreTsoCommandsUntilTheNextAcf() {
        Run r = run(null, "ACF", "SET LID", "END", "PROFILE NOPREFIX", "ACF", "SET LID", "INSERT ZWESVUSR STC");
        assertEquals(List.of(4), r.problemLines());
        assertTrue(r.problem(4).reach().isEverything());
        assertTrue(r.model().user("ZWESVUSR").isPresent());
    }

    @Test
    void whatCannotBeModelledReachesOnlyWhatItsFamilyCouldChange() {
        Run r = run(null,
                "SET RESOURCE(FAC)", "COMPILE 'SYS1.ACF2.RULES(BPX)' STORE",                   // 2: FACILITY
                "SET CONTROL(GSO)", "INSERT CLASMAP.ZOWE RESOURCE(ZOWE) RSRCTYPE(ZWE)",
                "SET RESOURCE(ZWE)", "RECKEY APIML ADD(SERVICES UID(-) SERVICE(READ) ALLOW",    // 6: ZOWE (unbalanced)
                "SET RESOURCE(XYZ)", "RECKEY THING REP(- UID(-) ALLOW)",                        // 8: no class maps to XYZ
                "SET LID", "INSERT ZWESVUSR NAME(ZOWE",                                         // 10: identities
                "SET CONTROL(GSO)", "INSERT STC.ZWESLSTC LOGONID(ZWESVUSR) STCID(ZWESLSTC) (",  // 12: STARTED
                "INSERT (AUTOIDOM)",                                                            // 13: everything
                "SET RULE", "RECKEY IBMUSER.ZWEV3 ADD(- UID(-) READ(A) EXEC(P))",               // 15: DATASET
                "SET PROFILE(USER) DIV(TSO)", "INSERT ZWESVUSR PROC(IKJACCNT)",                 // 17: identities
                "SET ENTRY", "INSERT X");                                                       // 19: everything
        assertEquals(List.of(2, 6, 8, 10, 12, 13, 15, 17, 19), r.problemLines());
        assertTrue(r.result().problems().stream().allMatch(p -> p.kind().equals("not modelled")));
        assertEquals(Reach.classes("FACILITY"), r.problem(2).reach());
        assertEquals(Reach.classes("ZOWE"), r.problem(6).reach(), "through CLASMAP.ZOWE");
        assertTrue(r.problem(8).reach().isEverything());
        assertEquals(Reach.identities(), r.problem(10).reach());
        assertEquals(Reach.classes("STARTED"), r.problem(12).reach());
        assertTrue(r.problem(13).reach().isEverything());
        assertEquals(Reach.classes("DATASET"), r.problem(15).reach());
        assertEquals(Reach.identities(), r.problem(17).reach());
        assertTrue(r.problem(19).reach().isEverything());
    }

    @Test
    void autouidAndAutogidHoldAStandInThatIsNeitherZeroNorTaken() {
        Run r = run(null,
                "SET PROFILE(USER) DIV(OMVS)", "INSERT IBMUSER UID(1000) HOME(/u/ibmuser)",
                "INSERT ZWESVUSR AUTOUID HOME(/tmp) OMVSPGM(/bin/sh)",
                "SET PROFILE(GROUP) DIV(OMVS)", "INSERT ZWEADMIN AUTOGID");
        assertEquals("1001", r.db().omvsUsers().get("ZWESVUSR").field("UID"));
        assertEquals("1000", r.db().omvsGroups().get("ZWEADMIN").field("GID"));
        assertEquals(1, r.result().assumptions().size());
        String a = r.result().assumptions().get(0);
        assertTrue(a.contains("UID of ZWESVUSR at line 3") && a.contains("GID of ZWEADMIN at line 5") && a.contains("AUTOIDOM")
                && a.contains("none was read here"), a);
    }
    @Test
    void changeTakesAttributesAwayWithNoAndKeepsNonCncl() {
        List<Acf2CommandInterpreter.Problem> problems = new java.util.ArrayList<>();
        SecurityModel m = apply(String.join("\n",
                "SET LID",
                "INSERT ZWESIUSR STC SUSPEND GROUP(ZWEADMIN)",
                "CHANGE ZWESIUSR NOSUSPEND NON-CNCL NOGROUP", ""), problems);
        assertTrue(problems.isEmpty(), problems.toString());
        var lid = db(m).logonids().get("ZWESIUSR");
        assertFalse(lid.has("SUSPEND"));
        assertTrue(lid.has("NON-CNCL"));
        assertNull(lid.field("GROUP"));
    }

    @Test
    void continuationAndCommentsAsTsoReadsThem() {
        Run r = run(null,
                "/* a comment -",                              // 1: continued, so the comment runs on
                "   over two lines */",                        // 2
                "SET RESOURCE(FAC) /* trailing */",            // 3
                "RECKEY IRR ADD(RUSERMAP ROLE(ZWEADMIN) -",    // 4
                "  SERVICE(READ) ALLOW)",                      // 5
                "/* unclosed: it ends with its line",          // 6
                "RECKEY IRR ADD(RAUDITX ROLE(ZWEADMIN) SERVICE(READ) ALLOW)", // 7
                "SET CONTROL(GSO)",                            // 8
                "INSERT STC.ZWESLSTC +",                       // 9: + drops the next line's leading blanks
                "       LOGONID(ZWESVUSR) +",                  // 10
                "GROUP(ZWEADMIN) +",                           // 11
                "STCID(ZWESLSTC)");                            // 12
        assertEquals(List.of(), r.result().problems());
        assertEquals(List.of(1), r.noticeLines("comment"));
        assertTrue(r.notice(1).message().contains("from line 1 to line 2"), r.notice(1).message());
        var irr = r.db().resourceRule("FAC", "IRR").entries();
        assertEquals("RUSERMAP ROLE(ZWEADMIN) SERVICE(READ) ALLOW", irr.get(0).text());
        assertEquals("RAUDITX ROLE(ZWEADMIN) SERVICE(READ) ALLOW", irr.get(1).text(), "the unclosed comment did not swallow line 7");
        assertEquals("ZWEADMIN", r.db().gso().get("STC.ZWESLSTC").field("GROUP"));
        assertEquals("ZWESLSTC", r.db().gso().get("STC.ZWESLSTC").field("STCID"));
    }

    @Test
    void aStarCommentEndingInAContinuationTakesTheNextLineWithIt() {
        // TSO joins the lines before ACF sees them: the next line becomes part of the comment
        Run r = run(null, "SET LID", "* the next line goes too -", "INSERT ZWESVUSR STC", "INSERT ZWESIUSR STC");
        assertEquals(List.of(2), r.noticeLines("comment"));
        assertTrue(r.notice(2).message().contains("from line 2 to line 3"), r.notice(2).message());
        assertFalse(r.model().user("ZWESVUSR").isPresent());
        assertTrue(r.model().user("ZWESIUSR").isPresent());
    }

    @Test
    void aStreamOpeningWithAcfAndStarCommentsIsAnAcf2CommandFile() throws Exception {
        Acf2CommandFileReader reader = new Acf2CommandFileReader();
        for (String text : List.of("ACF\n*\n* define the admin group\n*\nSET PROFILE(GROUP) DIV(OMVS)\nINSERT ZWEADMIN AUTOGID\n",
                "* Zowe's setup\n*\nACF\nSET LID\nINSERT ZWESVUSR STC\n")) {
            assertTrue(reader.accepts(text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)), text);
        }
    }

    @Test
    void theRemediationInterpreterKeepsRefusalsApartFromProblems() {
        SecurityModel base = run(null, "SET LID", "INSERT ZWESVUSR STC").model();
        var applied = new dev.esmscan.acf2.remediation.Acf2CommandInterpreterAdapter().apply(base,
                "ACF\n* again\nSET LID\nINSERT ZWESVUSR STC\nLIST ZWESVUSR\nF ACF2,REBUILD(USR)\nEND\n");
        assertEquals(List.of(), applied.problems());
        assertEquals(6, applied.notices().size(), applied.notices().toString());
        assertTrue(applied.notices().get(2).startsWith("line 4: refused: INSERT ZWESVUSR"), applied.notices().toString());
    }

    @Test
    void aJclSymbolOrAZowePlaceholderLeftInTheStreamIsNotGuessed() {
        // ZWENOSEC's ACF2 lines as shipped, before JCL fills &ADMINGRP. and the others; ZWEIACF's before zwe fills its placeholders
        Run r = run(null,
                "SET PROFILE(GROUP) DIV(OMVS)", "DELETE &ADMINGRP.",                               // 2: identities
                "SET LID", "INSERT {zowe.setup.security.users.zowe} STC GROUP(ZWEADMIN)",           // 4: identities
                "SET RESOURCE(FAC)", "RECKEY ZWES DEL(IS ROLE(&STCGRP.) SERVICE(READ) ALLOW)",      // 6: FACILITY
                "SET CONTROL(GSO)", "DELETE STC.&ZOWESTC.",                                         // 8: STARTED
                "LIST &ZOWEUSER",                                                                  // 9: a listing still
                "SET RESOURCE(&TYPE.)", "RECKEY BPX ADD(SERVER ROLE(ZWEADMIN) ALLOW)");             // 11: everything
        assertEquals(List.of(2, 4, 6, 8, 11), r.problemLines());
        assertEquals(Reach.identities(), r.problem(2).reach());
        assertTrue(r.problem(2).message().contains("&ADMINGRP. is not filled in"), r.problem(2).message());
        assertEquals(Reach.identities(), r.problem(4).reach());
        assertEquals(Reach.classes("FACILITY"), r.problem(6).reach());
        assertEquals(Reach.classes("STARTED"), r.problem(8).reach());
        assertTrue(r.problem(11).reach().isEverything());
        assertEquals(List.of(9), r.noticeLines("listing"));
        assertTrue(r.model().user("{zowe.setup.security.users.zowe}").isEmpty());
    }
}
