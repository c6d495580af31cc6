package dev.esmscan.cli;

import dev.esmscan.util.BuildInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import picocli.AutoComplete;
import picocli.CommandLine;

/**
 * Run by the build after compiling: writes the version and the commit the scanner is built from
 * into the classes ({@link BuildInfo}), and picocli's bash completion script for the command line
 * (it also works in zsh after {@code autoload -U +X bashcompinit && bashcompinit}).
 *
 * <p>{@code BuildStamp CLASSES_DIR VERSION SOURCE_DIR COMPLETION_FILE}
 */
public final class BuildStamp {

    private BuildStamp() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            throw new IllegalArgumentException("usage: BuildStamp CLASSES_DIR VERSION SOURCE_DIR COMPLETION_FILE");
        }
        Path properties = Path.of(args[0]).resolve(BuildInfo.RESOURCE);
        Files.createDirectories(properties.getParent());
        Files.writeString(properties, "# written by the build (BuildStamp)\nversion=" + args[1] + "\ncommit=" + commit(Path.of(args[2])) + "\n",
                StandardCharsets.ISO_8859_1);
        Path completion = Path.of(args[3]);
        Files.createDirectories(completion.toAbsolutePath().getParent());
        Files.writeString(completion, AutoComplete.bash("esmscan", new CommandLine(new Main())), StandardCharsets.UTF_8);
    }

    /** The abbreviated commit of the source folder's checkout, with -dirty when tracked files differ from it; "unknown" without git. */
    static String commit(Path source) {
        String head = git(source, "rev-parse", "--short=12", "HEAD");
        if (head == null || !head.matches("[0-9a-f]{7,40}")) {
            return "unknown";
        }
        String changes = git(source, "status", "--porcelain", "--untracked-files=no");
        return changes == null || changes.isEmpty() ? head : head + "-dirty";
    }

    private static String git(Path dir, String... args) {
        try {
            List<String> command = new java.util.ArrayList<>(List.of("git", "-C", dir.toString()));
            command.addAll(List.of(args));
            Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0 ? out : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
