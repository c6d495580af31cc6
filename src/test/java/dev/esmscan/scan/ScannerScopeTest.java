package dev.esmscan.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.esmscan.config.SiteSettings;
import dev.esmscan.config.ZoweYamlReader;
import dev.esmscan.esm.Esms;
import dev.esmscan.input.ReadOptions;
import dev.esmscan.input.ReadProgress;
import dev.esmscan.input.ReadStats;
import dev.esmscan.model.AccessLevel;
import dev.esmscan.policy.Finding;
import dev.esmscan.policy.PolicyPack;
import dev.esmscan.report.JsonReport;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A scan that keeps only the pack's classes decides exactly as one that keeps every class. */
class ScannerScopeTest {
    private static final Path SAMPLE = Path.of("sample-exports/racf");

    private static List<ScanInput> inputs;
    private static SiteSettings settings;
    private static PolicyPack pack;

    @BeforeAll
    static void prepare() {
        inputs = new InputResolver(Esms.all()).resolve(List.of(SAMPLE), Optional.empty()).inputs();
        SiteSettings.Builder b = SiteSettings.builder();
        ZoweYamlReader.apply(SAMPLE.resolve("zowe.yaml"), b);
        b.esm("RACF");
        settings = b.build();
        pack = PolicyPack.embedded();
    }

    @Test
    void theSampleGetsTheSameResultsWithThePackScope() {
        ScanResult whole = Scanner.scan(inputs, settings, pack);
        ScanResult scoped = Scanner.scan(inputs, settings, pack, new ReadOptions(PackScope.embedded(), ReadProgress.NONE));
        assertEquals(describe(whole.findings()), describe(scoped.findings()));
        assertTrue(whole.findings().size() > 0);
    }

    @Test
    void theReportCountsFilteredRecordsApartFromSkippedOnes() {
        ScanResult scoped = Scanner.scan(inputs, settings, pack, new ReadOptions(PackScope.embedded(), ReadProgress.NONE));
        ReadStats unload = scoped.inputs().stream().filter(s -> s.format().equals("irrdbu00")).findFirst().orElseThrow();
        assertEquals(53 + 66, unload.filteredByType().get("0400") + unload.filteredByType().get("0404"), "every data set record");
        assertTrue(unload.filteredByType().get("0500") > 0, "profiles of classes no rule looks at");
        assertEquals(38, unload.skipped(), "the 0220 TSO segments, as before");
        JsonNode input = JsonReport.tree(scoped).get("inputs").get(0);
        assertEquals(unload.filtered(), input.get("filtered").asLong());
        assertEquals(unload.skipped(), input.get("skipped").asLong());
        assertEquals(unload.filteredByType().get("0404").longValue(), input.get("filteredTypes").get("0404").asLong());

        ScanResult whole = Scanner.scan(inputs, settings, pack);
        assertEquals(0, JsonReport.tree(whole).get("inputs").get(0).get("filtered").asLong());
        assertEquals(whole.inputs().get(0).records(), unload.records(), "filtered records are still read and counted");
    }

    @Test
    void aQuestionAboutAClassLeftOutStopsTheScanInsteadOfAnsweringNoProfile() {
        Scanner.Loaded loaded = Scanner.load(inputs, new ReadOptions(PackScope.embedded(), ReadProgress.NONE));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> loaded.resolver().decide("IBMUSER", "SURROGAT", "X.SUBMIT", AccessLevel.READ));
        assertTrue(e.getMessage().contains("SURROGAT") && e.getMessage().contains("pack.yaml"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> loaded.resolver().decidingProfile("DATASET", "SYS1.PARMLIB"));
        assertEquals(Scanner.load(inputs).resolver().decide("ZWESVUSR", "FACILITY", "BPX.JOBNAME", AccessLevel.READ).outcome(),
                loaded.resolver().decide("ZWESVUSR", "FACILITY", "BPX.JOBNAME", AccessLevel.READ).outcome());
    }

    @Test
    void withoutAScopeEveryClassCanBeAskedAbout() {
        Scanner.Loaded loaded = Scanner.load(inputs);
        assertTrue(loaded.resolver().decidingProfile("DATASET", "SYS1.PARMLIB") != null
                || loaded.model().profiles("DATASET").size() > 0);
    }

    private static List<String> describe(List<Finding> findings) {
        return findings.stream().map(f -> f.id() + " " + f.subject() + " " + f.status() + " " + f.evidence() + " " + f.remediation()).toList();
    }
}
