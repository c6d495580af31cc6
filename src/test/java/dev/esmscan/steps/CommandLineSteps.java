package dev.esmscan.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.esmscan.cli.Main;
import io.cucumber.java.After;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Steps that run the esmscan command line as a user types it, on files the scenario writes. They
 * share nothing with the policy steps: a scenario either evaluates the policy or runs a command.
 * Paths in what esmscan prints are shown relative to the scenario's folder, so a step can say
 * {@code "zowe.yaml:3: securty: did you mean security?"}.
 */
public class CommandLineSteps {
    private Path dir;
    private int exitCode = -1;
    private String out = "";
    private String err = "";

    private Path dir() throws IOException {
        if (dir == null) {
            dir = Files.createTempDirectory("esmscan-cli-");
        }
        return dir;
    }

    @After
    public void removeFiles() throws IOException {
        if (dir != null) {
            try (Stream<Path> all = Files.walk(dir)) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> {
                    try {
                        Files.delete(p);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        }
    }

    @Given("the file {string}:")
    public void theFile(String name, String text) throws IOException {
        Path file = dir().resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text.endsWith("\n") ? text : text + "\n");
    }

    /** Runs esmscan with the words given; a word naming a file of the scenario becomes its path. */
    @When("esmscan runs {string}")
    public void esmscanRuns(String commandLine) throws IOException {
        List<String> args = new ArrayList<>();
        for (String word : commandLine.trim().split("\\s+")) {
            Path file = dir().resolve(word);
            args.add(!word.startsWith("-") && Files.exists(file) ? file.toString() : word);
        }
        if (args.get(0).equals("scan") || args.get(0).equals("remediate")) {
            args.add("--out");
            args.add(dir().resolve("out").toString());
        }
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        exitCode = Main.run(new PrintWriter(o), new PrintWriter(e), args.toArray(String[]::new));
        String prefix = dir().toString() + "/";
        out = o.toString().replace(prefix, "");
        err = e.toString().replace(prefix, "");
    }

    @Then("it stops with exit code {int} saying {string}")
    public void itStops(int code, String message) {
        assertEquals(code, exitCode, out + err);
        assertTrue(err.contains(message), err);
        assertTrue(Files.notExists(dir.resolve("out").resolve("report.json")), "no report is written");
    }

    @Then("it answers with exit code {int}")
    public void itAnswers(int code) {
        assertEquals(code, exitCode, out + err);
    }

    @Then("it completes")
    public void itCompletes() {
        assertTrue(exitCode >= 0 && exitCode < 12, "exit code " + exitCode + ": " + err);
    }

    @Then("the answer does not say {string}")
    public void theAnswerDoesNotSay(String text) {
        assertTrue(!out.contains(text), out);
    }

    @Then("the written file {string} says {string}")
    public void theWrittenFileSays(String name, String text) throws IOException {
        String content = Files.readString(dir.resolve("out").resolve(name));
        assertTrue(content.contains(text), content);
    }

    @Then("the answer says {string}")
    public void theAnswerSays(String text) {
        assertTrue(out.contains(text), out);
    }
}
