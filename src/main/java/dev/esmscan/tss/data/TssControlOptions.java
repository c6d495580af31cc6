package dev.esmscan.tss.data;

/**
 * Top Secret control options that change access decisions, as a {@code TSS MODIFY STATUS}
 * display or the TSSPARMS parameter file gives them: AUTH (how permits of the ACID, its profiles
 * and the ALL record are searched) and the global MODE. Each is null until an input gives it.
 */
public final class TssControlOptions {
    private String auth;
    private String mode;
    private String authSource;
    private String modeSource;

    TssControlOptions copy() {
        TssControlOptions o = new TssControlOptions();
        o.auth = auth;
        o.mode = mode;
        o.authSource = authSource;
        o.modeSource = modeSource;
        return o;
    }

    /** AUTH as given, e.g. {@code OVERRIDE,ALLOVER}; null when no input gave it. */
    public String auth() { return auth; }
    /** Where AUTH was read, e.g. "TSSPARMS line 4". */
    public String authSource() { return authSource; }

    public void setAuth(String auth, String source) {
        this.auth = auth;
        this.authSource = source;
    }

    /** The global MODE as given (DORMANT, WARN, IMPL, FAIL); null when no input gave it. */
    public String mode() { return mode; }
    public String modeSource() { return modeSource; }

    public void setMode(String mode, String source) {
        this.mode = mode;
        this.modeSource = source;
    }

    boolean given() {
        return auth != null || mode != null;
    }

    String dump() {
        return "tss options auth=" + auth + " mode=" + mode;
    }
}
