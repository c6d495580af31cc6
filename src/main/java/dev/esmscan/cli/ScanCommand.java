package dev.esmscan.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.esmscan.policy.PolicyPack;
import dev.esmscan.report.ExitCode;
import dev.esmscan.report.JsonReport;
import dev.esmscan.report.OutputFiles;
import dev.esmscan.report.ReportFormat;
import dev.esmscan.report.ReportReader;
import dev.esmscan.report.TextReport;
import dev.esmscan.report.baseline.Baseline;
import dev.esmscan.report.waiver.WaiverFile;
import dev.esmscan.report.waiver.Waivers;
import dev.esmscan.scan.PackCompilation;
import dev.esmscan.scan.ScanResult;
import dev.esmscan.scan.Scanner;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** esmscan scan: evaluates the requirements and writes the reports. */
@Command(name = "scan", mixinStandardHelpOptions = true,
        description = "Evaluate the Zowe requirements on extracts; text to stdout, files to --out.",
        exitCodeListHeading = "%nExit codes (after waivers: a waived failure does not count):%n",
        exitCodeList = {"0:every applicable requirement passed (or is waived or manual)",
                "4:failures, all fixable by the generated commands",
                "8:failures that need a person, or requirements that could not be decided",
                "12:usage or input error (including a malformed waivers file)", "16:internal error"})
public final class ScanCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ScanOptions options;

    @Option(names = "--format", split = ",", paramLabel = "FORMAT",
            description = "Any of: json, text, html, sarif, junit, csv, md (default: json,text).")
    List<String> formats = List.of("json", "text");

    @Option(names = "--out", paramLabel = "DIR", description = "Folder for report files (default: ./esmscan-report).")
    Path out = Path.of("esmscan-report");

    @Option(names = "--waivers", paramLabel = "FILE",
            description = "YAML list of accepted risks (id, subject, justification, approved_by, expires); covered failures become WAIVED.")
    Path waivers;

    @Option(names = "--baseline", paramLabel = "REPORT.json",
            description = "A previous report.json: mark each failure new or unchanged, and list the resolved ones.")
    Path baseline;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing on stdout (not even the summary line) and name no written file; the exit code tells.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        Set<ReportFormat> wanted = formats(spec, formats);
        OutputFolder.check(spec, out);
        WaiverFile waiverFile = waivers == null ? null : WaiverFile.read(waivers);
        ObjectNode previous = baseline == null ? null : ReportReader.read(baseline);
        PhaseTimes times = new PhaseTimes(spec.commandLine().getErr());
        PackCompilation pack = PackCompilation.start(options::policyPack);
        ScanOptions.Prepared prepared = options.prepare();
        Scanner.Loaded loaded = options.load(prepared.inputs(), true);
        times.done("read");
        PolicyPack policy = pack.join();
        times.done("rules-wait");
        if (waiverFile != null) {
            waiverFile.requireKnownIds(policy.catalogue().requirements().stream().map(r -> r.id()).toList());
        }
        ScanResult result = Scanner.evaluate(loaded, prepared.settings(), policy).withSystem(prepared.system());
        times.done("evaluate");
        ObjectNode report = JsonReport.tree(result);
        if (waiverFile != null) {
            Waivers.apply(report, waiverFile);
        }
        if (previous != null) {
            Baseline.apply(report, previous, baseline.toString());
        }
        if (wanted.contains(ReportFormat.TEXT) && !quiet) {
            spec.commandLine().getOut().print(TextReport.render(report));
        }
        for (Path written : ReportFormat.renderAll(wanted, report, new OutputFiles(out)).commit()) {
            if (!quiet) {
                spec.commandLine().getErr().println("wrote " + written);
            }
        }
        times.done("report");
        if (!quiet) {
            spec.commandLine().getOut().println("esmscan scan: " + ExitCode.summaryLine(report));
        }
        return ExitCode.of(report);
    }

    static Set<ReportFormat> formats(CommandSpec spec, List<String> names) {
        try {
            Set<ReportFormat> wanted = ReportFormat.parse(names);
            if (wanted.isEmpty()) {
                throw new IllegalArgumentException("no format named (known: " + ReportFormat.known() + ")");
            }
            return wanted;
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--format: " + e.getMessage());
        }
    }
}
