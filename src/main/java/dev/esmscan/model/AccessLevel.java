package dev.esmscan.model;

import java.util.Locale;

/** Access authorities in ascending order, as RACF ranks them (EXECUTE sits below READ). */
public enum AccessLevel {
    NONE, EXECUTE, READ, UPDATE, CONTROL, ALTER;

    public boolean atLeast(AccessLevel other) {
        return compareTo(other) >= 0;
    }

    public static AccessLevel max(AccessLevel a, AccessLevel b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.compareTo(b) >= 0 ? a : b;
    }

    /**
     * Parses an access value as an ESM prints it; returns null for values that are not access
     * levels (blank, DIGTCERT trust values, undefined flags unloaded as X&lt;cc&gt;).
     */
    public static AccessLevel parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.trim().toUpperCase(Locale.ROOT);
        switch (t) {
            case "NONE": return NONE;
            case "EXECUTE": case "EXEC": return EXECUTE;
            case "READ": return READ;
            case "UPDATE": return UPDATE;
            case "CONTROL": return CONTROL;
            case "ALTER": case "ALL": return ALTER;
            default: return null;
        }
    }
}
