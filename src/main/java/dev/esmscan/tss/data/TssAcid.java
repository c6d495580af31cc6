package dev.esmscan.tss.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The Top Secret data of one ACID that the neutral model does not hold: its type, department,
 * attached profiles (in attach order, which is the permit search order), facilities, ownerships
 * and permits. The ALL record is the ACID named {@value TssData#ALL_RECORD}.
 */
public final class TssAcid {
    private final String name;
    private String type;
    private String department;
    private String displayName;
    private final Set<String> attributes = new TreeSet<>();
    private final List<String> profiles = new ArrayList<>();
    private final Set<String> facilities = new TreeSet<>();
    private String masterFacility;
    private final Map<String, Set<String>> ownerships = new TreeMap<>();
    private final List<TssPermit> permits = new ArrayList<>();

    public TssAcid(String name) {
        this.name = name;
    }

    TssAcid copy() {
        TssAcid a = new TssAcid(name);
        a.type = type;
        a.department = department;
        a.displayName = displayName;
        a.attributes.addAll(attributes);
        a.profiles.addAll(profiles);
        a.facilities.addAll(facilities);
        a.masterFacility = masterFacility;
        ownerships.forEach((c, names) -> a.ownerships.put(c, new TreeSet<>(names)));
        a.permits.addAll(permits);
        return a;
    }

    public String name() { return name; }
    /** USER, GROUP, PROFILE, DEPT, DIV, ZONE, SCA, LSCA, ... as listed or created; null when not known. */
    public String type() { return type; }
    public void setType(String type) { this.type = type; }
    public String department() { return department; }
    /** NAME: the ACID's descriptive name. */
    public String displayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public void setDepartment(String department) { this.department = department; }
    /** Attributes such as PROTECTED, NORESCHK, SUSPEND. */
    public Set<String> attributes() { return attributes; }
    public List<String> profiles() { return profiles; }
    /** FACILITY / FAC values: the facilities the ACID may sign on to. */
    public Set<String> facilities() { return facilities; }
    /** MASTFAC: the facility a multi-user address space running under this ACID is. */
    public String masterFacility() { return masterFacility; }
    public void setMasterFacility(String masterFacility) { this.masterFacility = masterFacility; }
    /** Owned resource prefixes by TSS class. */
    public Map<String, Set<String>> ownerships() { return ownerships; }
    public List<TssPermit> permits() { return permits; }

    public boolean owns(String tssClass, String resource) {
        return ownerships.getOrDefault(tssClass, Set.of()).contains(resource);
    }

    List<String> dump() {
        List<String> out = new ArrayList<>();
        String key = "tss acid " + name;
        out.add(key + " type=" + type + " department=" + department + " name=" + (displayName == null ? null : displayName.replace(" ", "_")) + " attributes=" + String.join(",", attributes)
                + " profiles=" + String.join(",", profiles) + " facilities=" + String.join(",", facilities)
                + " mastfac=" + masterFacility);
        ownerships.forEach((c, names) -> names.forEach(n -> out.add(key + " owns " + c + " " + n)));
        List<String> p = new ArrayList<>();
        permits.forEach(x -> p.add(key + " permit " + x.dump()));
        p.sort(null);
        out.addAll(p);
        return out;
    }
}
