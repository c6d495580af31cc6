package dev.esmscan.tss.data;

import dev.esmscan.model.ModelExtension;
import dev.esmscan.model.SecurityModel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a Top Secret security file holds beyond the neutral model: per-ACID data (type,
 * department, profiles, facilities, ownerships, permits), the ALL record, the STC table, the
 * Facility Matrix Table as displayed, and the Resource Definition Table as listed.
 *
 * <p>The facility queries ({@link #facilityListingGiven()}, {@link #facility(String)},
 * {@link #masterFacilityOf(String)}, {@link #mayUseFacility(String, String)}) are what a rule
 * needs for the multi-user address space requirement.
 */
public final class TssData implements ModelExtension {
    /** The record whose permits every signed-on ACID has. */
    public static final String ALL_RECORD = "ALL";

    private final Map<String, TssAcid> acids = new TreeMap<>();
    private final Map<String, String> startedTasks = new TreeMap<>();
    private final Map<String, TssFacility> facilities = new TreeMap<>();
    private final Map<String, TssResourceClass> resourceClasses = new TreeMap<>();
    private TssControlOptions controlOptions = new TssControlOptions();
    private boolean facilityListingGiven;
    private boolean stcTableGiven;

    /** The data of a model, when a Top Secret input supplied any. */
    public static Optional<TssData> of(SecurityModel model) {
        return model.extension(TssData.class);
    }

    /** The data of a model under construction, created on first use. */
    public static TssData of(SecurityModel.Builder builder) {
        return builder.extension(TssData.class, TssData::new);
    }

    @Override
    public TssData copy() {
        TssData d = new TssData();
        acids.forEach((k, v) -> d.acids.put(k, v.copy()));
        d.startedTasks.putAll(startedTasks);
        facilities.forEach((k, v) -> d.facilities.put(k, v.copy()));
        resourceClasses.forEach((k, v) -> d.resourceClasses.put(k, v.copy()));
        d.controlOptions = controlOptions.copy();
        d.facilityListingGiven = facilityListingGiven;
        d.stcTableGiven = stcTableGiven;
        return d;
    }

    @Override
    public String dump() {
        List<String> out = new ArrayList<>();
        out.add("tss facilityListing=" + facilityListingGiven + " stcTable=" + stcTableGiven);
        acids.values().forEach(a -> out.addAll(a.dump()));
        startedTasks.forEach((p, a) -> out.add("tss stc " + p + " acid=" + a));
        facilities.values().forEach(f -> out.add(f.dump()));
        resourceClasses.values().forEach(c -> out.add(c.dump()));
        if (controlOptions.given()) {
            out.add(controlOptions.dump());
        }
        return String.join("\n", out) + "\n";
    }

    // ---- ACIDs

    public Optional<TssAcid> acid(String name) { return Optional.ofNullable(acids.get(name)); }
    public TssAcid acidOrCreate(String name) { return acids.computeIfAbsent(name, TssAcid::new); }
    public boolean removeAcid(String name) { return acids.remove(name) != null; }
    public Collection<TssAcid> acids() { return Collections.unmodifiableCollection(acids.values()); }

    // ---- STC table

    public Map<String, String> startedTasks() { return startedTasks; }
    /** True when an input gave the STC table (TSS LIST(STC) output or STC commands). */
    public boolean stcTableGiven() { return stcTableGiven; }
    public void markStcTableGiven() { stcTableGiven = true; }

    // ---- facilities

    /** True when a facility display (FACILITY DISPLAY FOR ...) or facility command was among the inputs. */
    public boolean facilityListingGiven() { return facilityListingGiven; }
    public void markFacilityListingGiven() { facilityListingGiven = true; }
    /** The facility as displayed; empty when no display showed it. */
    public Optional<TssFacility> facility(String name) { return Optional.ofNullable(facilities.get(name)); }
    public TssFacility facilityOrCreate(String name) { return facilities.computeIfAbsent(name, TssFacility::new); }
    public Collection<TssFacility> facilities() { return Collections.unmodifiableCollection(facilities.values()); }

    /** The MASTFAC of an ACID; empty when the ACID is unknown or has none. */
    public Optional<String> masterFacilityOf(String acid) {
        return acid(acid).map(TssAcid::masterFacility);
    }

    /** True when the ACID is authorised to sign on to the facility (FAC(facility) on its own record or its profiles). */
    public boolean mayUseFacility(String acid, String facility) {
        Optional<TssAcid> a = acid(acid);
        if (a.isEmpty()) {
            return false;
        }
        if (a.get().facilities().contains(facility)) {
            return true;
        }
        for (String p : a.get().profiles()) {
            if (acid(p).map(x -> x.facilities().contains(facility)).orElse(false)) {
                return true;
            }
        }
        return false;
    }

    // ---- RDT

    public Optional<TssResourceClass> resourceClass(String name) { return Optional.ofNullable(resourceClasses.get(name)); }
    public TssResourceClass resourceClassOrCreate(String name) { return resourceClasses.computeIfAbsent(name, TssResourceClass::new); }
    public boolean removeResourceClass(String name) { return resourceClasses.remove(name) != null; }
    /** The RDT entries an input listed, by class. */
    public Collection<TssResourceClass> resourceClasses() { return Collections.unmodifiableCollection(resourceClasses.values()); }

    // ---- control options

    /** AUTH and the global MODE as a MODIFY STATUS display or the parameter file gave them. */
    public TssControlOptions controlOptions() { return controlOptions; }
}
