package dev.esmscan.cli;

import dev.esmscan.remediation.RemediationPlan;
import dev.esmscan.remediation.Verification;
import dev.esmscan.scan.ScanResult;
import dev.esmscan.scan.Scanner;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** esmscan verify: applies the generated job to a copy of the database and scans it again. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Apply the generated remediation to a copy of the model, rescan, and list what it fixed.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every fixable failure is fixed", "4:some fixable failure remains, or a command was rejected",
                "12:usage or input error", "16:internal error"})
public final class VerifyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ScanOptions options;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing on stdout; the exit code tells.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        ScanOptions.Prepared prepared = options.prepare();
        var pack = options.policyPack();
        Scanner.Loaded loaded = options.load(prepared.inputs(), false);
        ScanResult scan = Scanner.evaluate(loaded, prepared.settings(), pack);
        Verification.Report report = Verification.verify(loaded, scan, prepared.settings(), pack);
        PrintWriter out = quiet ? new PrintWriter(java.io.Writer.nullWriter()) : spec.commandLine().getOut();
        long fixed = report.outcomes().stream().filter(Verification.Outcome::fixed).count();
        int changes = RemediationPlan.of(scan.findings()).steps().size();
        out.println("esmscan verify: the generated job's " + changes + (changes == 1 ? " change" : " changes") + " fixed " + fixed
                + " of " + report.outcomes().size() + " fixable failures");
        for (Verification.Outcome o : report.outcomes()) {
            out.println((o.fixed() ? "  fixed    " : "  REMAINS  ") + o.before().id() + "  " + o.before().subject()
                    + (o.fixed() ? "" : "  (" + o.after() + ": " + o.evidenceAfter() + ")")
                    + (o.fixed() && o.distrust() != null ? "  (on the records read; the report still says ERROR: the input has problems)" : ""));
        }
        report.rejected().forEach(p -> out.println("  NOT APPLIED " + p));
        if (!report.notices().isEmpty()) {
            out.println("  " + report.notices().size() + " notice" + (report.notices().size() == 1 ? "" : "s")
                    + " (commands the ESM would refuse or that change nothing), first: " + report.notices().get(0));
        }
        int code = report.allFixed() ? 0 : 4;
        long remaining = report.outcomes().size() - fixed;
        out.println("esmscan verify: " + (code == 0 ? "exit 0: every fixable failure is fixed"
                : "exit 4: " + (remaining > 0 ? remaining + " fixable failure" + (remaining == 1 ? " remains" : "s remain") : "")
                + (remaining > 0 && !report.rejected().isEmpty() ? " and " : "")
                + (report.rejected().isEmpty() ? "" : report.rejected().size() + " command" + (report.rejected().size() == 1 ? " was" : "s were")
                + " not applied")));
        return code;
    }
}
