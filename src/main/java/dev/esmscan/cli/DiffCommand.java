package dev.esmscan.cli;

import dev.esmscan.report.ReportReader;
import dev.esmscan.report.baseline.ReportDiff;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** esmscan diff: what changed between two reports, and whether anything got worse. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Compare two report.json files: first what they checked (ESM, system, settings, features, end users,"
                + " rule pack; the inputs with their digests), then by (id, subject): new failures, resolved failures, other status changes.",
                "Worse means a status that ranks higher than before: PASS, NOT_APPLICABLE < MANUAL < WAIVED < FAIL < ERROR;"
                        + " a result that did not exist before counts as PASS."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the same scope, and nothing got worse",
                "4:the scope changed (the reports did not check the same thing), or a result got worse (a new failure, an expired waiver, FAIL to ERROR, ...)",
                "12:usage or input error (a file is not an esmscan report.json)", "16:internal error"})
public final class DiffCommand implements Callable<Integer> {
    static final int WORSE = 4;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD.json", description = "The earlier report.json.")
    Path older;

    @Parameters(index = "1", paramLabel = "NEW.json", description = "The later report.json.")
    Path newer;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing; the exit code tells.")
    boolean quiet;

    @Override
    public Integer call() {
        ReportDiff diff = ReportDiff.between(ReportReader.read(older), ReportReader.read(newer));
        if (!quiet) {
            spec.commandLine().getOut().print(diff.render(older.toString(), newer.toString()));
            spec.commandLine().getOut().println("esmscan diff: " + diff.reason());
        }
        return diff.scopeChanged() || diff.gotWorse() ? WORSE : 0;
    }
}
