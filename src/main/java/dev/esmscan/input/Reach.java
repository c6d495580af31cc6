package dev.esmscan.input;

import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The part of the security database that something can touch: what a requirement reads, or what a
 * record that could not be read (or a command that could not be modelled) could have changed.
 * The parts are the identities (users, groups, connections, their segments and attributes) and
 * the profiles and options of named resource classes (data set profiles count as
 * {@value ProfileScope#DATASET}; started-task definitions as STARTED). {@link #everything()} stands
 * for all of them, and for any part not named here.
 */
public final class Reach {
    private static final Reach EVERYTHING = new Reach(true, true, Set.of());
    private static final Reach NOTHING = new Reach(false, false, Set.of());
    private static final Reach IDENTITIES = new Reach(false, true, Set.of());

    private final boolean everything;
    private final boolean identities;
    private final Set<String> classes;

    private Reach(boolean everything, boolean identities, Set<String> classes) {
        this.everything = everything;
        this.identities = identities;
        this.classes = Collections.unmodifiableSet(new TreeSet<>(classes));
    }

    public static Reach everything() {
        return EVERYTHING;
    }

    public static Reach nothing() {
        return NOTHING;
    }

    public static Reach identities() {
        return IDENTITIES;
    }

    /** The profiles and options of these classes (upper-cased). */
    public static Reach classes(String... names) {
        Set<String> set = new TreeSet<>();
        for (String n : names) {
            set.add(n.toUpperCase(Locale.ROOT));
        }
        return new Reach(false, false, set);
    }

    /**
     * Parses "identities, FACILITY, STARTED" (or "everything"): the form of a rule's {@code @reads}
     * metadata.
     *
     * @throws IllegalArgumentException naming a part that is neither a word nor a class name
     */
    public static Reach parse(String text) {
        Reach r = NOTHING;
        for (String part : text.split(",")) {
            String p = part.trim();
            if (p.isEmpty()) {
                continue;
            }
            if (p.equalsIgnoreCase("everything")) {
                return EVERYTHING;
            }
            if (p.equalsIgnoreCase("identities")) {
                r = r.plus(IDENTITIES);
            } else if (p.matches("[A-Za-z0-9@#$]{1,8}")) {
                r = r.plus(classes(p));
            } else {
                throw new IllegalArgumentException("'" + p + "' is neither identities, everything nor a class name");
            }
        }
        return r;
    }

    public Reach plus(Reach other) {
        if (everything || other.everything) {
            return EVERYTHING;
        }
        Set<String> union = new TreeSet<>(classes);
        union.addAll(other.classes);
        return new Reach(false, identities || other.identities, union);
    }

    /** True when the two share a part: damage of one reach can change what the other reads. */
    public boolean touches(Reach other) {
        if (isNothing() || other.isNothing()) {
            return false;
        }
        if (everything || other.everything) {
            return true;
        }
        if (identities && other.identities) {
            return true;
        }
        for (String c : classes) {
            if (other.classes.contains(c)) {
                return true;
            }
        }
        return false;
    }

    public boolean isEverything() {
        return everything;
    }

    public boolean isNothing() {
        return !everything && !identities && classes.isEmpty();
    }

    /** "everything", "identities", "class FACILITY", "identities and classes FACILITY, STARTED". */
    public String describe() {
        if (everything) {
            return "everything";
        }
        if (isNothing()) {
            return "nothing";
        }
        String cls = classes.isEmpty() ? "" : (classes.size() == 1 ? "class " : "classes ") + String.join(", ", classes);
        if (identities) {
            return cls.isEmpty() ? "identities" : "identities and " + cls;
        }
        return cls;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Reach r && r.everything == everything && r.identities == identities && r.classes.equals(classes);
    }

    @Override
    public int hashCode() {
        return (everything ? 1 : 0) + (identities ? 2 : 0) + 31 * classes.hashCode();
    }

    @Override
    public String toString() {
        return describe();
    }
}
