package dev.esmscan.tss.read;

import dev.esmscan.tss.data.TssResourceClass;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code ACCESS = NONE(0000),CONTROL(0400),UPDATE(6000),READ(4000)} lines of a
 * {@code TSS LIST(RDT)} class: each access level with the bits it stands for (DISA STIG
 * SV-225604; Broadcom KB 139476 shows IBMFAC's). One level implies another only when its bits
 * contain the other's (KB 222146, KB 19851).
 */
final class RdtAccessList {
    private static final Pattern LEVEL = Pattern.compile("([A-Z0-9#$@]+)\\(([0-9A-Fa-f]{1,4})\\)");

    private RdtAccessList() {
    }

    /** Adds the levels of one ACCESS line to the class; returns how many were read. */
    static int read(String value, TssResourceClass rc) {
        Matcher m = LEVEL.matcher(value.toUpperCase(java.util.Locale.ROOT));
        int n = 0;
        while (m.find()) {
            rc.putAccessLevel(m.group(1), Integer.parseInt(m.group(2), 16));
            n++;
        }
        return n;
    }
}
