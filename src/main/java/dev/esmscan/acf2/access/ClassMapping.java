package dev.esmscan.acf2.access;

import dev.esmscan.acf2.db.Acf2Database;
import dev.esmscan.acf2.db.Acf2Record;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * SAF class to ACF2 resource type, through the GSO CLASMAP records ({@code CLASMAP.x RESOURCE(class)
 * RSRCTYPE(type)}), else ACF2's defaults: FACILITY FAC, APPL APL, UNIXPRIV UNI, CSFSERV CSF, and
 * for any other class its first three characters (an assumption: the formats reference lists no
 * other default).
 */
public final class ClassMapping {
    static final Map<String, String> DEFAULTS = Map.of("FACILITY", "FAC", "APPL", "APL", "UNIXPRIV", "UNI", "CSFSERV", "CSF");

    /** The type and how it was found, in words for evidence. */
    public record Mapped(String type, String how) {
    }

    private final Acf2Database db;

    public ClassMapping(Acf2Database db) {
        this.db = db;
    }

    public Mapped map(String className) {
        String c = className.toUpperCase(Locale.ROOT);
        for (Acf2Record r : db.gso().values()) {
            if (r.recid().startsWith("CLASMAP.") && c.equals(r.field("RESOURCE")) && r.field("RSRCTYPE") != null) {
                return new Mapped(r.field("RSRCTYPE"), c + " maps to " + r.field("RSRCTYPE") + " by GSO " + r.recid());
            }
        }
        return new Mapped(defaultType(c), c + " maps to " + defaultType(c) + " by ACF2's default (no GSO CLASMAP record for "
                + c + (DEFAULTS.containsKey(c) ? ")" : "; assumed: the first three characters of the class)"));
    }

    /** The type a class maps to without CLASMAP records. */
    public static String defaultType(String className) {
        String c = className.toUpperCase(Locale.ROOT);
        return DEFAULTS.getOrDefault(c, c.length() <= 3 ? c : c.substring(0, 3));
    }

    /**
     * Every SAF class the model knows to map to a type: those of the CLASMAP records naming it and
     * those of ACF2's defaults; empty when none (a class may still map to it by its first three
     * characters, which no list can name).
     */
    public java.util.Set<String> classesOf(String type) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (Acf2Record r : db.gso().values()) {
            if (r.recid().startsWith("CLASMAP.") && type.equals(r.field("RSRCTYPE")) && r.field("RESOURCE") != null) {
                out.add(r.field("RESOURCE").toUpperCase(Locale.ROOT));
            }
        }
        DEFAULTS.forEach((c, t) -> {
            if (t.equals(type)) {
                out.add(c);
            }
        });
        return out;
    }

    /** The SAF class a type stands for: a CLASMAP record naming it, else a default; empty when none. */
    public Optional<String> classOf(String type) {
        for (Acf2Record r : db.gso().values()) {
            if (r.recid().startsWith("CLASMAP.") && type.equals(r.field("RSRCTYPE")) && r.field("RESOURCE") != null) {
                return Optional.of(r.field("RESOURCE"));
            }
        }
        return DEFAULTS.entrySet().stream().filter(e -> e.getValue().equals(type)).map(Map.Entry::getKey).findFirst();
    }
}
