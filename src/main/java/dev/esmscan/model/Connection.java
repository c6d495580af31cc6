package dev.esmscan.model;

/** A user's connection to a group, with its group-level attributes. */
public final class Connection {
    private final String userId;
    private final String group;
    private String authority;
    private boolean groupSpecial;
    private boolean groupOperations;
    private boolean groupAuditor;
    private boolean revoked;

    public Connection(String userId, String group) {
        this.userId = userId;
        this.group = group;
    }

    public Connection copy() {
        Connection c = new Connection(userId, group);
        c.authority = authority;
        c.groupSpecial = groupSpecial;
        c.groupOperations = groupOperations;
        c.groupAuditor = groupAuditor;
        c.revoked = revoked;
        return c;
    }

    public String getUserId() { return userId; }
    public String getGroup() { return group; }
    /** USE, CREATE, CONNECT or JOIN; null when the extract does not say. */
    public String getAuthority() { return authority; }
    public void setAuthority(String authority) { this.authority = authority; }
    public boolean isGroupSpecial() { return groupSpecial; }
    public void setGroupSpecial(boolean groupSpecial) { this.groupSpecial = groupSpecial; }
    public boolean isGroupOperations() { return groupOperations; }
    public void setGroupOperations(boolean groupOperations) { this.groupOperations = groupOperations; }
    public boolean isGroupAuditor() { return groupAuditor; }
    public void setGroupAuditor(boolean groupAuditor) { this.groupAuditor = groupAuditor; }
    public boolean isRevoked() { return revoked; }
    public void setRevoked(boolean revoked) { this.revoked = revoked; }

    @Override
    public String toString() {
        return "Connection " + userId + " to " + group;
    }
}
