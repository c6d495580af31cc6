package dev.esmscan.tss.data;

import java.util.Set;
import java.util.TreeSet;

/**
 * A facility of the Facility Matrix Table as a facility display shows it: its MODE and its
 * attributes (RES or NORES, ACTIVE, MULTIUSER, ...).
 */
public final class TssFacility {
    private final String name;
    private String mode;
    private final Set<String> attributes = new TreeSet<>();

    public TssFacility(String name) {
        this.name = name;
    }

    TssFacility copy() {
        TssFacility f = new TssFacility(name);
        f.mode = mode;
        f.attributes.addAll(attributes);
        return f;
    }

    public String name() { return name; }
    /** FAIL, WARN, IMPL or DORM as displayed; null when the display showed no MODE. */
    public String mode() { return mode; }
    public void setMode(String mode) { this.mode = mode; }
    public Set<String> attributes() { return attributes; }

    /** The display names the attribute, e.g. RES. */
    public boolean has(String attribute) {
        return attributes.contains(attribute);
    }

    String dump() {
        return "tss facility " + name + " mode=" + mode + " attributes=" + String.join(",", attributes);
    }
}
