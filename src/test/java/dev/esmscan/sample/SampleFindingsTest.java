package dev.esmscan.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.esmscan.config.SiteSettings;
import dev.esmscan.config.ScannerConfigReader;
import dev.esmscan.config.ZoweYamlReader;
import dev.esmscan.esm.Esms;
import dev.esmscan.policy.Finding;
import dev.esmscan.policy.PolicyPack;
import dev.esmscan.scan.InputResolver;
import dev.esmscan.scan.ScanResult;
import dev.esmscan.scan.Scanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The sample's README tables of deliberate findings are what a scan of the sample gives. */
class SampleFindingsTest {
    private static final Path SAMPLE = Path.of("sample-exports/racf");
    private static final Pattern ROW = Pattern.compile("^\\| (ZWE-[A-Z0-9, -]+?) \\| ([^|]+) \\| \\**([A-Z_]+)\\** \\|.*");

    @Test
    void everyRowOfTheReadmeIsWhatTheScanGives() throws IOException {
        Map<String, String> documented = new TreeMap<>();
        for (String line : Files.readAllLines(SAMPLE.resolve("README.md"))) {
            Matcher m = ROW.matcher(line);
            if (m.matches()) {
                for (String id : m.group(1).split(", ")) {
                    for (String subject : m.group(2).trim().split(", ")) {
                        documented.put(id + " / " + (subject.equals("—") ? "-" : subject), m.group(3));
                    }
                }
            }
        }
        assertTrue(documented.size() > 60, "README rows read: " + documented.size());

        Map<String, String> scanned = new TreeMap<>();
        for (Finding f : scan().findings()) {
            scanned.put(f.id() + " / " + f.subject(), f.status().name());
        }
        List<String> wrong = new ArrayList<>();
        documented.forEach((key, status) -> {
            if (!status.equals(scanned.get(key))) {
                wrong.add(key + ": README says " + status + ", the scan gives " + scanned.get(key));
            }
        });
        scanned.keySet().stream().filter(k -> !documented.containsKey(k)).forEach(k -> wrong.add(k + ": not in the README"));
        assertEquals(List.of(), wrong);
    }

    private static ScanResult scan() {
        InputResolver.Resolved resolved = new InputResolver(Esms.all()).resolve(List.of(SAMPLE), Optional.empty());
        SiteSettings.Builder settings = SiteSettings.builder().asOf(LocalDate.of(2025, 3, 14));
        resolved.zoweYaml().ifPresent(y -> ZoweYamlReader.apply(y, settings));
        resolved.scannerConfig().ifPresent(c -> ScannerConfigReader.apply(c, settings));
        return Scanner.scan(resolved.inputs(), settings.build(), PolicyPack.embedded());
    }
}
