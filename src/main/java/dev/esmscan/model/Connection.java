package dev.esmscan.model;

import java.time.LocalDate;

/** A user's connection to a group, with its group-level attributes. */
public final class Connection {
    private final String userId;
    private final String group;
    private String authority;
    private boolean groupSpecial;
    private boolean groupOperations;
    private boolean groupAuditor;
    private boolean revoked;
    private LocalDate revokeDate;
    private LocalDate resumeDate;

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
        c.revokeDate = revokeDate;
        c.resumeDate = resumeDate;
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
    /** The date the connection is revoked (USCON_REVOKE_DATE), or null. */
    public LocalDate getRevokeDate() { return revokeDate; }
    public void setRevokeDate(LocalDate revokeDate) { this.revokeDate = revokeDate; }
    /** The date the connection is resumed (USCON_RESUME_DATE), or null. */
    public LocalDate getResumeDate() { return resumeDate; }
    public void setResumeDate(LocalDate resumeDate) { this.resumeDate = resumeDate; }

    /**
     * Revoked as RACF enforces it: the REVOKE flag, or a revoke date that has come with no later
     * resume date (the unload's flag alone misses a past revoke date), as for {@link User#isRevokedOn}.
     */
    public boolean isRevokedOn(LocalDate today) {
        if (revoked) {
            return true;
        }
        if (revokeDate == null || revokeDate.isAfter(today)) {
            return false;
        }
        return resumeDate == null || resumeDate.isBefore(revokeDate) || resumeDate.isAfter(today);
    }

    @Override
    public String toString() {
        return "Connection " + userId + " to " + group;
    }
}
