package dev.esmscan.racf.command;

import dev.esmscan.model.ClassOptions;
import dev.esmscan.model.SecurityModel;
import java.util.HashSet;
import java.util.Set;

/** What the interpreter remembers across commands beyond the model itself. */
final class InterpreterState {
    /** True when the model came with SETROPTS settings (e.g. from SETROPTS LIST) before any command ran. */
    private final boolean classOptionsKnownAtStart;
    /** Classes whose GENERIC/GENCMD status a SETROPTS command in this input has set. */
    private final Set<String> genericStatusSet = new HashSet<>();

    InterpreterState(SecurityModel.Builder model) {
        this.classOptionsKnownAtStart = model.hasClassOptions();
    }

    /**
     * Whether a profile name with generic characters defines a generic profile in this class.
     * RACF makes it generic when GENERIC or GENCMD is active for the class, and otherwise defines a
     * discrete profile that protects only the resource of exactly that name (message ICH10321I).
     * The status is known when the model came with SETROPTS settings or a SETROPTS command here set
     * it for the class; when it is unknown the profile is taken as generic, which is what the
     * command's author meant and what RACF does on any system that has the class GENERIC-enabled.
     */
    GenericDecision genericDecision(SecurityModel.Builder model, String className) {
        boolean known = classOptionsKnownAtStart || genericStatusSet.contains(className);
        if (!known) {
            return GenericDecision.GENERIC_STATUS_UNKNOWN;
        }
        ClassOptions options = model.hasClassOptions() ? model.classOptions() : null;
        boolean enabled = options != null && (options.isGeneric(className) || options.isGenericCommand(className));
        return enabled ? GenericDecision.GENERIC : GenericDecision.DISCRETE;
    }

    void genericStatusSet(String className) {
        genericStatusSet.add(className);
    }

    enum GenericDecision {
        GENERIC, GENERIC_STATUS_UNKNOWN, DISCRETE;

        boolean generic() {
            return this != DISCRETE;
        }
    }
}
