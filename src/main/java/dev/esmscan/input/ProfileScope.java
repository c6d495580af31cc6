package dev.esmscan.input;

import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which classes' profiles a read keeps in the model. Users, groups and connections are always
 * kept; so is every class unless a policy pack names the classes its rules look at. Data set
 * profiles count as the class {@value #DATASET}. A record of a class outside the scope is counted as
 * filtered, never silently dropped.
 */
public final class ProfileScope {
    /** The class name data set profiles carry in the model. */
    public static final String DATASET = "DATASET";

    private static final ProfileScope ALL = new ProfileScope(null);

    private final Set<String> classes;

    private ProfileScope(Set<String> classes) {
        this.classes = classes;
    }

    /** Every class: what {@code access}, {@code verify} and any pack without a declaration get. */
    public static ProfileScope all() {
        return ALL;
    }

    /** Only these classes (upper-cased); DATASET among them keeps the data set profiles. */
    public static ProfileScope only(Set<String> classNames) {
        Set<String> upper = new TreeSet<>();
        for (String c : classNames) {
            upper.add(c.trim().toUpperCase(Locale.ROOT));
        }
        return new ProfileScope(Collections.unmodifiableSet(upper));
    }

    public boolean keepsEverything() {
        return classes == null;
    }

    public boolean keeps(String className) {
        return classes == null || classes.contains(className);
    }

    /** The kept classes, sorted; empty for {@link #all()}. */
    public Set<String> classes() {
        return classes == null ? Set.of() : classes;
    }

    @Override
    public String toString() {
        return classes == null ? "all classes" : String.join(", ", classes);
    }
}
