package dev.esmscan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's examples run as written: every esmscan command of every fenced shell example that
 * names a sample, in README order, from a folder holding a copy of sample-exports/ (as the install
 * folder and a clone do). None may be a usage or internal error, each ends with its summary line,
 * and an exit code a comment states is the one it gives. The example waivers must still apply.
 */
class ReadmeExamplesTest {
    private static final Set<String> LAUNCHERS = Set.of("esmscan", "./esmscan", "bin/esmscan");
    /** Options whose value is not a path. */
    private static final Set<String> VALUE_OPTIONS = Set.of("--format", "--feature", "--id", "--class", "--resource", "--level",
            "--zowe-users", "--esm", "--as-of", "--system");
    private static final Pattern STATED_EXIT = Pattern.compile("exit (\\d+)");

    @TempDir
    Path work;

    /** One command of an example, with what its comment says. */
    record Example(String line, List<String> args, String comment) {
    }

    static List<List<String>> shellBlocks(String markdown) {
        List<List<String>> blocks = new ArrayList<>();
        List<String> current = null;
        for (String line : markdown.split("\n", -1)) {
            if (current == null && line.equals("```sh")) {
                current = new ArrayList<>();
            } else if (current != null && line.equals("```")) {
                blocks.add(current);
                current = null;
            } else if (current != null) {
                current.add(line);
            }
        }
        return blocks;
    }

    static List<Example> examples(String markdown) {
        List<Example> examples = new ArrayList<>();
        for (List<String> block : shellBlocks(markdown)) {
            if (block.stream().noneMatch(l -> l.contains("sample-exports/"))) {
                continue;
            }
            StringBuilder joined = new StringBuilder();
            for (String raw : block) {
                if (raw.endsWith("\\")) {
                    joined.append(raw, 0, raw.length() - 1).append(' ');
                    continue;
                }
                String line = joined.append(raw).toString().trim();
                joined.setLength(0);
                int hash = line.indexOf(" #");
                String comment = hash < 0 ? "" : line.substring(hash + 2).trim();
                String command = (hash < 0 ? line : line.substring(0, hash)).trim();
                if (command.isEmpty() || command.startsWith("#")) {
                    continue;
                }
                List<String> tokens = Arrays.asList(command.split("\\s+"));
                if (LAUNCHERS.contains(tokens.get(0))) {
                    assertFalse(command.contains("'") || command.contains("\"") || command.contains("[") || command.contains("$"),
                            "an example runs as written, without quoting, placeholders or variables: " + command);
                    examples.add(new Example(command, tokens.subList(1, tokens.size()), comment));
                }
            }
        }
        return examples;
    }

    private List<String> resolved(List<String> args) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            out.add(i == 0 || a.startsWith("-") ? a : work.resolve(a).toString());
            if (VALUE_OPTIONS.contains(a) && i + 1 < args.size()) {
                out.add(args.get(++i));
            }
        }
        return out;
    }

    @Test
    void everyExampleThatNamesASampleRunsAsWritten() throws Exception {
        copy(Path.of("sample-exports"), work.resolve("sample-exports"));
        String readme = Files.readString(Path.of("README.md"));
        List<Example> examples = examples(readme);
        assertTrue(examples.size() >= 10, "the README's examples were not found: " + examples);
        Set<String> commands = new java.util.TreeSet<>();
        for (Example e : examples) {
            CliRunner run = CliRunner.run(resolved(e.args()).toArray(String[]::new));
            String subcommand = e.args().get(0);
            commands.add(subcommand);
            assertFalse(run.exitCode() == 12 || run.exitCode() == 16, e.line() + "\n" + run.err());
            if (!Set.of("access", "rules").contains(subcommand)) {
                String[] lines = run.out().split("\n");
                assertTrue(lines[lines.length - 1].startsWith("esmscan " + subcommand + ": "), e.line() + "\n" + run.out());
            }
            Matcher stated = STATED_EXIT.matcher(e.comment());
            if (stated.find() && !e.comment().contains(" or ")) {
                assertEquals(Integer.parseInt(stated.group(1)), run.exitCode(), e.line() + "\n" + run.out());
            }
        }
        assertTrue(commands.containsAll(Set.of("scan", "access", "remediate", "verify", "diff", "render")), commands.toString());
    }

    /** The waivers the README shows are the sample's file, and they still cover failures of the sample: none expired, none unused. */
    @Test
    void theExampleWaiversAreTheSamplesFileAndStillApply() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        String file = Files.readString(Path.of("sample-exports/waivers.yaml"));
        assertTrue(readme.contains("```yaml\n" + file + "```\n"), "the README shows sample-exports/waivers.yaml as it is");
        Path out = work.resolve("out");
        CliRunner.run("scan", "sample-exports/racf/", "--waivers", "sample-exports/waivers.yaml", "--format", "json", "--out", out.toString(), "-q");
        JsonNode waivers = new ObjectMapper().readTree(out.resolve("report.json").toFile()).get("waivers");
        assertEquals(0, waivers.get("expired").size(),
                "the README's example waivers have expired: move their expires dates in sample-exports/waivers.yaml and README.md " + waivers);
        assertEquals(0, waivers.get("unused").size(), "an example waiver matches no failure of the sample: " + waivers);
        assertTrue(waivers.get("applied").asInt() >= 2, waivers.toString());
    }

    private static void copy(Path from, Path to) throws Exception {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
