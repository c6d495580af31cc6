package dev.esmscan.model;

import java.util.ArrayList;
import java.util.List;

/** A resource profile (general resource or data set) with its access lists. */
public final class ResourceProfile {
    private final String className;
    private final String name;
    private final String volume;
    private boolean generic;
    private AccessLevel universalAccess;
    private String rawUniversalAccess;
    private boolean warning;
    private String warningReason;
    private String owner;
    private String installationData;
    private StartedTaskData startedTaskData;
    private final List<AccessEntry> accessList = new ArrayList<>();
    private final List<ConditionalAccessEntry> conditionalAccessList = new ArrayList<>();
    private final List<String> members = new ArrayList<>();
    private boolean baseRecordSeen;

    public ResourceProfile(String className, String name) {
        this(className, name, null);
    }

    public ResourceProfile(String className, String name, String volume) {
        this.className = className;
        this.name = name;
        this.volume = volume == null || volume.isEmpty() ? null : volume;
    }

    public ResourceProfile copy() {
        ResourceProfile p = new ResourceProfile(className, name, volume);
        p.generic = generic;
        p.universalAccess = universalAccess;
        p.rawUniversalAccess = rawUniversalAccess;
        p.warning = warning;
        p.warningReason = warningReason;
        p.owner = owner;
        p.installationData = installationData;
        p.startedTaskData = startedTaskData;
        p.accessList.addAll(accessList);
        p.conditionalAccessList.addAll(conditionalAccessList);
        p.members.addAll(members);
        p.baseRecordSeen = baseRecordSeen;
        return p;
    }

    /** The key a profile is stored under: class, name and, for discrete data set profiles, volume. */
    public static String key(String className, String name, String volume) {
        return volume == null || volume.isEmpty() ? className + " " + name : className + " " + name + " " + volume;
    }

    public String key() {
        return key(className, name, volume);
    }

    /** The entry naming exactly this ID (user, group or "*"), or null. */
    public AccessEntry entryFor(String id) {
        for (AccessEntry e : accessList) {
            if (e.id().equals(id)) {
                return e;
            }
        }
        return null;
    }

    /** Adds an entry or replaces the level of an existing entry for the same ID, as PERMIT does. */
    public void permit(String id, AccessLevel level) {
        accessList.removeIf(e -> e.id().equals(id));
        accessList.add(new AccessEntry(id, level));
    }

    public boolean removeEntry(String id) {
        return accessList.removeIf(e -> e.id().equals(id));
    }

    public String getClassName() { return className; }
    public String getName() { return name; }
    public String getVolume() { return volume; }
    public boolean isGeneric() { return generic; }
    public void setGeneric(boolean generic) { this.generic = generic; }
    /** Null when the extract holds no recognisable access level (then rawUniversalAccess says what it held). */
    public AccessLevel getUniversalAccess() { return universalAccess; }
    public void setUniversalAccess(AccessLevel universalAccess) { this.universalAccess = universalAccess; }
    public String getRawUniversalAccess() { return rawUniversalAccess; }
    public void setRawUniversalAccess(String rawUniversalAccess) { this.rawUniversalAccess = rawUniversalAccess; }
    public boolean isWarning() { return warning; }
    public void setWarning(boolean warning) { this.warning = warning; }
    /** Why the profile counts as in WARNING mode when that is not its own flag (a system-wide mode, or one taken because the input is silent); null otherwise. */
    public String getWarningReason() { return warningReason; }
    public void setWarningReason(String warningReason) { this.warningReason = warningReason; }
    public String getOwner() { return owner; }
    public void setOwner(String owner) { this.owner = owner; }
    public String getInstallationData() { return installationData; }
    public void setInstallationData(String installationData) { this.installationData = installationData; }
    public StartedTaskData getStartedTaskData() { return startedTaskData; }
    public void setStartedTaskData(StartedTaskData startedTaskData) { this.startedTaskData = startedTaskData; }
    public List<AccessEntry> getAccessList() { return accessList; }
    public List<ConditionalAccessEntry> getConditionalAccessList() { return conditionalAccessList; }
    public List<String> getMembers() { return members; }
    public boolean isBaseRecordSeen() { return baseRecordSeen; }
    public void setBaseRecordSeen(boolean baseRecordSeen) { this.baseRecordSeen = baseRecordSeen; }

    @Override
    public String toString() {
        return className + " " + name + (generic ? " (generic)" : " (discrete)");
    }
}
