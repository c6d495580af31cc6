package dev.esmscan.steps;

import dev.esmscan.policy.PolicyPack;
import dev.esmscan.policy.Requirement;
import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCaseFinished;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Proves the specification is not vacuous: for each requirement, runs every scenario with that
 * requirement's rule file removed from the pack, and lists the scenarios that name the
 * requirement yet still pass. Exit 0 when there are none.
 *
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt
 * java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" dev.esmscan.steps.RuleDeletionCheck
 * </pre>
 */
public final class RuleDeletionCheck {

    /** Scenario outcomes by "feature-path:line", collected from the Cucumber run in this JVM. */
    public static final class Outcomes implements ConcurrentEventListener {
        static final Map<String, Status> SEEN = new ConcurrentHashMap<>();

        @Override
        public void setEventPublisher(EventPublisher publisher) {
            publisher.registerHandlerFor(TestCaseFinished.class, e -> SEEN.put(
                    Path.of(e.getTestCase().getUri()).getFileName() + ":" + e.getTestCase().getLocation().getLine(),
                    e.getResult().getStatus()));
        }
    }

    private RuleDeletionCheck() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, List<ScenarioRange>> scenariosById = scenariosNaming(Path.of("features"));
        List<String> vacuous = new ArrayList<>();
        for (Requirement r : PolicyPack.embedded().catalogue().requirements()) {
            List<ScenarioRange> scenarios = scenariosById.getOrDefault(r.id(), List.of());
            if (scenarios.isEmpty()) {
                vacuous.add(r.id() + ": no scenario names it");
                continue;
            }
            System.setProperty("esmscan.rules.without", r.id());
            Outcomes.SEEN.clear();
            io.cucumber.core.cli.Main.run(new String[] {"--glue", "dev.esmscan.steps", "--plugin",
                    Outcomes.class.getName(), "--monochrome", "features"}, RuleDeletionCheck.class.getClassLoader());
            int failed = 0;
            for (ScenarioRange scenario : scenarios) {
                List<Status> outcomes = scenario.outcomes(Outcomes.SEEN);
                if (outcomes.isEmpty()) {
                    vacuous.add(r.id() + ": " + scenario + " did not run");
                } else if (outcomes.stream().allMatch(s -> s == Status.PASSED)) {
                    vacuous.add(r.id() + ": " + scenario + " passes without the rule");
                } else {
                    failed++;
                }
            }
            System.out.printf("%-24s %2d of %2d scenarios fail without the rule%n", r.id(), failed, scenarios.size());
        }
        vacuous.forEach(v -> System.out.println("VACUOUS " + v));
        System.exit(vacuous.isEmpty() ? 0 : 1);
    }

    /** A scenario's lines in a feature file; an outline's examples run as test cases within it. */
    record ScenarioRange(String file, int first, int last) {
        List<Status> outcomes(Map<String, Status> seen) {
            List<Status> found = new ArrayList<>();
            for (int line = first; line <= last; line++) {
                Status s = seen.get(file + ":" + line);
                if (s != null) {
                    found.add(s);
                }
            }
            return found;
        }

        @Override
        public String toString() {
            return file + ":" + first;
        }
    }

    /** The scenarios whose own lines name each requirement ID. */
    static Map<String, List<ScenarioRange>> scenariosNaming(Path featureDir) throws IOException {
        Pattern id = Pattern.compile("ZWE-[A-Z0-9]+(?:-[A-Z0-9]+)*");
        Pattern blockStart = Pattern.compile("^\\s*(Scenario Outline|Scenario Template|Scenario|Example|Background|Rule):.*");
        Map<String, List<ScenarioRange>> found = new TreeMap<>();
        try (Stream<Path> files = Files.list(featureDir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".feature")).sorted().toList()) {
                List<String> lines = Files.readAllLines(f);
                List<Integer> starts = new ArrayList<>();
                for (int i = 0; i < lines.size(); i++) {
                    if (blockStart.matcher(lines.get(i)).matches()) {
                        starts.add(i);
                    }
                }
                for (int b = 0; b < starts.size(); b++) {
                    int first = starts.get(b);
                    int end = b + 1 < starts.size() ? starts.get(b + 1) : lines.size();
                    String head = lines.get(first).trim();
                    if (head.startsWith("Background") || head.startsWith("Rule")) {
                        continue;
                    }
                    ScenarioRange range = new ScenarioRange(f.getFileName().toString(), first + 1, end);
                    for (String line : lines.subList(first, end)) {
                        if (line.trim().startsWith("#")) {
                            continue;
                        }
                        Matcher m = id.matcher(line);
                        while (m.find()) {
                            List<ScenarioRange> list = found.computeIfAbsent(m.group(), k -> new ArrayList<>());
                            if (!list.contains(range)) {
                                list.add(range);
                            }
                        }
                    }
                }
            }
        }
        return found;
    }
}
