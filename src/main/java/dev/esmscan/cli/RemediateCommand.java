package dev.esmscan.cli;

import dev.esmscan.remediation.BatchJob;
import dev.esmscan.remediation.CommandRenderer;
import dev.esmscan.remediation.RemediationPlan;
import dev.esmscan.report.ExitCode;
import dev.esmscan.report.JsonReport;
import dev.esmscan.report.OutputFiles;
import dev.esmscan.scan.ScanResult;
import dev.esmscan.scan.Scanner;
import dev.esmscan.scan.SiteIdentities;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** esmscan remediate: the job that fixes what failed, and the job that undoes it. */
@Command(name = "remediate", mixinStandardHelpOptions = true,
        description = "Write remediate.jcl, backout.jcl and remediate.txt for every failure commands can fix.")
public final class RemediateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ScanOptions options;

    @Option(names = "--out", paramLabel = "DIR", description = "Folder for the jobs (default: ./esmscan-report).")
    Path out = Path.of("esmscan-report");

    @Option(names = {"-q", "--quiet"}, description = "Print nothing on stdout and name no written file; the exit code tells.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        OutputFolder.check(spec, out);
        ScanOptions.Prepared prepared = options.prepare();
        Scanner.Loaded loaded = options.load(prepared.inputs(), false);
        ScanResult result = Scanner.evaluate(loaded, prepared.settings(), options.policyPack());
        RemediationPlan plan = RemediationPlan.of(result.findings());
        CommandRenderer renderer = loaded.esm().renderer(result.settings());
        String esm = loaded.esm().name();
        PrintWriter stdout = spec.commandLine().getOut();
        String warning = SiteIdentities.of(result).warning();
        if (warning != null) {
            stdout.println("WARNING: " + warning);
        }
        for (Path written : new OutputFiles(out)
                .add("remediate.jcl", BatchJob.remediationJob(plan, renderer, esm, warning == null ? List.of() : List.of(warning)).getBytes(StandardCharsets.UTF_8))
                .add("backout.jcl", BatchJob.backoutJob(plan, renderer, esm).getBytes(StandardCharsets.UTF_8))
                .add("remediate.txt", BatchJob.commands(plan, renderer).getBytes(StandardCharsets.UTF_8))
                .commit()) {
            if (!quiet) {
                spec.commandLine().getErr().println("wrote " + written);
            }
        }
        var report = JsonReport.tree(result);
        if (!quiet) {
            stdout.println("esmscan remediate: " + Changes.of(plan, result.findings()) + "; " + ExitCode.reason(report));
        }
        return ExitCode.of(report);
    }
}
