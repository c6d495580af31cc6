package dev.esmscan.model;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * System-wide class settings (RACF SETROPTS): which classes are active, RACLISTed and
 * GENERIC-enabled, and whether list-of-groups checking is on. A model without them has
 * {@code SecurityModel.classOptions()} empty: the status is unknown, not "inactive".
 *
 * <p>Options read from a complete listing (SETROPTS LIST output) know the status of every class:
 * a class not listed as active is inactive. {@link #partial() Partial} options, built from
 * commands alone (a SETROPTS command in a command file names some classes), know only what was
 * set: a class whose activation no command set is unknown ({@link #isActiveKnown}), and so are
 * list-of-groups checking and enhanced generic naming until a command sets them.
 */
public final class ClassOptions {
    private final Set<String> active = new TreeSet<>();
    private final Set<String> raclisted = new TreeSet<>();
    private final Set<String> generic = new TreeSet<>();
    private final Set<String> genericCommand = new TreeSet<>();
    private boolean listOfGroups;
    private boolean enhancedGenericNaming;
    /** False for options built from commands alone: then only the sets below are known. */
    private boolean complete = true;
    private final Set<String> activeKnown = new TreeSet<>();
    private final Set<String> raclistedKnown = new TreeSet<>();
    private final Set<String> genericKnown = new TreeSet<>();
    private final Set<String> genericCommandKnown = new TreeSet<>();
    private boolean listOfGroupsKnown = true;
    private boolean enhancedGenericNamingKnown = true;

    /** Options that know nothing yet: each setter makes what it sets known. */
    public static ClassOptions partial() {
        ClassOptions o = new ClassOptions();
        o.complete = false;
        o.listOfGroupsKnown = false;
        o.enhancedGenericNamingKnown = false;
        return o;
    }

    public ClassOptions copy() {
        ClassOptions o = new ClassOptions();
        o.active.addAll(active);
        o.raclisted.addAll(raclisted);
        o.generic.addAll(generic);
        o.genericCommand.addAll(genericCommand);
        o.listOfGroups = listOfGroups;
        o.enhancedGenericNaming = enhancedGenericNaming;
        o.complete = complete;
        o.activeKnown.addAll(activeKnown);
        o.raclistedKnown.addAll(raclistedKnown);
        o.genericKnown.addAll(genericKnown);
        o.genericCommandKnown.addAll(genericCommandKnown);
        o.listOfGroupsKnown = listOfGroupsKnown;
        o.enhancedGenericNamingKnown = enhancedGenericNamingKnown;
        return o;
    }

    /** False when the status is unknown too: ask {@link #isActiveKnown} to tell the two apart. */
    public boolean isActive(String className) { return active.contains(className); }
    public boolean isRaclisted(String className) { return raclisted.contains(className); }
    public boolean isGeneric(String className) { return generic.contains(className); }
    public boolean isGenericCommand(String className) { return genericCommand.contains(className); }

    /** True when these options come from a complete listing: every class's status is known. */
    public boolean isComplete() { return complete; }
    public boolean isActiveKnown(String className) { return complete || activeKnown.contains(className); }
    public boolean isRaclistedKnown(String className) { return complete || raclistedKnown.contains(className); }
    /** Whether generic profile checking (SETROPTS GENERIC) is known for the class. */
    public boolean isGenericKnown(String className) { return complete || genericKnown.contains(className); }
    /** Whether generic command processing (SETROPTS GENCMD, which GENERIC turns on too) is known for the class. */
    public boolean isGenericCommandKnown(String className) { return complete || genericCommandKnown.contains(className); }
    /** Both the activation and the RACLIST status of the class are known. */
    public boolean isKnown(String className) { return isActiveKnown(className) && isRaclistedKnown(className); }

    /**
     * TRUE when the class is known to be active and RACLISTed; FALSE when it is known to be inactive
     * or known not to be RACLISTed; null when the answer depends on a status these options do not know.
     */
    public Boolean isActiveAndRaclisted(String className) {
        boolean off = isActiveKnown(className) && !isActive(className) || isRaclistedKnown(className) && !isRaclisted(className);
        if (off) {
            return Boolean.FALSE;
        }
        return isKnown(className) ? Boolean.TRUE : null;
    }

    /** "active", "inactive" or "activation unknown", then "RACLISTed", "not RACLISTed" or "RACLIST status unknown". */
    public String describe(String className) {
        String activation = !isActiveKnown(className) ? "activation unknown" : isActive(className) ? "active" : "inactive";
        String raclist = !isRaclistedKnown(className) ? "RACLIST status unknown" : isRaclisted(className) ? "RACLISTed" : "not RACLISTed";
        return className + " " + activation + ", " + raclist;
    }

    public Set<String> activeClasses() { return Collections.unmodifiableSet(active); }
    public Set<String> raclistedClasses() { return Collections.unmodifiableSet(raclisted); }
    public Set<String> genericClasses() { return Collections.unmodifiableSet(generic); }
    public Set<String> genericCommandClasses() { return Collections.unmodifiableSet(genericCommand); }
    /** For partial options: the classes whose activation is known (empty for complete options, which know all). */
    public Set<String> activeKnownClasses() { return Collections.unmodifiableSet(activeKnown); }
    public Set<String> raclistedKnownClasses() { return Collections.unmodifiableSet(raclistedKnown); }
    public Set<String> genericKnownClasses() { return Collections.unmodifiableSet(genericKnown); }

    public void setActive(String className, boolean on) {
        toggle(active, className, on);
        activeKnown.add(className);
    }

    public void setRaclisted(String className, boolean on) {
        toggle(raclisted, className, on);
        raclistedKnown.add(className);
    }

    public void setGeneric(String className, boolean on) {
        toggle(generic, className, on);
        genericKnown.add(className);
    }

    public void setGenericCommand(String className, boolean on) {
        toggle(genericCommand, className, on);
        genericCommandKnown.add(className);
    }

    public boolean isListOfGroups() { return listOfGroups; }
    public boolean isListOfGroupsKnown() { return listOfGroupsKnown; }

    public void setListOfGroups(boolean listOfGroups) {
        this.listOfGroups = listOfGroups;
        this.listOfGroupsKnown = true;
    }

    public boolean isEnhancedGenericNaming() { return enhancedGenericNaming; }
    public boolean isEnhancedGenericNamingKnown() { return enhancedGenericNamingKnown; }

    public void setEnhancedGenericNaming(boolean enhancedGenericNaming) {
        this.enhancedGenericNaming = enhancedGenericNaming;
        this.enhancedGenericNamingKnown = true;
    }

    private static void toggle(Set<String> set, String className, boolean on) {
        if (on) {
            set.add(className);
        } else {
            set.remove(className);
        }
    }
}
