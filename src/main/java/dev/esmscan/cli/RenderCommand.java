package dev.esmscan.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.esmscan.report.ExitCode;
import dev.esmscan.report.OutputFiles;
import dev.esmscan.report.ReportFormat;
import dev.esmscan.report.ReportReader;
import dev.esmscan.report.TextReport;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** esmscan render: renders a saved report.json again, in other formats. */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Render a saved report.json into other formats (html, sarif, junit, csv, md, text, json).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the files were written", "12:usage or input error (the report is not an esmscan report.json)",
                "16:internal error"})
public final class RenderCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "REPORT.json", description = "A report.json written by esmscan scan.")
    Path report;

    @Option(names = "--format", split = ",", paramLabel = "FORMAT",
            description = "Any of: json, text, html, sarif, junit, csv, md (default: html).")
    List<String> formats = List.of("html");

    @Option(names = "--out", paramLabel = "DIR", description = "Folder for report files (default: ./esmscan-report).")
    Path out = Path.of("esmscan-report");

    @Option(names = {"-q", "--quiet"}, description = "Print nothing on stdout (not even the summary line) and name no written file.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        var wanted = ScanCommand.formats(spec, formats);
        OutputFolder.check(spec, out);
        ObjectNode tree = ReportReader.read(report);
        if (wanted.contains(ReportFormat.TEXT) && !quiet) {
            spec.commandLine().getOut().print(TextReport.render(tree));
        }
        int files = 0;
        for (Path written : ReportFormat.renderAll(wanted, tree, new OutputFiles(out)).commit()) {
            files++;
            if (!quiet) {
                spec.commandLine().getErr().println("wrote " + written);
            }
        }
        if (!quiet) {
            spec.commandLine().getOut().println("esmscan render: " + ExitCode.counts(tree) + " (the scan's " + ExitCode.reason(tree)
                    + "); exit 0: " + files + (files == 1 ? " file" : " files") + " written");
        }
        return 0;
    }
}
