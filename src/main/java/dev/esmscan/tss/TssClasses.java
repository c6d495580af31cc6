package dev.esmscan.tss;

import java.util.Locale;
import java.util.Map;

/**
 * Resource class names between the neutral model (RACF's names, which the rules use) and Top
 * Secret: FACILITY is IBMFAC; APPL, CSFSERV, UNIXPRIV, XFACILIT, IDIDMAP, IDTDATA, ZOWE and the
 * rest keep their names. Started tasks are the STC table, not a class.
 */
public final class TssClasses {
    private static final Map<String, String> NEUTRAL_TO_TSS = Map.of("FACILITY", "IBMFAC");
    private static final Map<String, String> TSS_TO_NEUTRAL = Map.of("IBMFAC", "FACILITY");

    private TssClasses() {
    }

    public static String toTss(String neutralClass) {
        String c = neutralClass.toUpperCase(Locale.ROOT);
        return NEUTRAL_TO_TSS.getOrDefault(c, c);
    }

    public static String toNeutral(String tssClass) {
        String c = tssClass.toUpperCase(Locale.ROOT);
        return TSS_TO_NEUTRAL.getOrDefault(c, c);
    }
}
