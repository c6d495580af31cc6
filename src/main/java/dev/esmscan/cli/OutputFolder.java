package dev.esmscan.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** The --out folder: checked before any work is done, so a wrong one is a usage error, not a failed write at the end. */
final class OutputFolder {

    private OutputFolder() {
    }

    /** A usage error (exit 12) when {@code out} or a folder above it is a file. */
    static void check(CommandSpec spec, Path out) {
        for (Path p = out.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
            if (Files.exists(p) && !Files.isDirectory(p)) {
                throw new ParameterException(spec.commandLine(), "--out " + out + ": " + (p.equals(out.toAbsolutePath().normalize())
                        ? "this is a file; name a folder (it is created when missing)"
                        : p + " is a file, so no folder can be made below it; name a folder"));
            }
            if (Files.isDirectory(p)) {
                return;
            }
        }
    }
}
