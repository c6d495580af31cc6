package dev.esmscan.policy.checks;

import dev.esmscan.model.AccessLevel;
import java.util.List;

/**
 * A FACILITY resource the pack grants the Zowe STC user, which the documentation defines with
 * UACC(NONE) and no one else on the access list: the level the STC user needs and how much an
 * opening weighs (REQUIREMENTS.md "Exposure of the Zowe-sensitive profiles").
 */
public final class SensitiveResource {
    public static final String FACILITY = "FACILITY";

    private static final List<SensitiveResource> ZOWE_FACILITY = List.of(
            new SensitiveResource("BPX.JOBNAME", AccessLevel.READ, "medium"),
            new SensitiveResource("BPX.SERVER", AccessLevel.UPDATE, "high"),
            new SensitiveResource("BPX.DAEMON", AccessLevel.UPDATE, "high"),
            new SensitiveResource("ZWES.IS", AccessLevel.READ, "high"),
            new SensitiveResource("IRR.RUSERMAP", AccessLevel.READ, "medium"),
            new SensitiveResource("IRR.IDIDMAP.QUERY", AccessLevel.READ, "medium"),
            new SensitiveResource("IRR.RAUDITX", AccessLevel.READ, "medium"),
            new SensitiveResource("IRR.RADMIN.LISTUSER", AccessLevel.READ, "medium"));

    private final String resource;
    private final AccessLevel stcLevel;
    private final String severity;

    private SensitiveResource(String resource, AccessLevel stcLevel, String severity) {
        this.resource = resource;
        this.stcLevel = stcLevel;
        this.severity = severity;
    }

    /** The FACILITY resources the pack checks, in the order of the requirement catalogue. */
    public static List<SensitiveResource> zoweFacility() {
        return ZOWE_FACILITY;
    }

    /** The one of {@link #zoweFacility()} with this name. */
    public static SensitiveResource facility(String resource) {
        return ZOWE_FACILITY.stream().filter(r -> r.resource.equals(resource)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("FACILITY " + resource + " is not a resource the pack checks"));
    }

    public String getClassName() { return FACILITY; }
    public String getResource() { return resource; }
    /** The level the pack requires for the Zowe STC user. */
    public AccessLevel getStcLevel() { return stcLevel; }
    /** high, medium or low. */
    public String getSeverity() { return severity; }
    /** The result subject: "FACILITY BPX.DAEMON". */
    public String getSubject() { return FACILITY + " " + resource; }

    @Override
    public String toString() {
        return getSubject();
    }
}
