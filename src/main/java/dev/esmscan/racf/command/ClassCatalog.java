package dev.esmscan.racf.command;

import dev.esmscan.racf.SuppliedClasses;

import dev.esmscan.model.ResourceProfile;
import dev.esmscan.model.SecurityModel;
import java.util.HashSet;
import java.util.Set;

/**
 * The general resource classes RACF knows, as far as the inputs show: the classes IBM supplies in
 * the static class descriptor table (the common ones, from "Supplied resource classes for z/OS
 * systems", z/OS Security Server RACF Security Administrator's Guide), the classes the model holds
 * profiles of, the dynamic classes defined by a CDT profile in the model, and the classes a command
 * of the stream defines with {@code RDEFINE CDT name CDTINFO(...)}.
 *
 * <p>A class outside all of these may still be defined in the installation's own static class
 * descriptor table (ICHRRCDE), which no input shows; so a command naming it is not taken as refused
 * but reported as not modelled, reaching that class only.
 */
final class ClassCatalog {
    static final String CDT = "CDT";

    private final Set<String> definedByCommands = new HashSet<>();
    private final Set<String> deletedByCommands = new HashSet<>();
    /** The classes the model held profiles of when first asked; a command's own profiles do not make a class known. */
    private Set<String> classesInModel;

    /** True when RACF is known to have the class: supplied, in the model, or defined by a command of the stream. */
    boolean isKnown(SecurityModel.Builder model, String className) {
        if (deletedByCommands.contains(className)) {
            return false;
        }
        if (SuppliedClasses.contains(className) || definedByCommands.contains(className)) {
            return true;
        }
        if (model.findProfile(CDT, className).isPresent()) {
            return true;
        }
        if (classesInModel == null) {
            classesInModel = new HashSet<>();
            for (ResourceProfile p : model.profiles()) {
                classesInModel.add(p.getClassName());
            }
        }
        return classesInModel.contains(className);
    }

    /** RDEFINE CDT name: the class is defined from now on. */
    void defined(String className) {
        definedByCommands.add(className);
        deletedByCommands.remove(className);
    }

    /** RDELETE CDT name: a class only the CDT defined is gone. */
    void deleted(String className) {
        definedByCommands.remove(className);
        if (!SuppliedClasses.contains(className)) {
            deletedByCommands.add(className);
        }
    }

    /** Why a command naming a class the inputs do not show is a problem. */
    static String unknownClass(String className) {
        return "class " + className + " is neither a class IBM supplies nor defined by a CDT profile in the inputs;"
                + " RACF accepts it only if the installation's own class descriptor table defines it, which no input shows";
    }

    static boolean isSupplied(String className) {
        return SuppliedClasses.contains(className);
    }
}
