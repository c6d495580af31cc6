package dev.esmscan.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.esmscan.config.Feature;
import dev.esmscan.config.SiteSettings;
import dev.esmscan.config.ZoweYamlReader;
import dev.esmscan.esm.Esms;
import dev.esmscan.input.ReadStats;
import dev.esmscan.policy.Finding;
import dev.esmscan.policy.PolicyPack;
import dev.esmscan.policy.Status;
import dev.esmscan.remediation.BatchJob;
import dev.esmscan.remediation.RemediationPlan;
import dev.esmscan.remediation.Verification;
import dev.esmscan.scan.InputResolver;
import dev.esmscan.scan.ScanResult;
import dev.esmscan.scan.Scanner;
import dev.esmscan.util.ClasspathFolder;
import io.cucumber.java.After;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The step library of the executable specification. Every Given adds an extract file (written to
 * a temporary folder when given inline), so scenarios go through the same readers as a real scan.
 */
public class ZowePolicySteps {
    private static final Map<String, PolicyPack> PACKS = new ConcurrentHashMap<>();
    private static final String WITHOUT = "esmscan.rules.without";

    /**
     * The built-in pack, or, when the system property {@value #WITHOUT} names a requirement ID,
     * the pack without that requirement's rule file (see RuleDeletionCheck).
     */
    private static PolicyPack pack() {
        String without = System.getProperty(WITHOUT, "");
        return PACKS.computeIfAbsent(without, id -> id.isEmpty() ? PolicyPack.embedded()
                : PolicyPack.compile(ClasspathFolder.read("rules/", ".drl").entrySet().stream()
                        .filter(e -> !e.getKey().endsWith("/" + id + ".drl"))
                        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue))));
    }

    private final List<Path> inputs = new ArrayList<>();
    private final SiteSettings.Builder settings = SiteSettings.builder().asOf(LocalDate.of(2026, 1, 15));
    private Path workDir;
    private Scanner.Loaded loaded;
    private ScanResult result;
    private Verification.Report verification;

    @Given("a RACF database built from these commands:")
    public void racfDatabaseFromCommands(String commands) throws IOException {
        inputs.add(write("commands-" + inputs.size() + ".racf", commands));
    }

    @Given("the SETROPTS LIST output:")
    public void setroptsList(String text) throws IOException {
        inputs.add(write("setropts-" + inputs.size() + ".txt", text));
    }

    @Given("the RACF unload {string}")
    public void racfUnload(String file) {
        inputs.add(Fixtures.resolve(file));
    }

    @Given("the feature {word} is {word}")
    public void feature(String name, String onOff) {
        settings.feature(Feature.byKey(name), onOff.equals("on"));
    }

    @Given("the Zowe STC user is {word}")
    public void stcUser(String id) {
        settings.stcUser(id);
    }

    @Given("the zowe.yaml:")
    public void zoweYaml(String yaml) throws IOException {
        ZoweYamlReader.apply(write("zowe.yaml", yaml), settings);
    }

    @Given("the Zowe end users are {}")
    public void zoweEndUsers(String ids) {
        settings.zoweUsers(List.of(ids.split(",\\s*")));
    }

    @When("the Zowe policy is evaluated")
    public void evaluate() {
        InputResolver.Resolved resolved = new InputResolver(Esms.all()).resolve(inputs, Optional.empty());
        settings.esm(resolved.inputs().get(0).esm().name());
        loaded = Scanner.load(resolved.inputs());
        result = Scanner.evaluate(loaded, settings.build(), pack());
        verification = null;
    }

    @Then("{word} passes for {word}")
    public void passes(String id, String subject) {
        assertStatus(id, subject, Status.PASS);
    }

    @Then("{word} fails for {word}")
    public void fails(String id, String subject) {
        assertStatus(id, subject, Status.FAIL);
    }

    @Then("{word} is not applicable")
    public void notApplicable(String id) {
        assertStatus(id, "-", Status.NOT_APPLICABLE);
    }

    @Then("{word} is not applicable for {word}")
    public void notApplicableFor(String id, String subject) {
        assertStatus(id, subject, Status.NOT_APPLICABLE);
    }

    @Then("{word} is manual for {word}")
    public void manual(String id, String subject) {
        assertStatus(id, subject, Status.MANUAL);
    }

    @Then("{word} reports an error for {word}")
    public void error(String id, String subject) {
        assertStatus(id, subject, Status.ERROR);
    }

    @Then("the evidence for {word} and {word} says {string}")
    public void evidenceSays(String id, String subject, String text) {
        Finding f = finding(id, subject);
        assertTrue(f.evidence().contains(text), () -> "evidence of " + id + " for " + subject + " is: " + f.evidence());
    }

    @Then("the evidence for {word} and {word} does not say {string}")
    public void evidenceDoesNotSay(String id, String subject, String text) {
        Finding f = finding(id, subject);
        assertTrue(!f.evidence().contains(text), () -> "evidence of " + id + " for " + subject + " is: " + f.evidence());
    }

    @Then("{word} has no result for {word}")
    public void noResult(String id, String subject) {
        List<Finding> matches = result.findings().stream()
                .filter(f -> f.id().equals(id) && f.subject().equals(subject)).collect(Collectors.toList());
        assertEquals(List.of(), matches);
    }

    @Then("the remediation contains {string}")
    public void remediationContains(String command) {
        List<String> all = result.findings().stream().flatMap(f -> f.remediation().stream()).collect(Collectors.toList());
        assertTrue(all.contains(command), () -> "remediation: " + all);
    }

    @Then("the remediation for {word} and {word} is {string}")
    public void remediationIs(String id, String subject, String commands) {
        assertEquals(List.of(commands.split("; ")), finding(id, subject).remediation());
    }

    @Then("no command is generated for {word} and {word}")
    public void noCommand(String id, String subject) {
        Finding f = finding(id, subject);
        assertEquals(List.of(), f.remediation());
        assertTrue(f.evidence().contains("a person must act"), f.evidence());
    }

    @Then("after applying the remediation {word} passes for {word}")
    public void afterRemediationPasses(String id, String subject) {
        if (verification == null) {
            verification = Verification.verify(loaded, result, settings.build(), pack());
        }
        assertEquals(List.of(), verification.rejected(), "commands the interpreter rejected");
        Finding after = verification.rescan().findings().stream()
                .filter(f -> f.id().equals(id) && f.subject().equals(subject)).findFirst()
                .orElseThrow(() -> new AssertionError("no result for " + id + " and " + subject + " after remediation"));
        assertEquals(Status.PASS, after.status(), () -> after.evidence() + "\njob:\n" + verification.job());
    }

    private void assertStatus(String id, String subject, Status expected) {
        Finding f = finding(id, subject);
        assertEquals(expected, f.status(), () -> id + " for " + subject + ": " + f.evidence());
    }

    private Finding finding(String id, String subject) {
        if (result == null) {
            fail("the policy was not evaluated: add 'When the Zowe policy is evaluated'");
        }
        List<Finding> matches = result.findings().stream()
                .filter(f -> f.id().equals(id) && f.subject().equals(subject)).collect(Collectors.toList());
        if (matches.isEmpty()) {
            fail("no result for " + id + " and " + subject + "; results: " + result.findings().stream()
                    .map(f -> f.id() + "/" + f.subject() + "=" + f.status()).collect(Collectors.joining(", ")));
        }
        return matches.get(0);
    }

    private Path write(String name, String content) throws IOException {
        if (workDir == null) {
            workDir = Files.createTempDirectory("esmscan-scenario");
        }
        return Files.writeString(workDir.resolve(name), content + "\n", StandardCharsets.ISO_8859_1);
    }

    @After
    public void cleanUp() throws IOException {
        if (workDir != null) {
            try (var files = Files.list(workDir)) {
                for (Path p : (Iterable<Path>) files::iterator) {
                    Files.delete(p);
                }
            }
            Files.delete(workDir);
        }
    }

    // Subjects with a blank ("FACILITY BPX.DAEMON", "CSFSERV CSF1TRD", "PKCS#11 token") are quoted.

    @Then("{word} passes for {string}")
    public void passesQuoted(String id, String subject) {
        passes(id, subject);
    }

    @Then("{word} fails for {string}")
    public void failsQuoted(String id, String subject) {
        fails(id, subject);
    }

    @Then("{word} is manual for {string}")
    public void manualQuoted(String id, String subject) {
        manual(id, subject);
    }

    @Then("the evidence for {word} and {string} says {string}")
    public void evidenceSaysQuoted(String id, String subject, String text) {
        evidenceSays(id, subject, text);
    }

    @Then("the remediation for {word} and {string} is {string}")
    public void remediationIsQuoted(String id, String subject, String commands) {
        remediationIs(id, subject, commands);
    }

    @Then("no command is generated for {word} and {string}")
    public void noCommandQuoted(String id, String subject) {
        noCommand(id, subject);
    }

    @Then("after applying the remediation {word} passes for {string}")
    public void afterRemediationPassesQuoted(String id, String subject) {
        afterRemediationPasses(id, subject);
    }

    @Then("the severity of {word} for {string} is {word}")
    public void severityIs(String id, String subject, String severity) {
        assertEquals(severity, finding(id, subject).severity());
    }

    @Then("{word} has {int} results")
    public void resultCount(String id, int count) {
        List<String> subjects = result.findings().stream().filter(f -> f.id().equals(id)).map(Finding::subject).collect(Collectors.toList());
        assertEquals(count, subjects.size(), () -> id + " results: " + subjects);
    }

    @Then("{word} is not applicable for {string}")
    public void notApplicableQuoted(String id, String subject) {
        notApplicableFor(id, subject);
    }

    @Then("{word} has no result for {string}")
    public void noResultQuoted(String id, String subject) {
        noResult(id, subject);
    }

    @Then("the backout contains {string}")
    public void backoutContains(String command) {
        String backout = BatchJob.backoutCommands(RemediationPlan.of(result.findings()), loaded.esm().renderer(result.settings()));
        assertTrue(List.of(backout.split("\n")).contains(command), () -> "backout:\n" + backout);
    }

    @Given("the Zowe ZIS user is {word}")
    public void zisUser(String id) {
        settings.zisUser(id);
    }

    @Given("an ACF2 database built from these commands:")
    public void acf2DatabaseFromCommands(String commands) throws IOException {
        inputs.add(write("commands-" + inputs.size() + ".acf2", commands));
    }

    @Given("the ACF2 listing:")
    public void acf2Listing(String text) throws IOException {
        inputs.add(write("acf2-listing-" + inputs.size() + ".txt", text));
    }

    @Given("a Top Secret security file built from these commands:")
    public void topSecretFromCommands(String commands) throws IOException {
        inputs.add(write("commands-" + inputs.size() + ".tss", commands));
    }

    @Given("the Top Secret output:")
    public void topSecretOutput(String text) throws IOException {
        inputs.add(write("tss-output-" + inputs.size() + ".txt", text));
    }

    @Given("the Top Secret site has a default UID and GID range")
    public void topSecretDefaultIdRange() {
        settings.tssDefaultIdRange(true);
    }

    @Given("the Top Secret owner ACID is {word} and the department is {word}")
    public void topSecretSiteValues(String owner, String department) {
        settings.tssOwnerAcid(owner).tssDepartment(department);
    }

    // Inputs as a site has them (a job, a listing, a file of commands), and what the scan says of each.

    @Given("the input file {string}:")
    public void inputFile(String name, String content) throws IOException {
        inputs.add(write(name, content));
    }

    @Given("the input {string}")
    public void inputFromRepository(String file) {
        inputs.add(Fixtures.resolve(file));
    }

    @Then("the input {string} has a notice at line {int} saying {string}")
    public void noticeAt(String name, int line, String text) {
        ReadStats s = stats(name);
        String wanted = ":" + line + ": ";
        assertTrue(s.noticeLines().stream().anyMatch(n -> n.contains(wanted) && n.contains(text)),
                () -> "notices of " + name + ": " + s.noticeSummary());
    }

    @Then("the input {string} has a problem at line {int} saying {string}")
    public void problemAt(String name, int line, String text) {
        ReadStats s = stats(name);
        String wanted = ":" + line + ": ";
        assertTrue(s.problems().stream().anyMatch(n -> n.contains(wanted) && n.contains(text)),
                () -> "problems of " + name + ": " + s.problemSummary());
    }

    @Then("the input {string} has no problem")
    public void noProblem(String name) {
        ReadStats s = stats(name);
        assertEquals(0, s.errors(), () -> "problems of " + name + ": " + s.problemSummary());
    }

    @Then("no result is an error")
    public void noError() {
        List<String> errors = result.findings().stream().filter(f -> f.status() == Status.ERROR)
                .map(f -> f.id() + "/" + f.subject() + ": " + f.evidence()).collect(Collectors.toList());
        assertEquals(List.of(), errors);
    }

    @Then("every fixable failure is fixed by the remediation")
    public void everyFixableFailureFixed() {
        if (verification == null) {
            verification = Verification.verify(loaded, result, settings.build(), pack());
        }
        assertTrue(!verification.outcomes().isEmpty(), "no fixable failure to fix");
        assertEquals(List.of(), verification.rejected(), "commands the interpreter rejected");
        List<String> unfixed = verification.outcomes().stream().filter(o -> !o.fixed())
                .map(o -> o.before().id() + "/" + o.before().subject() + " -> " + o.after() + ": " + o.evidenceAfter())
                .collect(Collectors.toList());
        assertEquals(List.of(), unfixed, () -> "job:\n" + verification.job());
    }

    private ReadStats stats(String name) {
        if (loaded == null) {
            fail("the policy was not evaluated: add 'When the Zowe policy is evaluated'");
        }
        return loaded.stats().stream().filter(s -> Path.of(s.path()).getFileName().toString().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no input named " + name + "; inputs: "
                        + loaded.stats().stream().map(ReadStats::path).collect(Collectors.toList())));
    }
}
