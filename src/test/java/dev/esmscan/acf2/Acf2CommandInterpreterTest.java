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
        assertEquals(0, stats.errors(), stats.problems().toString());
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
        assertEquals(1, stats.errors(), "CHANGE INFODIR names a GSO record the file never inserted");
        assertTrue(stats.problems().get(0).contains(":4: "), stats.problems().toString());
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
    void rejectedSubcommandsAreReportedAndNotApplied() {
        List<Acf2CommandInterpreter.Problem> problems = new java.util.ArrayList<>();
        SecurityModel m = apply(String.join("\n",
                "RECKEY BPX ADD(SERVER USER(ZWESVUSR) ALLOW)",
                "SET LID",
                "INSERT ZWESVUSR STC",
                "INSERT ZWESVUSR STC",
                "CHANGE NOBODY SUSPEND",
                "SET RESOURCE(FAC)",
                "RECKEY BPX DEL(SERVER USER(ZWESVUSR) ALLOW)",
                "FROBNICATE X", ""), problems);
        assertEquals(List.of(1, 4, 5, 7, 8), problems.stream().map(Acf2CommandInterpreter.Problem::line).toList());
        assertTrue(db(m).resourceRules().isEmpty());
        assertTrue(m.user("ZWESVUSR").isPresent());
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
        List<Acf2CommandInterpreter.Problem> problems = new java.util.ArrayList<>();
        SecurityModel m = apply(String.join("\n",
                "/* a comment",
                "   over two lines */",
                "SET RESOURCE(FAC) /* trailing */",
                "RECKEY IRR ADD(RUSERMAP ROLE(ZWEADMIN) -",
                "  SERVICE(READ) ALLOW)", ""), problems);
        assertTrue(problems.isEmpty(), problems.toString());
        assertEquals("RUSERMAP ROLE(ZWEADMIN) SERVICE(READ) ALLOW", db(m).resourceRule("FAC", "IRR").entries().get(0).text());
    }
}
