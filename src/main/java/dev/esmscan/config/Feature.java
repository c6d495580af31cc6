package dev.esmscan.config;

import java.util.Locale;

/** The Zowe features a requirement can depend on (REQUIREMENTS.md "Features"), with their defaults. */
public enum Feature {
    CORE("core", true),
    ZSS("zss", true),
    DESKTOP("desktop", true),
    APIML("apiml", true),
    CERT_MAPPING("cert-mapping", true),
    IDENTITY_MAPPING("identity-mapping", true),
    SMF("smf", true),
    IDT("idt", false),
    ZOSMF_AUTH("zosmf-auth", true),
    MFA("mfa", false),
    SSO("sso", false),
    OIDC("oidc", false);

    private final String key;
    private final boolean defaultOn;

    Feature(String key, boolean defaultOn) {
        this.key = key;
        this.defaultOn = defaultOn;
    }

    public String key() { return key; }
    public boolean defaultOn() { return defaultOn; }

    public static Feature byKey(String key) {
        String k = key.trim().toLowerCase(Locale.ROOT);
        for (Feature f : values()) {
            if (f.key.equals(k)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown feature '" + key + "' (known: " + known() + ")");
    }

    public static String known() {
        StringBuilder sb = new StringBuilder();
        for (Feature f : values()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(f.key);
        }
        return sb.toString();
    }
}
