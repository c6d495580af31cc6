package dev.esmscan.tss.data;

import java.util.Set;
import java.util.TreeSet;

/** A resource class of the Resource Definition Table ({@code TSS LIST(RDT)}): its attributes and DEFACC. */
public final class TssResourceClass {
    private final String name;
    private final Set<String> attributes = new TreeSet<>();
    private String defaultAccess;

    public TssResourceClass(String name) {
        this.name = name;
    }

    TssResourceClass copy() {
        TssResourceClass c = new TssResourceClass(name);
        c.attributes.addAll(attributes);
        c.defaultAccess = defaultAccess;
        return c;
    }

    public String name() { return name; }
    public Set<String> attributes() { return attributes; }
    /** Unowned resources of the class are protected (the RDT attribute DEFPROT). */
    public boolean isDefaultProtected() { return attributes.contains("DEFPROT"); }
    /** The access a permit without ACCESS gives (DEFACC), null when not listed. */
    public String defaultAccess() { return defaultAccess; }
    public void setDefaultAccess(String defaultAccess) { this.defaultAccess = defaultAccess; }

    String dump() {
        return "tss rdt " + name + " attributes=" + String.join(",", attributes) + " defacc=" + defaultAccess;
    }
}
