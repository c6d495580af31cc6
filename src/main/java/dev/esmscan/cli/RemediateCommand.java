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

    @Override
    public Integer call() throws Exception {
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
        long needPerson = result.findings().stream()
                .filter(f -> f.status() == dev.esmscan.policy.Status.FAIL && f.remediation().isEmpty()).count();
        stdout.println(plan.steps().size() + " changes fix the failures that commands can fix; "
                + needPerson + " failures need a person (see the scan report).");
        for (Path written : new OutputFiles(out)
                .add("remediate.jcl", BatchJob.remediationJob(plan, renderer, esm, warning == null ? List.of() : List.of(warning)).getBytes(StandardCharsets.UTF_8))
                .add("backout.jcl", BatchJob.backoutJob(plan, renderer, esm).getBytes(StandardCharsets.UTF_8))
                .add("remediate.txt", BatchJob.commands(plan, renderer).getBytes(StandardCharsets.UTF_8))
                .commit()) {
            spec.commandLine().getErr().println("wrote " + written);
        }
        return ExitCode.of(JsonReport.tree(result));
    }
}
