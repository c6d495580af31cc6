package dev.esmscan.model;

/** A group. The GID is null when the group has no OMVS segment or no GID in it. */
public final class Group {
    private final String name;
    private String superiorGroup;
    private String owner;
    private String installationData;
    private boolean universal;
    private boolean omvsSegment;
    private Long gid;
    private boolean baseRecordSeen;

    public Group(String name) {
        this.name = name;
    }

    public Group copy() {
        Group g = new Group(name);
        g.superiorGroup = superiorGroup;
        g.owner = owner;
        g.installationData = installationData;
        g.universal = universal;
        g.omvsSegment = omvsSegment;
        g.gid = gid;
        g.baseRecordSeen = baseRecordSeen;
        return g;
    }

    public String getName() { return name; }
    public String getSuperiorGroup() { return superiorGroup; }
    public void setSuperiorGroup(String superiorGroup) { this.superiorGroup = superiorGroup; }
    public String getOwner() { return owner; }
    public void setOwner(String owner) { this.owner = owner; }
    public String getInstallationData() { return installationData; }
    public void setInstallationData(String installationData) { this.installationData = installationData; }
    public boolean isUniversal() { return universal; }
    public void setUniversal(boolean universal) { this.universal = universal; }
    public boolean hasOmvsSegment() { return omvsSegment; }
    public void setOmvsSegment(boolean omvsSegment) { this.omvsSegment = omvsSegment; }
    public Long getGid() { return gid; }
    public void setGid(Long gid) { this.gid = gid; }
    public boolean isBaseRecordSeen() { return baseRecordSeen; }
    public void setBaseRecordSeen(boolean baseRecordSeen) { this.baseRecordSeen = baseRecordSeen; }

    @Override
    public String toString() {
        return "Group " + name;
    }
}
