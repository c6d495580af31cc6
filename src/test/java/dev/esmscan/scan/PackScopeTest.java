package dev.esmscan.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.esmscan.input.ProfileScope;
import dev.esmscan.policy.PolicyException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackScopeTest {
    private static final byte[] RULE = "rule".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path tmp;

    @Test
    void theBuiltInPackKeepsTheClassesItsPackYamlNames() {
        ProfileScope scope = PackScope.embedded();
        assertEquals(Set.of("FACILITY", "STARTED", "APPL", "CSFSERV", "XFACILIT", "IDIDMAP", "IDTDATA"), scope.classes());
        assertTrue(!scope.keeps("DATASET") && !scope.keeps("TCICSTRN"));
    }

    /** Every class a rule names to the resolver or the model must be kept, or the scan would stop. */
    @Test
    void theBuiltInPackKeepsEveryClassItsRulesNameToTheResolverOrTheModel() throws IOException {
        Pattern asked = Pattern.compile("(?:decide\\([^,()]+,\\s*|decidingProfile\\(\\s*|profiles\\(\\s*)\"([A-Z0-9@#$]{1,8})\"");
        Set<String> named = new TreeSet<>();
        try (Stream<Path> rules = Files.walk(Path.of("rules"))) {
            for (Path drl : rules.filter(p -> p.toString().endsWith(".drl")).toList()) {
                Matcher m = asked.matcher(Files.readString(drl));
                while (m.find()) {
                    named.add(m.group(1));
                }
            }
        }
        assertTrue(named.contains("FACILITY"), "the pattern finds the classes the rules ask about: " + named);
        ProfileScope scope = PackScope.embedded();
        for (String cls : named) {
            assertTrue(scope.keeps(cls), cls + " is asked about by a rule: add it to rules/zowe/pack.yaml");
        }
    }

    @Test
    void aDeclarationCoversTheRulesInItsFolderAndBelow() {
        Map<String, byte[]> pack = new LinkedHashMap<>();
        pack.put("zowe/pack.yaml", yaml("resourceClasses: [FACILITY, STARTED]"));
        pack.put("zowe/ids/A.drl", RULE);
        pack.put("zowe/B.drl", RULE);
        pack.put("other/pack.yaml", yaml("resourceClasses: [SURROGAT]"));
        pack.put("other/deep/C.drl", RULE);
        assertEquals(Set.of("FACILITY", "STARTED", "SURROGAT"), PackScope.of(pack).classes());
    }

    @Test
    void aRuleWithoutADeclarationKeepsEveryClass() {
        Map<String, byte[]> pack = new LinkedHashMap<>();
        pack.put("zowe/pack.yaml", yaml("resourceClasses: [FACILITY]"));
        pack.put("zowe/A.drl", RULE);
        pack.put("extra/B.drl", RULE);
        assertTrue(PackScope.of(pack).keepsEverything());
        assertTrue(PackScope.of(Map.of("A.drl", RULE)).keepsEverything());
        assertTrue(PackScope.of(Map.of("pack.yaml", yaml("resourceClasses: [FACILITY]"))).keepsEverything(), "no rules: nothing to scope");
    }

    @Test
    void aDeclarationAtTheRootCoversEveryRule() {
        Map<String, byte[]> pack = new LinkedHashMap<>();
        pack.put("pack.yaml", yaml("resourceClasses: [APPL, DATASET]"));
        pack.put("a/b/A.drl", RULE);
        ProfileScope scope = PackScope.of(pack);
        assertTrue(scope.keeps("DATASET") && scope.keeps("APPL") && !scope.keeps("FACILITY"));
    }

    @Test
    void aMalformedDeclarationIsAPolicyErrorNamingTheFile() {
        for (String bad : new String[] {"resourceClasses: FACILITY", "classes: [FACILITY]", "resourceClasses: [facility]",
                "resourceClasses: [TOOLONGNAME]", "resourceClasses: [FACILITY]\nextra: 1", "resourceClasses: [", "- FACILITY"}) {
            Map<String, byte[]> pack = Map.of("zowe/pack.yaml", yaml(bad), "zowe/A.drl", RULE);
            PolicyException e = assertThrows(PolicyException.class, () -> PackScope.of(pack), bad);
            assertTrue(e.getMessage().startsWith("zowe/pack.yaml: "), e.getMessage());
        }
    }

    @Test
    void aRulesFolderIsReadFromDisk() throws IOException {
        Files.createDirectories(tmp.resolve("sub"));
        Files.write(tmp.resolve("sub/A.drl"), RULE);
        assertTrue(PackScope.fromFolder(tmp).keepsEverything());
        Files.write(tmp.resolve(PackScope.FILE), yaml("resourceClasses: [FACILITY]"));
        assertEquals(Set.of("FACILITY"), PackScope.fromFolder(tmp).classes());
    }

    private static byte[] yaml(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
