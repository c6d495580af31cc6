package dev.esmscan.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.esmscan.config.ScannerConfigReader;
import dev.esmscan.config.SiteSettings;
import dev.esmscan.config.ZoweYamlReader;
import dev.esmscan.esm.Esms;
import dev.esmscan.input.Reach;
import dev.esmscan.model.AccessDecision;
import dev.esmscan.model.AccessHolder;
import dev.esmscan.model.AccessLevel;
import dev.esmscan.model.AccessResolver;
import dev.esmscan.model.ResourceProfile;
import dev.esmscan.model.StartedTaskAssignment;
import dev.esmscan.scan.InputResolver;
import dev.esmscan.scan.Scanner;
import dev.esmscan.util.ClasspathFolder;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A requirement's {@code @reads} decides which damaged inputs can make its verdicts untrustworthy,
 * so it must name every class its rules ask the resolver about. Each rule file is evaluated alone
 * on a sample site, with a resolver that notes the classes asked.
 */
class RequirementReadsTest {
    private static final Map<String, byte[]> SOURCES = ClasspathFolder.read(PolicyPack.EMBEDDED, ".drl");

    @ParameterizedTest
    @ValueSource(strings = {"racf", "tss", "acf2"})
    void everyClassARuleAsksAboutIsInItsReads(String esm) {
        InputResolver.Resolved resolved = new InputResolver(Esms.all()).resolve(List.of(Path.of("sample-exports", esm)), Optional.empty());
        SiteSettings.Builder builder = SiteSettings.builder().asOf(LocalDate.of(2025, 3, 14));
        resolved.zoweYaml().ifPresent(y -> ZoweYamlReader.apply(y, builder));
        resolved.scannerConfig().ifPresent(c -> ScannerConfigReader.apply(c, builder));
        Scanner.Loaded loaded = Scanner.load(resolved.inputs());
        SiteSettings settings = builder.build().forEsm(loaded.esm().name());
        int checked = 0;
        Set<String> askedAtAll = new TreeSet<>();
        for (Map.Entry<String, byte[]> source : SOURCES.entrySet()) {
            PolicyPack one = PolicyPack.compile(Map.of(source.getKey(), source.getValue()));
            Requirement req = one.catalogue().requirements().iterator().next();
            Recording recording = new Recording(loaded.resolver());
            new PolicyEngine(one).evaluate(loaded.model(), settings, recording);
            askedAtAll.addAll(recording.classes);
            if (req.reads().isEverything()) {
                continue;
            }
            for (String asked : recording.classes) {
                assertTrue(req.reads().touches(Reach.classes(asked)),
                        req.id() + " asked about class " + asked + " but @reads says " + req.reads().describe());
            }
            checked++;
        }
        assertTrue(askedAtAll.contains("FACILITY"), "the rules asked the resolver about " + askedAtAll);
        assertTrue(checked > 20, "requirements with a narrower @reads than everything: " + checked);
    }

    @org.junit.jupiter.api.Test
    void readsParsesWordsAndClassesAndRefusesTheRest() {
        assertEquals(Reach.identities().plus(Reach.classes("FACILITY")), Reach.parse("identities, facility"));
        assertTrue(Reach.parse("everything").isEverything());
        assertTrue(Reach.parse("identities").touches(Reach.everything()));
        assertTrue(!Reach.parse("FACILITY").touches(Reach.identities()));
        assertTrue(!Reach.parse("FACILITY").touches(Reach.classes("STARTED")));
        assertTrue(!Reach.nothing().touches(Reach.everything()));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> Reach.parse("BPX.SERVER"));
    }

    private static final class Recording implements AccessResolver {
        private final AccessResolver resolver;
        final Set<String> classes = new TreeSet<>();

        Recording(AccessResolver resolver) {
            this.resolver = resolver;
        }

        @Override
        public AccessDecision decide(String identity, String className, String resource, AccessLevel requested) {
            classes.add(className);
            return resolver.decide(identity, className, resource, requested);
        }

        @Override
        public ResourceProfile decidingProfile(String className, String resource) {
            classes.add(className);
            return resolver.decidingProfile(className, resource);
        }

        @Override
        public Optional<StartedTaskAssignment> startedTask(String procName) {
            classes.add("STARTED");
            return resolver.startedTask(procName);
        }

        @Override
        public List<AccessHolder> holders(String className, String resource, AccessLevel atLeast) {
            classes.add(className);
            return resolver.holders(className, resource, atLeast);
        }
    }
}
