package dev.esmscan.remediation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.esmscan.config.SiteSettings;
import dev.esmscan.esm.Esms;
import dev.esmscan.model.ModelDump;
import dev.esmscan.policy.Finding;
import dev.esmscan.policy.PolicyPack;
import dev.esmscan.policy.Status;
import dev.esmscan.scan.InputResolver;
import dev.esmscan.scan.ScanResult;
import dev.esmscan.scan.Scanner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generated job, read back as IBM's IKJEFT01 would read its SYSTSIN, applies without a
 * rejected command, fixes every fixable failure, and its backout job restores the model exactly.
 */
class RemediationRoundTripTest {
    private static final PolicyPack PACK = PolicyPack.embedded();

    @TempDir
    static Path tmp;

    static Stream<Arguments> sites() throws Exception {
        String shared = System.getProperty("esmscan.shared", "../shared");
        Path partial = Files.writeString(Files.createTempDirectory("esmscan-partial").resolve("partial.racf"), String.join("\n",
                "SETROPTS GENERIC(FACILITY) CLASSACT(FACILITY) GRPLIST",
                // a SETROPTS command changes only the classes it names: say which ones are off
                "SETROPTS NOCLASSACT(STARTED IDIDMAP APPL CSFSERV XFACILIT IDTDATA)",
                "SETROPTS NORACLIST(FACILITY STARTED IDIDMAP APPL CSFSERV XFACILIT IDTDATA)",
                "ADDGROUP ZWEADMIN",
                "ADDGROUP STCGRP OMVS(AUTOGID)",
                "ADDUSER ZWESVUSR NOPASSWORD DFLTGRP(STCGRP) OMVS(UID(990) HOME(/u/zwe))",
                "RDEFINE FACILITY BPX.JOBNAME UACC(NONE)",
                "PERMIT BPX.JOBNAME CLASS(FACILITY) ID(ZWESVUSR) ACCESS(NONE)",
                "RDEFINE FACILITY ZWES.IS UACC(NONE) WARNING", ""));
        return Stream.of(
                Arguments.of("the real ADCD unload with a SETROPTS capture",
                        List.of(Path.of(shared, "real-world/adcd-2021.irrdbu00"), Path.of("src/test/resources/racf/adcd-2021-setropts.txt"))),
                Arguments.of("the bundled sample site", List.of(Path.of("sample-exports/racf"))),
                Arguments.of("a partly done setup built from commands", List.of(partial)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sites")
    void remediationFixesEveryFixableFailureAndBackoutRestoresTheModel(String site, List<Path> inputs) {
        Scanner.Loaded loaded = Scanner.load(new InputResolver(Esms.all()).resolve(inputs, Optional.empty()).inputs());
        SiteSettings settings = SiteSettings.builder().asOf(LocalDate.of(2026, 1, 15)).build();
        ScanResult scan = Scanner.evaluate(loaded, settings, PACK);
        assertTrue(scan.findings().stream().anyMatch(f -> f.status() == Status.FAIL && !f.remediation().isEmpty()),
                site + " should have something to fix");

        Verification.Report report = Verification.verify(loaded, scan, settings, PACK);
        assertEquals(List.of(), report.rejected(), "commands the interpreter rejected");
        for (Verification.Outcome o : report.outcomes()) {
            assertTrue(o.fixed(), o.before().id() + " " + o.before().subject() + " remains: " + o.evidenceAfter());
        }

        CommandRenderer renderer = loaded.esm().renderer();
        RemediationPlan plan = RemediationPlan.of(scan.findings());
        CommandInterpreter interpreter = loaded.esm().interpreter();
        CommandInterpreter.Applied fixed = interpreter.apply(loaded.model(), BatchJob.systsin(report.job()));
        CommandInterpreter.Applied restored = interpreter.apply(fixed.model(), BatchJob.systsin(BatchJob.backoutJob(plan, renderer, "RACF")));
        assertEquals(List.of(), restored.problems());
        assertFalse(ModelDump.dump(fixed.model()).equals(ModelDump.dump(loaded.model())), "the job changed nothing");
        assertEquals(ModelDump.dump(loaded.model()), ModelDump.dump(restored.model()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sites")
    void everyReportedCommandIsInTheJobAndTheJobHasNoOtherChange(String site, List<Path> inputs) {
        Scanner.Loaded loaded = Scanner.load(new InputResolver(Esms.all()).resolve(inputs, Optional.empty()).inputs());
        ScanResult scan = Scanner.evaluate(loaded, SiteSettings.builder().asOf(LocalDate.of(2026, 1, 15)).build(), PACK);
        String pasteable = BatchJob.commands(RemediationPlan.of(scan.findings()), loaded.esm().renderer());
        List<String> lines = List.of(pasteable.split("\n"));
        for (Finding f : scan.findings()) {
            for (String command : f.remediation()) {
                assertTrue(lines.contains(command), command + " (" + f.id() + ") is not in remediate.txt");
            }
        }
        for (String line : lines) {
            assertTrue(scan.findings().stream().anyMatch(f -> f.remediation().contains(line)), line + " fixes no reported result");
        }
    }
}
