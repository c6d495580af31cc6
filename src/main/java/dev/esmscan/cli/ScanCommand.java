package dev.esmscan.cli;

import dev.esmscan.report.ExitCode;
import dev.esmscan.report.JsonReport;
import dev.esmscan.report.OutputFiles;
import dev.esmscan.report.TextReport;
import dev.esmscan.scan.ScanResult;
import dev.esmscan.scan.Scanner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every applicable requirement passed (or is waived or manual)",
                "4:failures, all fixable by the generated commands",
                "8:failures that need a person, or requirements that could not be decided",
                "12:usage or input error", "16:internal error"})
public final class ScanCommand implements Callable<Integer> {
    private static final Set<String> FORMATS = Set.of("json", "text");

    @Spec
    CommandSpec spec;

    @Mixin
    ScanOptions options;

    @Option(names = "--format", split = ",", paramLabel = "FORMAT", description = "Any of: json, text (default: json,text).")
    List<String> formats = List.of("json", "text");

    @Option(names = "--out", paramLabel = "DIR", description = "Folder for report files (default: ./esmscan-report).")
    Path out = Path.of("esmscan-report");

    @Override
    public Integer call() throws Exception {
        Set<String> wanted = new LinkedHashSet<>();
        for (String f : formats) {
            String format = f.trim().toLowerCase(Locale.ROOT);
            if (!FORMATS.contains(format)) {
                throw new ParameterException(spec.commandLine(), "--format: unknown format '" + f + "' (known: json, text)");
            }
            wanted.add(format);
        }
        ScanOptions.Prepared prepared = options.prepare();
        ScanResult result = Scanner.scan(prepared.inputs(), prepared.settings(), options.policyPack());
        String text = TextReport.render(result);
        OutputFiles files = new OutputFiles(out);
        if (wanted.contains("json")) {
            files.add("report.json", JsonReport.render(result));
        }
        if (wanted.contains("text")) {
            files.add("report.txt", text.getBytes(StandardCharsets.UTF_8));
            spec.commandLine().getOut().print(text);
        }
        for (Path written : files.commit()) {
            spec.commandLine().getErr().println("wrote " + written);
        }
        return ExitCode.of(result.findings());
    }
}
