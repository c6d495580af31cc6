package dev.esmscan.racf.command;

import dev.esmscan.model.ClassOptions;
import dev.esmscan.model.SecurityModel;
import java.util.Optional;

/**
 * What the interpreter remembers across commands beyond the model itself: the classes RACF knows,
 * and the TSO session's data set name prefix and prompting as PROFILE commands of the stream set them.
 */
final class InterpreterState {
    private final ClassCatalog classes = new ClassCatalog();
    /** Null while no PROFILE command of the stream said; empty for NOPREFIX. */
    private Optional<String> prefix;
    private Integer prefixLine;
    /** Null while no PROFILE command of the stream said. */
    private Boolean prompt;
    private int promptLine;

    InterpreterState(SecurityModel.Builder model) {
        // the model is read through the methods that need it
    }

    ClassCatalog classes() {
        return classes;
    }

    /**
     * Whether a profile name with generic characters defines a generic profile in this class.
     * RACF makes it generic when GENERIC or GENCMD is active for the class, and otherwise defines a
     * discrete profile that protects only the resource of exactly that name (message ICH10321I).
     * The status is known when the model's class options say it for the class (from SETROPTS LIST
     * output, or from a SETROPTS command that named the class); when it is unknown the profile is
     * taken as generic, which is what the command's author meant and what RACF does on any system
     * that has the class GENERIC-enabled.
     */
    GenericDecision genericDecision(SecurityModel.Builder model, String className) {
        if (!model.hasClassOptions()) {
            return GenericDecision.GENERIC_STATUS_UNKNOWN;
        }
        ClassOptions options = model.classOptions();
        if (options.isGeneric(className) || options.isGenericCommand(className)) {
            return GenericDecision.GENERIC;
        }
        boolean known = options.isGenericKnown(className) && options.isGenericCommandKnown(className);
        return known ? GenericDecision.DISCRETE : GenericDecision.GENERIC_STATUS_UNKNOWN;
    }

    /** PROFILE PREFIX(x) or NOPREFIX at a line. */
    void prefix(Optional<String> value, int line) {
        prefix = value;
        prefixLine = line;
    }

    /** The TSO prefix the stream set: empty Optional for NOPREFIX; null when the stream did not say. */
    Optional<String> prefix() {
        return prefix;
    }

    Integer prefixLine() {
        return prefixLine;
    }

    /** PROFILE PROMPT or NOPROMPT at a line. */
    void prompt(boolean on, int line) {
        prompt = on;
        promptLine = line;
    }

    /** True for PROMPT, false for NOPROMPT, null when the stream did not say. */
    Boolean prompt() {
        return prompt;
    }

    int promptLine() {
        return promptLine;
    }

    enum GenericDecision {
        GENERIC, GENERIC_STATUS_UNKNOWN, DISCRETE;

        boolean generic() {
            return this != DISCRETE;
        }
    }
}
