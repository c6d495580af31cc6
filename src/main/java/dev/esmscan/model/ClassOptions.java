package dev.esmscan.model;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * System-wide class settings (RACF SETROPTS): which classes are active, RACLISTed and
 * GENERIC-enabled, and whether list-of-groups checking is on. A model without them has
 * {@code SecurityModel.classOptions()} empty: the status is unknown, not "inactive".
 */
public final class ClassOptions {
    private final Set<String> active = new TreeSet<>();
    private final Set<String> raclisted = new TreeSet<>();
    private final Set<String> generic = new TreeSet<>();
    private final Set<String> genericCommand = new TreeSet<>();
    private boolean listOfGroups;
    private boolean enhancedGenericNaming;

    public ClassOptions copy() {
        ClassOptions o = new ClassOptions();
        o.active.addAll(active);
        o.raclisted.addAll(raclisted);
        o.generic.addAll(generic);
        o.genericCommand.addAll(genericCommand);
        o.listOfGroups = listOfGroups;
        o.enhancedGenericNaming = enhancedGenericNaming;
        return o;
    }

    public boolean isActive(String className) { return active.contains(className); }
    public boolean isRaclisted(String className) { return raclisted.contains(className); }
    public boolean isGeneric(String className) { return generic.contains(className); }
    public boolean isGenericCommand(String className) { return genericCommand.contains(className); }

    public Set<String> activeClasses() { return Collections.unmodifiableSet(active); }
    public Set<String> raclistedClasses() { return Collections.unmodifiableSet(raclisted); }
    public Set<String> genericClasses() { return Collections.unmodifiableSet(generic); }
    public Set<String> genericCommandClasses() { return Collections.unmodifiableSet(genericCommand); }

    public void setActive(String className, boolean on) { toggle(active, className, on); }
    public void setRaclisted(String className, boolean on) { toggle(raclisted, className, on); }
    public void setGeneric(String className, boolean on) { toggle(generic, className, on); }
    public void setGenericCommand(String className, boolean on) { toggle(genericCommand, className, on); }

    public boolean isListOfGroups() { return listOfGroups; }
    public void setListOfGroups(boolean listOfGroups) { this.listOfGroups = listOfGroups; }
    public boolean isEnhancedGenericNaming() { return enhancedGenericNaming; }
    public void setEnhancedGenericNaming(boolean enhancedGenericNaming) { this.enhancedGenericNaming = enhancedGenericNaming; }

    private static void toggle(Set<String> set, String className, boolean on) {
        if (on) {
            set.add(className);
        } else {
            set.remove(className);
        }
    }
}
