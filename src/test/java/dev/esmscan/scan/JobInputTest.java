package dev.esmscan.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.esmscan.config.SiteSettings;
import dev.esmscan.esm.Esms;
import dev.esmscan.input.InputException;
import dev.esmscan.input.ReadStats;
import dev.esmscan.input.jcl.JclReader;
import dev.esmscan.policy.Finding;
import dev.esmscan.policy.PolicyPack;
import dev.esmscan.remediation.BatchJob;
import dev.esmscan.remediation.RemediationPlan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A batch job as an input, through the real entry point: recognised by content, its SYSTSIN read by
 * the command reader of its ESM after the extracts it applies to, reported under the job's name
 * with the job's line numbers.
 */
class JobInputTest {
    private static final PolicyPack PACK = PolicyPack.embedded();
    private static final InputResolver RESOLVER = new InputResolver(Esms.all());

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, text, StandardCharsets.ISO_8859_1);
    }

    private static Map<String, String> verdicts(List<ScanInput> inputs) {
        SiteSettings settings = SiteSettings.builder().asOf(LocalDate.of(2026, 1, 15)).build();
        Map<String, String> out = new TreeMap<>();
        for (Finding f : Scanner.scan(inputs, settings, PACK).findings()) {
            out.put(f.id() + " " + f.subject(), f.status().toString());
        }
        return out;
    }

    /**
     * The job esmscan writes itself (IKJEFT01, SYSTSIN DD DATA,DLM=$$ after a JOB card and comment
     * statements) gives, read back as an input, the verdicts its commands give as a command file:
     * each ESM's command reader finds its commands after the blank lines that stand for the JCL.
     */
    @ParameterizedTest
    @ValueSource(strings = {"racf", "tss", "acf2"})
    void theRemediationJobReadBackGivesTheVerdictsOfItsCommands(String esm) throws IOException {
        Path sample = Path.of("sample-exports", esm);
        Scanner.Loaded loaded = Scanner.load(RESOLVER.resolve(List.of(sample), Optional.empty()).inputs());
        SiteSettings settings = SiteSettings.builder().asOf(LocalDate.of(2026, 1, 15)).build();
        List<Finding> findings = Scanner.evaluate(loaded, settings, PACK).findings();
        RemediationPlan plan = RemediationPlan.of(findings);
        var renderer = loaded.esm().renderer(settings.forEsm(loaded.esm().name()));
        Path job = write("job/" + esm + ".jcl", BatchJob.remediationJob(plan, renderer, loaded.esm().name()));
        Path commands = write("commands/" + esm + ".txt", BatchJob.commands(plan, renderer));

        InputResolver.Resolved asJob = RESOLVER.resolve(List.of(job, sample), Optional.empty());
        ScanInput jobInput = asJob.inputs().get(0);
        assertEquals(loaded.esm().name(), jobInput.esm().name());
        assertTrue(jobInput.reader() instanceof JclReader);
        assertTrue(jobInput.reader().format().startsWith("jcl(" + esm + "-commands"), jobInput.reader().format());
        assertEquals(verdicts(RESOLVER.resolve(List.of(sample, commands), Optional.empty()).inputs()), verdicts(asJob.inputs()));

        ReadStats stats = Scanner.load(asJob.inputs()).stats().get(asJob.inputs().size() - 1);
        assertEquals(job.toString(), stats.path(), "the job is read after the extracts and reported under its own name");
        assertEquals(jobInput.reader().format(), stats.format());
    }

    /** A RACF setup job over the sample site: its commands apply on top of the unload; problems name the job's lines. */
    @Test
    void theCommandsOfAJobApplyOnTheUnloadAndTheirProblemsNameTheJobsLines() throws IOException {
        Path job = write("site/ZWESECUR.jcl", """
                //ZWESECUR JOB
                //         EXPORT SYMLIST=*
                //         SET USER=ZWESVUSR
                //RUN      EXEC PGM=IKJEFT01
                //SYSTSPRT DD SYSOUT=*
                //SYSTSIN  DD DDNAME=CMDS
                //CMDS     DD DATA,DLM=$$,SYMBOLS=JCLONLY
                  PERMIT BPX.JOBNAME CLASS(FACILITY) ID(&USER.) ACCESS(READ)
                  FROBNICATE &USER.
                $$
                """);
        Path site = Path.of("sample-exports/racf/site.irrdbu00");
        Scanner.Loaded loaded = Scanner.load(RESOLVER.resolve(List.of(job, site), Optional.empty()).inputs());
        ReadStats stats = loaded.stats().get(1);
        assertEquals("jcl(racf-commands)", stats.format());
        assertEquals(1, stats.errors(), stats.problems().toString());
        assertTrue(stats.problems().get(0).startsWith(job + ":9: ") && stats.problems().get(0).contains("FROBNICATE"),
                stats.problems().toString());
    }

    /**
     * Each ESM's command reader skips the blank lines that stand for the JCL before and between the
     * SYSTSIN records, still recognises its format, and counts lines as the member does.
     */
    @ParameterizedTest
    @ValueSource(strings = {"RACF|  ADDGROUP ZWEADMIN|  FROBNICATE ZWEADMIN",
            "TSS|TSS CREATE(ZOWEDEPT) TYPE(DEPT) NAME('ZOWE')|TSS FROBNICATE(ZOWEDEPT)",
            "ACF2|ACF|FROBNICATE ZWEADMIN"})
    void everyCommandReaderFindsItsCommandsAfterTheJclAndNamesTheJobsLines(String esmAndLines) throws IOException {
        String[] parts = esmAndLines.split("\\|");
        StringBuilder job = new StringBuilder("//SETUP    JOB (ACCT),'ZOWE',CLASS=A\n");
        for (int i = 0; i < 20; i++) {
            job.append("//* comment line ").append(i + 2).append('\n');
        }
        job.append("//RUN      EXEC PGM=IKJEFT1A\n")      // line 22
                .append("//SYSTSIN  DD DDNAME=CMDS\n")    // 23
                .append("//SYSTSPRT DD SYSOUT=*\n")       // 24
                .append("//CMDS     DD DATA,DLM=$$\n")    // 25
                .append('\n')                             // 26
                .append(parts[1]).append('\n')           // 27
                .append('\n')                             // 28
                .append(parts[2]).append('\n')           // 29
                .append("$$\n");
        Path file = write(parts[0] + ".jcl", job.toString());
        InputResolver.Resolved r = RESOLVER.resolve(List.of(file), Optional.empty());
        assertEquals(parts[0], r.inputs().get(0).esm().name());
        ReadStats stats = Scanner.load(r.inputs()).stats().get(0);
        assertTrue(stats.problems().stream().anyMatch(p -> p.startsWith(file + ":29: ") && p.contains("FROBNICATE")),
                stats.problems().toString());
    }

    @Test
    void theZoweYamlBesideTheJobFillsItsPlaceholdersUnlessOneIsGiven() throws IOException {
        String text = """
                //J        JOB
                //RUN      EXEC PGM=IKJEFT01
                //SYSTSIN  DD *
                  ADDGROUP {zowe.setup.security.groups.admin}
                """;
        Path job = write("beside/job.jcl", text);
        Path beside = write("beside/zowe.yaml", "zowe:\n  setup:\n    security:\n      groups:\n        admin: BESIDE\n");
        Path given = write("given.yaml", "zowe:\n  setup:\n    security:\n      groups:\n        admin: GIVEN\n");

        InputResolver.Resolved r = RESOLVER.resolve(List.of(job), Optional.empty());
        assertEquals(Optional.of(beside), r.zoweYaml(), "the job's zowe.yaml is the site's settings too");
        assertTrue(((JclReader) r.inputs().get(0).reader()).extraction().text().contains("ADDGROUP BESIDE"));

        InputResolver.Resolved g = RESOLVER.resolve(List.of(job), Optional.empty(), Optional.of(given));
        assertTrue(((JclReader) g.inputs().get(0).reader()).extraction().text().contains("ADDGROUP GIVEN"));

        InputResolver.Resolved folder = RESOLVER.resolve(List.of(dir.resolve("beside")), Optional.empty());
        assertEquals(Optional.of(beside), folder.zoweYaml());
        assertTrue(((JclReader) folder.inputs().get(0).reader()).extraction().text().contains("ADDGROUP BESIDE"));
    }

    @Test
    void aJobWithoutSystsinOrWithoutRecognisedCommandsIsAnInputErrorNamingTheFileAndTheStep() throws IOException {
        Path none = write("none.jcl", """
                //UNLOAD   JOB
                //STEP1    EXEC PGM=IRRDBU00,PARM=NOLOCKINPUT
                //OUTDD    DD DSN=SYS1.UNLOAD,DISP=(NEW,CATLG)
                """);
        InputException e = assertThrows(InputException.class, () -> RESOLVER.resolve(List.of(none), Optional.empty()));
        assertTrue(e.getMessage().startsWith(none + ":1: not a recognised extract: a batch job without a TSO step"), e.getMessage());
        assertTrue(e.getMessage().contains("step STEP1 (line 2) runs PGM=IRRDBU00"), e.getMessage());

        Path rexx = write("rexx.jcl", """
                //REXX     JOB
                //RUN      EXEC PGM=IKJEFT01
                //SYSTSIN  DD *
                  %ZWESETUP
                """);
        InputException r = assertThrows(InputException.class, () -> RESOLVER.resolve(List.of(rexx), Optional.empty()));
        assertTrue(r.getMessage().startsWith(rexx + ":3: the SYSTSIN of step RUN (DD SYSTSIN, line 4) holds no command esmscan"
                + " recognises (line 4: %ZWESETUP)"), r.getMessage());
    }
}
