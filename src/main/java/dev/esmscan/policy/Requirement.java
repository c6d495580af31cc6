package dev.esmscan.policy;

import dev.esmscan.config.Feature;
import dev.esmscan.config.SiteSettings;
import dev.esmscan.input.Reach;
import java.util.List;
import java.util.Set;

/**
 * A requirement of the catalogue, read from the metadata of its DRL rules.
 *
 * @param features the requirement applies when any of them is on
 * @param esms     the ESMs it applies to (RACF, TSS, ACF2)
 * @param reads    the part of the database its verdicts rest on ({@code @reads}; everything when the rules do not say)
 * @param source   the page the requirement was read from, as the pack's authors name it ({@code @source}: its provenance)
 * @param citation the Zowe documentation section it cites, or null when the pack declares no documentation for the source
 */
public record Requirement(String id, String title, String severity, List<Feature> features, Set<String> esms,
                          String section, String source, String file, Reach reads, Citation citation) {

    public Requirement(String id, String title, String severity, List<Feature> features, Set<String> esms,
                       String section, String source, String file) {
        this(id, title, severity, features, esms, section, source, file, Reach.everything());
    }

    public Requirement(String id, String title, String severity, List<Feature> features, Set<String> esms,
                       String section, String source, String file, Reach reads) {
        this(id, title, severity, features, esms, section, source, file, reads, null);
    }

    /**
     * The source as reports cite it: "Zowe documentation: PAGE" when the pack's documentation
     * declares the page {@code @source} names, else {@code @source} itself (which then stays the
     * only provenance).
     */
    public String citedSource() {
        return citation == null ? source : citation.source();
    }

    /** The link to the section, or "" when the pack declares no documentation for the source. */
    public String url() {
        return citation == null ? "" : citation.url();
    }

    /** Null when the requirement applies to the site, else the reason it does not. */
    public String notApplicableReason(SiteSettings settings) {
        if (!esms.contains(settings.getEsm())) {
            return "applies to " + String.join(", ", esms) + " only; this site uses " + settings.getEsm();
        }
        for (Feature f : features) {
            if (settings.isOn(f)) {
                return null;
            }
        }
        StringBuilder off = new StringBuilder();
        for (Feature f : features) {
            off.append(off.length() == 0 ? "" : " and ").append(f.key());
        }
        return "feature " + off + (features.size() > 1 ? " are" : " is") + " off";
    }
}
