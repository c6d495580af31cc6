package dev.esmscan.tss.data;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A resource class of the Resource Definition Table ({@code TSS LIST(RDT)}): its attributes
 * (MASK or NOMASK, MERGE, DEFPROT, ...), its access levels with their bit values
 * ({@code ACCESS = NONE(0000),CONTROL(0400),UPDATE(6000),READ(4000)}) and DEFACC.
 */
public final class TssResourceClass {
    private final String name;
    private final Set<String> attributes = new TreeSet<>();
    private final Map<String, Integer> accessLevels = new LinkedHashMap<>();
    private String defaultAccess;

    public TssResourceClass(String name) {
        this.name = name;
    }

    TssResourceClass copy() {
        TssResourceClass c = new TssResourceClass(name);
        c.attributes.addAll(attributes);
        c.accessLevels.putAll(accessLevels);
        c.defaultAccess = defaultAccess;
        return c;
    }

    public String name() { return name; }
    public Set<String> attributes() { return attributes; }
    /** Unowned resources of the class are protected (the RDT attribute DEFPROT). */
    public boolean isDefaultProtected() { return attributes.contains("DEFPROT"); }
    /**
     * The class merges the permits of the ACID, its profiles and ALL whatever the AUTH option: the
     * RDT attribute MERGE or ALLMERGE, each of which "Overrides the AUTH control option and uses the
     * MERGE algorithm" (Command Functions, "ATTR Keyword with the RDT").
     */
    public boolean isMerge() { return attributes.contains("MERGE") || attributes.contains("ALLMERGE"); }

    /**
     * Whether mask characters in the class's permits are masks: true for MASK (listed as MASKABLE),
     * false for NOMASK; empty when the listing shows neither.
     */
    public Optional<Boolean> maskable() {
        if (attributes.contains("MASK") || attributes.contains("MASKABLE")) {
            return Optional.of(true);
        }
        if (attributes.contains("NOMASK") || attributes.contains("NONMASK") || attributes.contains("NOMASKABLE")) {
            return Optional.of(false);
        }
        return Optional.empty();
    }

    /** The access levels the listing shows, by name, with their bit values; empty when no ACCESS line was read. */
    public Map<String, Integer> accessLevels() { return Collections.unmodifiableMap(accessLevels); }
    public void putAccessLevel(String level, int bits) { accessLevels.put(level, bits); }

    /** The access a permit without ACCESS gives (DEFACC), null when not listed. */
    public String defaultAccess() { return defaultAccess; }
    public void setDefaultAccess(String defaultAccess) { this.defaultAccess = defaultAccess; }

    String dump() {
        StringBuilder levels = new StringBuilder();
        accessLevels.forEach((l, b) -> levels.append(levels.length() == 0 ? "" : ",").append(l).append('(')
                .append(String.format("%04X", b)).append(')'));
        return "tss rdt " + name + " attributes=" + String.join(",", attributes) + " defacc=" + defaultAccess
                + (accessLevels.isEmpty() ? "" : " access=" + levels);
    }
}
