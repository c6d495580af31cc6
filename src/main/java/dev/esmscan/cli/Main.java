package dev.esmscan.cli;

import dev.esmscan.input.InputException;
import dev.esmscan.policy.PolicyException;
import dev.esmscan.report.ExitCode;
import dev.esmscan.policy.PackIdentity;
import dev.esmscan.policy.PolicyPack;
import dev.esmscan.util.BuildInfo;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The esmscan command line. */
@Command(name = "esmscan", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
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
            FileSystemException fs = ex instanceof FileSystemException f ? f
                    : ex.getCause() instanceof FileSystemException f ? f : null;
            if (fs != null) {
                err.println("esmscan: " + describe(fs));
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

    /** A file system refusal in words: the file and why, without the exception's class name. */
    static String describe(FileSystemException e) {
        String why;
        if (e instanceof AccessDeniedException) {
            why = "permission denied";
        } else if (e instanceof NoSuchFileException) {
            why = "no such file or folder";
        } else if (e instanceof FileAlreadyExistsException) {
            why = "already exists and is not a folder";
        } else if (e instanceof NotDirectoryException) {
            why = "is not a folder";
        } else {
            why = e.getReason() == null ? "cannot be used" : e.getReason();
        }
        return (e.getFile() == null ? "a file" : e.getFile()) + ": " + why
                + (e.getOtherFile() == null ? "" : " (" + e.getOtherFile() + ")");
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** esmscan --version: the scanner's version, the commit it was built from, and the built-in rule pack's digest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            PackIdentity pack = PolicyPack.embeddedIdentity();
            return new String[] {"esmscan " + BuildInfo.version(), "commit " + BuildInfo.commit(),
                    "rule pack " + pack.name() + " " + pack.version() + " " + pack.digest(),
                    "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
        }
    }
}
