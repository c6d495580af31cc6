package dev.esmscan.input.jcl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.esmscan.input.ReadStats;
import dev.esmscan.input.Reach;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Taking the SYSTSIN of a batch job's TSO steps as JES2 and the JCL converter would hand it over:
 * which records, with which symbols and placeholders filled, on which lines; and what the JCL says
 * besides. The jobs are written for these tests in the style of Zowe's security jobs.
 */
class JclExtractionTest {

    @TempDir
    Path dir;

    /** A RACF job with SET and EXPORT, SYMBOLS=JCLONLY, DDNAME indirection, DLM=$$ and Zowe placeholders. */
    static final String SETUP = """
            //ZWESECUR JOB (ACCT),'ZOWE SECURITY',CLASS=A
            //*
            //* Defines the started task user of Zowe.
            //*
            //         EXPORT SYMLIST=*
            //         SET   HLQ='ZWE3'          * data set high-level qualifier
            //         SET  STCGID=990           * GID of the started task group
            //         SET  ADMGID=&STCGID.      * GID of the admin group
            //         SET ZOWEUID=              * UID of the Zowe server user
            //*
            //RUN      EXEC PGM=IKJEFT01,REGION=0M
            //SYSTSPRT DD SYSOUT=*
            //SYSTSIN  DD DDNAME=RACF
            //RACF     DD DATA,DLM=$$,SYMBOLS=JCLONLY
            /* group for the started tasks: GID(&STCGID.)                        */
              ADDGROUP {zowe.setup.security.groups.stc} OMVS(GID(&ADMGID.))
            /* the server user                                                  */
              ADDUSER  {zowe.setup.security.users.zowe} NOPASSWORD -
               DFLTGRP({zowe.setup.security.groups.stc}) -
               OMVS(HOME(/tmp) PROGRAM(/bin/sh) UID(&ZOWEUID.))
              PERMIT '&HLQ..*.**' CLASS(DATASET) ACCESS(ALTER) -
               ID({zowe.setup.security.groups.sysProg})
            //* not a JCL comment inside DD DATA: a data record
            $$
            //*
            """;

    static final String ZOWE_YAML = """
            zowe:
              setup:
                security:
                  groups:
                    stc: ZWE3STC
                  users:
                    zowe: ZWE3SV
            """;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.ISO_8859_1);
    }

    private static List<String> lines(JclExtraction x) {
        return List.of(x.text().split("\n", -1));
    }

    private static ReadStats stats(JclExtraction x) {
        ReadStats s = new ReadStats(x.file().toString(), "test");
        x.addTo(s);
        return s;
    }

    private static String notices(ReadStats s) {
        return s.noticeSummary().stream().flatMap(k -> k.first().stream()).collect(Collectors.joining("\n"));
    }

    private static String problems(ReadStats s) {
        return s.problemSummary().stream().flatMap(k -> k.first().stream()).collect(Collectors.joining("\n"));
    }

    @Test
    void theSystsinOfTheNamedDdIsOnTheJobsOwnLinesWithSymbolsAndPlaceholdersFilled() throws IOException {
        Path job = write("ZWESECUR.jcl", SETUP);
        JclExtraction x = JclExtraction.of(job, Optional.of(write("zowe.yaml", ZOWE_YAML)));
        List<String> out = lines(x);
        assertEquals(SETUP.lines().count(), out.size(), "one line of text per line of the job");
        assertEquals("", out.get(13), "the DD statement is not data");
        assertEquals("/* group for the started tasks: GID(990)                        */", out.get(14));
        assertEquals("  ADDGROUP ZWE3STC OMVS(GID(990))", out.get(15), "&ADMGID. is &STCGID. as the SET gave it");
        assertEquals("  ADDUSER  ZWE3SV NOPASSWORD -", out.get(17));
        assertEquals("   OMVS(HOME(/tmp) PROGRAM(/bin/sh) UID())", out.get(19), "the empty SET gives nothing");
        assertEquals("  PERMIT 'ZWE3.*.**' CLASS(DATASET) ACCESS(ALTER) -", out.get(20), "the quoted SET loses its apostrophes");
        assertEquals("   ID(ZWEADMIN)", out.get(21), "groups.sysProg: Zowe's documented default");
        assertEquals("//* not a JCL comment inside DD DATA: a data record", out.get(22), "DD DATA ends only at its DLM");
        assertEquals("", out.get(23), "the delimiter is not data");
        assertEquals(16, x.firstDataLine(), "the first line that is not a comment");
        assertEquals(13, x.systsinLine());
        assertEquals("the SYSTSIN of step RUN (DD RACF, lines 15–23)", x.describe());
    }

    @Test
    void theJobTellsWhichDdIsReadWhichSetIsEmptyAndWhichDefaultsFilledPlaceholders() throws IOException {
        Path job = write("ZWESECUR.jcl", SETUP);
        Path yaml = write("zowe.yaml", ZOWE_YAML);
        ReadStats s = stats(JclExtraction.of(job, Optional.of(yaml)));
        String notices = notices(s);
        assertTrue(notices.contains(job + ":13: step RUN runs IKJEFT01; its SYSTSIN (DDNAME=RACF) is DD RACF, lines 15–23"), notices);
        assertTrue(notices.contains(job + ":9: SET ZOWEUID= at line 9 leaves ZOWEUID empty for the site to fill in;"
                + " the SYSTSIN uses &ZOWEUID. at line 20"), notices);
        assertTrue(notices.contains("placeholders are filled from " + yaml), notices);
        assertEquals(List.of("{zowe.setup.security.groups.sysProg}: not set in " + yaml + ", so Zowe's default ZWEADMIN is filled in at line 22"),
                s.assumptions());
        assertEquals(0, s.errors(), problems(s));
    }

    @Test
    void aPlaceholderWithoutValueOrDefaultIsAProblemAtItsLine() throws IOException {
        Path job = write("ZWESECUR.jcl", SETUP.replace("'&HLQ..*.**'", "'{zowe.setup.dataset.prefix}.*.**'"));
        ReadStats s = stats(JclExtraction.of(job, Optional.empty()));
        assertEquals(1, s.errors());
        assertTrue(problems(s).startsWith(job + ":21: {zowe.setup.dataset.prefix}: no value, as no zowe.yaml lies beside the job"),
                problems(s));
        assertTrue(s.damage().touches(Reach.identities()));
        assertTrue(s.assumptions().stream().anyMatch(a -> a.startsWith("{zowe.setup.security.users.zowe}: no value")
                && a.endsWith("Zowe's default ZWESVUSR is filled in at line 18")), s.assumptions().toString());
    }

    @Test
    void ddStarDataEndsAtSlashAsteriskAndWhatFollowsIsNotSystsin() throws IOException {
        String text = """
                //ADDUSERS JOB
                //TSO      EXEC PGM=IKJEFT1B
                //SYSTSPRT DD SYSOUT=*
                //SYSTSIN  DD *
                  ADDGROUP ZWEADMIN
                /* the user; this line ends the in-stream data of a DD *
                  ADDUSER ZWESVUSR DFLTGRP(ZWEADMIN)
                //NEXT     EXEC PGM=IEFBR14
                """;
        Path job = write("job.jcl", text);
        JclExtraction x = JclExtraction.of(job, Optional.empty());
        assertEquals(List.of("", "", "", "", "  ADDGROUP ZWEADMIN", "", "", ""), lines(x));
        ReadStats s = stats(x);
        assertTrue(notices(s).contains(job + ":6: /* in columns 1-2 ends the data of DD SYSTSIN (it has no DLM=): lines 7–7"
                + " after it are not SYSTSIN"), notices(s));
        assertTrue(notices(s).contains(job + ":8: step NEXT runs PGM=IEFBR14, a utility that changes no security definition"), notices(s));
        assertEquals(0, s.errors());
    }

    @Test
    void ddStarDataAlsoEndsAtTheNextStatementAndConcatenatedDdsFollowOn() throws IOException {
        String text = """
                //JOB1     JOB
                //TSO      EXEC PGM=IKJEFT01
                //SYSTSIN  DD *
                  ADDGROUP A
                //         DD *
                  ADDGROUP B
                //SYSIN    DD *
                  ADDGROUP C
                """;
        JclExtraction x = JclExtraction.of(write("job.jcl", text), Optional.empty());
        assertEquals(List.of("", "", "", "  ADDGROUP A", "", "  ADDGROUP B", "", ""), lines(x));
        assertTrue(notices(stats(x)).contains(":7: DD SYSIN (data line 8) is not the SYSTSIN of a TSO step: not read"));
    }

    @Test
    void aSymbolChoosesTheDdOfOneEsmAndTheOthersAreNotRead() throws IOException {
        String text = """
                //UNDO     JOB
                //         EXPORT SYMLIST=*
                //         SET PRODUCT=TSS           * RACF, ACF2 or TSS
                //         SET    USER=ZWESVUSR
                //RUN      EXEC PGM=IKJEFT01
                //SYSTSIN  DD DDNAME=&PRODUCT
                //RACF     DD DATA,DLM=$$,SYMBOLS=JCLONLY
                  DELUSER &USER.
                $$
                //TSS      DD DATA,DLM=$$,SYMBOLS=JCLONLY
                TSS DELETE(&USER)
                $$
                //ACF2     DD DATA,DLM=$$,SYMBOLS=JCLONLY
                ACF
                DELETE &USER.
                $$
                """;
        Path job = write("undo.jcl", text);
        JclExtraction x = JclExtraction.of(job, Optional.empty());
        assertEquals("TSS DELETE(ZWESVUSR)", lines(x).get(10));
        assertEquals(List.of("TSS DELETE(ZWESVUSR)"), lines(x).stream().filter(l -> !l.isEmpty()).toList());
        String notices = notices(stats(x));
        assertTrue(notices.contains(job + ":6: step RUN runs IKJEFT01; its SYSTSIN (DDNAME=TSS) is DD TSS, line 11"), notices);
        assertTrue(notices.contains(job + ":7: DD RACF (data line 8) is not the SYSTSIN of a TSO step: not read"), notices);
        assertTrue(notices.contains(job + ":13: DD ACF2 (data lines 14–15) is not the SYSTSIN of a TSO step: not read"), notices);
    }

    @Test
    void withoutSymbolsOnTheDdTheDataKeepsTheAmpersandsAndTheJobSaysSo() throws IOException {
        String text = """
                //J        JOB
                //         SET HLQ=ZWE
                //S        EXEC PGM=IKJEFT01
                //SYSTSIN  DD *
                  DELDSD '&HLQ..*.**'
                """;
        Path job = write("j.jcl", text);
        JclExtraction x = JclExtraction.of(job, Optional.empty());
        assertEquals("  DELDSD '&HLQ..*.**'", lines(x).get(4));
        assertTrue(notices(stats(x)).contains(job + ":5: DD SYSTSIN has no SYMBOLS= parameter, so JES substitutes nothing in its data:"
                + " &HLQ. stays as written at line 5, although the job sets HLQ at line 2"), notices(stats(x)));
    }

    @Test
    void aSymbolSetBeforeItsExportIsNotSubstitutedInData() throws IOException {
        String text = """
                //J        JOB
                //         SET HLQ=ZWE
                //         EXPORT SYMLIST=(HLQ)
                //S        EXEC PGM=IKJEFT01
                //SYSTSIN  DD *,SYMBOLS=JCLONLY
                  DELDSD '&HLQ..*.**'
                """;
        Path job = write("j.jcl", text);
        JclExtraction x = JclExtraction.of(job, Optional.empty());
        assertEquals("  DELDSD '&HLQ..*.**'", lines(x).get(5));
        assertTrue(notices(stats(x)).contains(job + ":6: &HLQ is set at line 2 but not exported"), notices(stats(x)));
    }

    @Test
    void systemSymbolsAreLeftAsWrittenAndTheLinesThatUseThemAreNotTrusted() throws IOException {
        String text = """
                //J        JOB
                //         EXPORT SYMLIST=*
                //S        EXEC PGM=IKJEFT01
                //SYSTSIN  DD *,SYMBOLS=EXECSYS
                  PERMIT BPX.DAEMON CLASS(FACILITY) ID(&SYSNAME.SV) ACCESS(UPDATE)
                  ADDGROUP ZWEADMIN
                """;
        Path job = write("j.jcl", text);
        JclExtraction x = JclExtraction.of(job, Optional.empty());
        assertEquals("  PERMIT BPX.DAEMON CLASS(FACILITY) ID(&SYSNAME.SV) ACCESS(UPDATE)", lines(x).get(4));
        ReadStats s = stats(x);
        assertTrue(notices(s).contains(job + ":4: DD SYSTSIN has SYMBOLS=EXECSYS: JES also substitutes the system symbols"), notices(s));
        assertEquals(1, s.errors());
        assertTrue(problems(s).startsWith(job + ":5: &SYSNAME. is no symbol of the job;"), problems(s));
        assertTrue(s.damage().touches(Reach.classes("FACILITY")));
    }

    @Test
    void stepsThatAreNotTsoStepsAreProblemsUnlessTheyChangeNoSecurityDefinition() throws IOException {
        String text = """
                //J        JOB
                //CLEAN    EXEC PGM=IEFBR14
                //COPY     EXEC PGM=IDCAMS
                //SYSIN    DD *
                  DELETE ZWE.OLD.LOG
                /*
                //BATCH    EXEC PGM=ACFBATCH
                //CUSTOM   EXEC MYPROC
                //TSO      EXEC PGM=IKJEFT01,PARM='%SETUP'
                //SYSTSIN  DD *
                  ADDGROUP ZWEADMIN
                """;
        Path job = write("j.jcl", text);
        ReadStats s = stats(JclExtraction.of(job, Optional.empty()));
        String problems = problems(s);
        assertTrue(problems.contains(job + ":7: step BATCH runs PGM=ACFBATCH, which this scan does not read"), problems);
        assertTrue(problems.contains(job + ":8: step CUSTOM runs procedure MYPROC: procedures are not read"), problems);
        assertTrue(problems.contains(job + ":9: step TSO runs IKJEFT01 with PARM='%SETUP': the command in PARM runs before SYSTSIN"), problems);
        assertEquals(3, s.errors());
        assertTrue(notices(s).contains(job + ":2: step CLEAN runs PGM=IEFBR14"), notices(s));
        assertTrue(notices(s).contains(job + ":3: step COPY runs PGM=IDCAMS"), notices(s));
        assertTrue(s.damage().touches(Reach.identities()));
    }

    @Test
    void aJobWithoutATsoStepOrWithoutInStreamSystsinIsNoCommandJob() throws IOException {
        JclExtraction.NotACommandJob none = assertThrows(JclExtraction.NotACommandJob.class, () -> JclExtraction.of(write("a.jcl", """
                //BUILD    JOB
                //COMPILE  EXEC EDCCBG
                //SYSIN    DD *
                  int main() { return 0; }
                """), Optional.empty()));
        assertEquals(1, none.line());
        assertTrue(none.getMessage().contains("a batch job without a TSO step (EXEC PGM=IKJEFT01, IKJEFT1A or IKJEFT1B);"
                + " its steps: step COMPILE (line 2) runs procedure EDCCBG; procedures are not read"), none.getMessage());

        JclExtraction.NotACommandJob dataSet = assertThrows(JclExtraction.NotACommandJob.class, () -> JclExtraction.of(write("b.jcl", """
                //RUNCMDS  JOB
                //TSO      EXEC PGM=IKJEFT01
                //SYSTSIN  DD DISP=SHR,DSN=SYS1.ZOWE.COMMANDS
                """), Optional.empty()));
        assertEquals(2, dataSet.line());
        assertTrue(dataSet.getMessage().contains("step TSO (line 2) runs IKJEFT01 but its SYSTSIN is not in the member:"
                + " DD SYSTSIN (line 3) is data set SYS1.ZOWE.COMMANDS; pass that data instead"), dataSet.getMessage());

        JclExtraction.NotACommandJob missing = assertThrows(JclExtraction.NotACommandJob.class, () -> JclExtraction.of(write("c.jcl", """
                //RUNCMDS  JOB
                //         SET PRODUCT=ACF2
                //TSO      EXEC PGM=IKJEFT01
                //SYSTSIN  DD DDNAME=&PRODUCT
                //RACF     DD *
                  ADDGROUP ZWEADMIN
                """), Optional.empty()));
        assertTrue(missing.getMessage().contains("its SYSTSIN DD (line 4) says DDNAME=ACF2 and the step has no DD ACF2"), missing.getMessage());
    }

    @Test
    void aDdDataWithoutItsDelimiterRunsToTheEndOfTheMember() throws IOException {
        String text = """
                //J        JOB
                //S        EXEC PGM=IKJEFT01
                //SYSTSIN  DD DATA,DLM=##
                  ADDGROUP ZWEADMIN
                //NEXT     EXEC PGM=IEFBR14
                """;
        Path job = write("j.jcl", text);
        JclExtraction x = JclExtraction.of(job, Optional.empty());
        assertEquals("//NEXT     EXEC PGM=IEFBR14", lines(x).get(4));
        assertTrue(notices(stats(x)).contains(job + ":3: DD SYSTSIN: no delimiter ## ends its data, so it runs to the end of the member"));
    }

    @Test
    void stepsInsideAnInStreamProcedureDefinitionAreNotRunAndIncludeIsNotSeen() throws IOException {
        String text = """
                //J        JOB
                //TSOPROC  PROC
                //T        EXEC PGM=IKJEFT01
                //SYSTSIN  DD *
                  DELGROUP ZWEADMIN
                //         PEND
                //         INCLUDE MEMBER=MORE
                //RUN      EXEC PGM=IKJEFT01
                //SYSTSIN  DD *
                  ADDGROUP ZWEADMIN
                """;
        Path job = write("j.jcl", text);
        JclExtraction x = JclExtraction.of(job, Optional.empty());
        assertEquals(List.of("  ADDGROUP ZWEADMIN"), lines(x).stream().filter(l -> !l.isEmpty()).toList());
        assertTrue(problems(stats(x)).contains(job + ":7: INCLUDE MEMBER=MORE brings in JCL"), problems(stats(x)));
    }
}
