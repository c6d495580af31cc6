package dev.esmscan.esm;

import java.util.Collection;
import java.util.Optional;

/**
 * One ESM's knowledge of resource classes, over what was read: which classes it knows, which the
 * input holds, and whether the names of a class fold to upper case. The neutral code (the
 * {@code access} command) asks this instead of guessing, so that a class name mistyped or a
 * resource name typed in the wrong case is said, not answered "not protected".
 */
public interface ResourceClasses {

    /** How the ESM treats the resource names of a class. */
    enum NameCase {
        /** The ESM folds names to upper case: a name asked in lower case means its upper-case form. */
        FOLDS,
        /** Names keep the case they were written in: a lower-case name is another resource. */
        KEEPS,
        /** Not established for this class here: names are taken as written. */
        NOT_ESTABLISHED
    }

    /**
     * What is known about one class (an upper-case class name).
     *
     * @param known   the ESM itself knows the class (its supplied table, its defaults)
     * @param inInput the input holds profiles, rules, permits or options of the class, or defines it
     * @param basis   where the case rule comes from, in words for the answer
     */
    record Naming(String className, boolean known, boolean inInput, NameCase nameCase, String basis) {
    }

    /** The class, when the ESM knows it or the input holds it; empty for a class that is neither. */
    Optional<Naming> naming(String className);

    /** Every class name the ESM knows or the input holds, for "did you mean ...?". */
    Collection<String> names();
}
