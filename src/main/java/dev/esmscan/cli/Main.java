package dev.esmscan.cli;

import dev.esmscan.input.InputException;
import dev.esmscan.policy.PolicyException;
import dev.esmscan.report.ExitCode;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The esmscan command line. */
@Command(name = "esmscan", mixinStandardHelpOptions = true, version = "esmscan 1.0.0",
        description = "Checks a z/OS security database extract against the Zowe security requirements.",
        subcommands = {ScanCommand.class, AccessCommand.class, RemediateCommand.class, VerifyCommand.class,
                RulesCommand.class, RenderCommand.class, DiffCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs one command line with the given streams; returns the exit code of the CLI contract. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((ex, a) -> {
            err.println("esmscan: " + ex.getMessage());
            err.println("Try 'esmscan " + (ex.getCommandLine().getCommandName().equals("esmscan") ? "" : ex.getCommandLine().getCommandName() + " ") + "--help'.");
            return ExitCode.INPUT_ERROR;
        });
        cli.setExecutionExceptionHandler((ex, c, parsed) -> {
            if (ex instanceof InputException || ex instanceof PolicyException) {
                err.println("esmscan: " + ex.getMessage());
                return ExitCode.INPUT_ERROR;
            }
            err.println("esmscan: internal error: " + ex);
            if (System.getenv("ESMSCAN_DEBUG") != null) {
                ex.printStackTrace(err);
            } else {
                err.println("Set ESMSCAN_DEBUG=1 to see where it happened.");
            }
            return ExitCode.INTERNAL_ERROR;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
