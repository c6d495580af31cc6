package dev.esmscan.config;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The site's names and features the rules evaluate against: from zowe.yaml, the scanner's
 * config and flags, else the Zowe defaults. Inserted into the rule session as a fact.
 */
public final class SiteSettings {
    private final String stcUser;
    private final String zisUser;
    private final String adminGroup;
    private final String stcGroup;
    private final String zoweStc;
    private final String zisStc;
    private final String auxStc;
    private final String esm;
    private final List<String> zoweUsers;
    private final Map<Feature, Boolean> features;
    private final LocalDate asOf;
    private final String tssOwnerAcid;
    private final String tssDepartment;
    private final boolean tssDefaultIdRange;
    private final List<String> notices;

    private SiteSettings(Builder b) {
        this.stcUser = b.stcUser;
        this.zisUser = b.zisUser;
        this.adminGroup = b.adminGroup;
        this.stcGroup = b.stcGroup;
        this.zoweStc = b.zoweStc;
        this.zisStc = b.zisStc;
        this.auxStc = b.auxStc;
        this.esm = b.esm;
        this.zoweUsers = List.copyOf(b.zoweUsers);
        this.features = new EnumMap<>(b.features);
        this.asOf = b.asOf;
        this.tssOwnerAcid = b.tssOwnerAcid;
        this.tssDepartment = b.tssDepartment;
        this.tssDefaultIdRange = b.tssDefaultIdRange;
        this.notices = List.copyOf(b.notices);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** These settings for a scan of {@code esmName}'s extracts: the ESM read decides, whatever zowe.yaml says. */
    public SiteSettings forEsm(String esmName) {
        if (esmName.equals(esm)) {
            return this;
        }
        Builder b = builder().stcUser(stcUser).zisUser(zisUser).adminGroup(adminGroup).stcGroup(stcGroup)
                .zoweStc(zoweStc).zisStc(zisStc).auxStc(auxStc).esm(esmName).zoweUsers(zoweUsers).asOf(asOf)
                .tssOwnerAcid(tssOwnerAcid).tssDepartment(tssDepartment).tssDefaultIdRange(tssDefaultIdRange);
        features.forEach(b::feature);
        notices.forEach(b::notice);
        return b.build();
    }

    public static SiteSettings defaults() {
        return builder().build();
    }

    public String getStcUser() { return stcUser; }
    public String getZisUser() { return zisUser; }
    public String getAdminGroup() { return adminGroup; }
    public String getStcGroup() { return stcGroup; }
    public String getZoweStc() { return zoweStc; }
    public String getZisStc() { return zisStc; }
    public String getAuxStc() { return auxStc; }
    /** The ESM named by zowe.setup.security.product (RACF, ACF2, TSS). */
    public String getEsm() { return esm; }
    /** Zowe end users: user IDs, or groups meaning their connected users. */
    public List<String> getZoweUsers() { return zoweUsers; }
    /** The date revocation dates are judged against. */
    public LocalDate getAsOf() { return asOf; }
    /** Top Secret: the ACID that owns resources the remediation defines; null when not configured. */
    public String getTssOwnerAcid() { return tssOwnerAcid; }
    /** Top Secret: the department new ACIDs are created in; null when not configured. */
    public String getTssDepartment() { return tssDepartment; }
    /**
     * Top Secret: the site has a default UID and GID range (control options DFLTRNGU and DFLTRNGG),
     * so new ACIDs may take {@code UID(?)} and {@code GID(?)}; false when not configured.
     */
    public boolean isTssDefaultIdRange() { return tssDefaultIdRange; }
    /**
     * What the settings' sources said that a reader of the report should know, each naming its
     * file and line: a Zowe template resolved from the same file, or one that could not be
     * evaluated offline and was not used.
     */
    public List<String> getNotices() { return notices; }

    public boolean isOn(Feature f) {
        return features.get(f);
    }

    public Map<Feature, Boolean> features() {
        return new EnumMap<>(features);
    }

    /** Mutable collector; later sources override earlier ones. */
    public static final class Builder {
        private String stcUser = "ZWESVUSR";
        private String zisUser = "ZWESIUSR";
        private String adminGroup = "ZWEADMIN";
        private String stcGroup = "ZWEADMIN";
        private String zoweStc = "ZWESLSTC";
        private String zisStc = "ZWESISTC";
        private String auxStc = "ZWESASTC";
        private String esm = "RACF";
        private List<String> zoweUsers = List.of();
        private final Map<Feature, Boolean> features = new EnumMap<>(Feature.class);
        private LocalDate asOf = LocalDate.now();
        private String tssOwnerAcid;
        private String tssDepartment;
        private boolean tssDefaultIdRange;
        private final List<String> notices = new java.util.ArrayList<>();

        private Builder() {
            for (Feature f : Feature.values()) {
                features.put(f, f.defaultOn());
            }
        }

        public Builder stcUser(String v) { stcUser = v; return this; }
        public Builder zisUser(String v) { zisUser = v; return this; }
        public Builder adminGroup(String v) { adminGroup = v; return this; }
        public Builder stcGroup(String v) { stcGroup = v; return this; }
        public Builder zoweStc(String v) { zoweStc = v; return this; }
        public Builder zisStc(String v) { zisStc = v; return this; }
        public Builder auxStc(String v) { auxStc = v; return this; }
        public Builder esm(String v) { esm = v; return this; }
        public Builder zoweUsers(List<String> v) { zoweUsers = List.copyOf(v); return this; }
        public Builder asOf(LocalDate v) { asOf = v; return this; }
        public Builder tssOwnerAcid(String v) { tssOwnerAcid = v; return this; }
        public Builder tssDepartment(String v) { tssDepartment = v; return this; }
        public Builder tssDefaultIdRange(boolean v) { tssDefaultIdRange = v; return this; }
        /** Something a source of the settings said that the report should show (see {@link SiteSettings#getNotices()}). */
        public Builder notice(String v) { notices.add(v); return this; }

        public Builder feature(Feature f, boolean on) {
            features.put(f, f == Feature.CORE || on);
            return this;
        }

        public SiteSettings build() {
            return new SiteSettings(this);
        }
    }
}
