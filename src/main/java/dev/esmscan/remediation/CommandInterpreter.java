package dev.esmscan.remediation;

import dev.esmscan.model.SecurityModel;
import java.util.List;

/** One ESM's commands applied to a copy of a model, as the ESM would apply them. */
public interface CommandInterpreter {

    /** The model after the commands, and the commands the ESM would have rejected (with their lines). */
    record Applied(SecurityModel model, List<String> problems) {
    }

    Applied apply(SecurityModel model, String commands);
}
