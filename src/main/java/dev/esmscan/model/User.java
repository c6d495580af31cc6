package dev.esmscan.model;

import java.time.LocalDate;

/**
 * A user identity. Readers and command interpreters fill it; rules only read it.
 * Dates are null when the extract leaves them blank.
 */
public final class User {
    private final String id;
    private String name;
    private String defaultGroup;
    private String owner;
    private String installationData;
    private boolean special;
    private boolean operations;
    private boolean auditor;
    private boolean revokeFlag;
    private LocalDate revokeDate;
    private LocalDate resumeDate;
    private boolean protectedUser;
    private boolean passwordPhrase;
    private boolean restricted;
    private OmvsSegment omvs;
    private boolean baseRecordSeen;

    public User(String id) {
        this.id = id;
    }

    public User copy() {
        User u = new User(id);
        u.name = name;
        u.defaultGroup = defaultGroup;
        u.owner = owner;
        u.installationData = installationData;
        u.special = special;
        u.operations = operations;
        u.auditor = auditor;
        u.revokeFlag = revokeFlag;
        u.revokeDate = revokeDate;
        u.resumeDate = resumeDate;
        u.protectedUser = protectedUser;
        u.passwordPhrase = passwordPhrase;
        u.restricted = restricted;
        u.omvs = omvs;
        u.baseRecordSeen = baseRecordSeen;
        return u;
    }

    /**
     * Revoked as RACF enforces it: the REVOKE flag, or a revoke date that has come with no later
     * resume date. The unload's flag alone misses a past revoke date (IBM rules.htm).
     */
    public boolean isRevokedOn(LocalDate today) {
        if (revokeFlag) {
            return true;
        }
        if (revokeDate == null || revokeDate.isAfter(today)) {
            return false;
        }
        return resumeDate == null || resumeDate.isBefore(revokeDate) || resumeDate.isAfter(today);
    }

    public String getId() { return id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDefaultGroup() { return defaultGroup; }
    public void setDefaultGroup(String defaultGroup) { this.defaultGroup = defaultGroup; }
    public String getOwner() { return owner; }
    public void setOwner(String owner) { this.owner = owner; }
    public String getInstallationData() { return installationData; }
    public void setInstallationData(String installationData) { this.installationData = installationData; }
    public boolean isSpecial() { return special; }
    public void setSpecial(boolean special) { this.special = special; }
    public boolean isOperations() { return operations; }
    public void setOperations(boolean operations) { this.operations = operations; }
    public boolean isAuditor() { return auditor; }
    public void setAuditor(boolean auditor) { this.auditor = auditor; }
    public boolean isRevokeFlag() { return revokeFlag; }
    public void setRevokeFlag(boolean revokeFlag) { this.revokeFlag = revokeFlag; }
    public LocalDate getRevokeDate() { return revokeDate; }
    public void setRevokeDate(LocalDate revokeDate) { this.revokeDate = revokeDate; }
    public LocalDate getResumeDate() { return resumeDate; }
    public void setResumeDate(LocalDate resumeDate) { this.resumeDate = resumeDate; }
    /** Cannot log on with a password (RACF PROTECTED / NOPASSWORD, TSS PROTECTED, ACF2 STC). */
    public boolean isProtectedUser() { return protectedUser; }
    public void setProtectedUser(boolean protectedUser) { this.protectedUser = protectedUser; }
    /** Has a password phrase, and so can log on with it whatever the password says. */
    public boolean hasPasswordPhrase() { return passwordPhrase; }
    public void setPasswordPhrase(boolean passwordPhrase) { this.passwordPhrase = passwordPhrase; }
    public boolean isRestricted() { return restricted; }
    public void setRestricted(boolean restricted) { this.restricted = restricted; }
    public OmvsSegment getOmvs() { return omvs; }
    public void setOmvs(OmvsSegment omvs) { this.omvs = omvs; }
    /** False when only sub-records (connects, segments) named this user. */
    public boolean isBaseRecordSeen() { return baseRecordSeen; }
    public void setBaseRecordSeen(boolean baseRecordSeen) { this.baseRecordSeen = baseRecordSeen; }

    @Override
    public String toString() {
        return "User " + id;
    }
}
