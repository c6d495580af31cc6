package dev.esmscan.scan;

import dev.esmscan.config.SiteSettings;
import dev.esmscan.input.ReadStats;
import dev.esmscan.model.AccessResolver;
import dev.esmscan.model.SecurityModel;
import dev.esmscan.policy.Finding;
import dev.esmscan.policy.PackIdentity;
import java.util.List;

/**
 * Everything one scan produced: what was read, the settings used, and the sorted results; and what
 * identifies the scan: each input's digest, the rule pack's identity and the system's name.
 *
 * @param identities the inputs' digests, sizes and dates, in the order of {@code inputs} (empty when not computed)
 * @param pack       the rule pack evaluated, or null when unknown
 * @param system     the system the extracts come from, or null when none is named
 */
public record ScanResult(String esm, List<ReadStats> inputs, SiteSettings settings, List<Finding> findings,
                         SecurityModel model, AccessResolver resolver, List<InputIdentity> identities, PackIdentity pack,
                         SystemName system) {
    public ScanResult {
        inputs = List.copyOf(inputs);
        findings = List.copyOf(findings);
        identities = identities == null ? List.of() : List.copyOf(identities);
    }

    public ScanResult(String esm, List<ReadStats> inputs, SiteSettings settings, List<Finding> findings,
                      SecurityModel model, AccessResolver resolver) {
        this(esm, inputs, settings, findings, model, resolver, List.of(), null, null);
    }

    /** The same result, naming the system the extracts come from. */
    public ScanResult withSystem(SystemName name) {
        return new ScanResult(esm, inputs, settings, findings, model, resolver, identities, pack, name);
    }
}
