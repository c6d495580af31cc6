package dev.esmscan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The catalogue printed from the rules' metadata is the catalogue of REQUIREMENTS.md. */
class RulesCommandTest {
    private static final Path SHARED = Path.of(System.getProperty("esmscan.shared", "../shared"));
    private static final Pattern ROW = Pattern.compile("^\\| (ZWE-[A-Z0-9-]+) \\| ([^|]+) \\|.*\\| ([^|]+) \\|\\s*$");
    private static final Set<String> ESMS = Set.of("RACF", "TSS", "ACF2");

    private static Map<String, JsonNode> printed;
    private static Map<String, String[]> documented;

    @BeforeAll
    static void load() throws IOException {
        CliRunner r = CliRunner.run("rules", "--json");
        assertEquals(0, r.exitCode(), r.err());
        printed = new TreeMap<>();
        for (JsonNode n : new ObjectMapper().readTree(r.out())) {
            printed.put(n.get("id").asText(), n);
        }
        documented = new TreeMap<>();
        for (String line : Files.readAllLines(SHARED.resolve("REQUIREMENTS.md"))) {
            Matcher m = ROW.matcher(line);
            if (m.matches()) {
                documented.put(m.group(1), new String[] {m.group(2).trim(), m.group(3).trim()});
            }
        }
    }

    @Test
    void everyDocumentedRequirementHasRulesAndNoRuleInventsOne() {
        assertTrue(documented.size() > 30, "the catalogue was not read: " + documented.keySet());
        assertEquals(documented.keySet(), printed.keySet());
    }

    @Test
    void featuresAndExplicitEsmsAgreeWithTheCatalogue() {
        for (Map.Entry<String, String[]> e : documented.entrySet()) {
            JsonNode rule = printed.get(e.getKey());
            if (rule == null) {
                continue;
            }
            Set<String> features = new TreeSet<>();
            Set<String> esms = new TreeSet<>();
            for (String token : e.getValue()[0].split(",| or ")) {
                String t = token.trim();
                (ESMS.contains(t) ? esms : features).add(t);
            }
            assertEquals(features, strings(rule.get("features")), e.getKey() + " features");
            if (!esms.isEmpty()) {
                assertEquals(esms, strings(rule.get("esm")), e.getKey() + " ESMs");
            }
        }
    }

    @Test
    void severitiesAgreeWithTheCatalogue() {
        for (Map.Entry<String, String[]> e : documented.entrySet()) {
            String severity = e.getValue()[1];
            JsonNode rule = printed.get(e.getKey());
            if (rule != null) {
                String expected = severity.matches("high|medium|low") ? severity : severity.split(" ")[0];
                assertEquals(expected, rule.get("severity").asText(), e.getKey() + " severity");
            }
        }
    }

    @Test
    void everySectionIsAHeadingOfItsSeed() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (JsonNode rule : printed.values()) {
            String seed = Files.readString(SHARED.resolve("seeds").resolve(rule.get("provenance").asText()));
            String heading = "# " + rule.get("section").asText();
            if (!seed.lines().anyMatch(l -> l.startsWith("#") && l.trim().endsWith(heading))) {
                wrong.add(rule.get("id").asText() + ": '" + rule.get("section").asText() + "' in " + rule.get("provenance").asText());
            }
        }
        assertEquals(List.of(), wrong);
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> s = new TreeSet<>();
        array.forEach(n -> s.add(n.asText()));
        return s;
    }
}
