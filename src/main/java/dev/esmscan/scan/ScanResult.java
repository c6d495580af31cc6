package dev.esmscan.scan;

import dev.esmscan.config.SiteSettings;
import dev.esmscan.input.ReadStats;
import dev.esmscan.model.AccessResolver;
import dev.esmscan.model.SecurityModel;
import dev.esmscan.policy.Finding;
import java.util.List;

/** Everything one scan produced: what was read, the settings used, and the sorted results. */
public record ScanResult(String esm, List<ReadStats> inputs, SiteSettings settings, List<Finding> findings,
                         SecurityModel model, AccessResolver resolver) {
    public ScanResult {
        inputs = List.copyOf(inputs);
        findings = List.copyOf(findings);
    }
}
