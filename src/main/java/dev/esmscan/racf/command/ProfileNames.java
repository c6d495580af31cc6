package dev.esmscan.racf.command;

import java.util.Optional;

/** Profile names in commands: generic characters, validity and the data set class. */
final class ProfileNames {
    static final String DATASET = "DATASET";
    static final String RACFVARS = "RACFVARS";

    private ProfileNames() {
    }

    /**
     * {@code %} and {@code *} are generic everywhere; {@code &} marks a RACFVARS variable in general
     * resource names, but names the variables themselves in the RACFVARS class.
     */
    static boolean hasGenericCharacters(String className, String name) {
        if (name.indexOf('*') >= 0 || name.indexOf('%') >= 0) {
            return true;
        }
        return name.indexOf('&') >= 0 && !className.equals(RACFVARS) && !className.equals(DATASET);
    }

    static Optional<String> check(String className, String name) {
        return className.equals(DATASET) ? RacfNames.checkDatasetProfileName(name) : RacfNames.checkResourceProfileName(name);
    }

    /** Classes RDEFINE, RALTER and RDELETE cannot name: they have commands of their own. */
    static boolean isGeneralResourceClass(String className) {
        return !className.equals(DATASET) && !className.equals("USER") && !className.equals("GROUP");
    }
}
