package dev.esmscan.remediation;

import dev.esmscan.model.SecurityModel;
import java.util.List;

/** One ESM's commands applied to a copy of a model, as the ESM would apply them. */
public interface CommandInterpreter {

    /**
     * The model after the commands; the commands (or parts) that could not be modelled, with their
     * lines; and the notices: commands the ESM itself would refuse, which change nothing, and
     * commands that read without changing.
     */
    record Applied(SecurityModel model, List<String> problems, List<String> notices) {
        public Applied(SecurityModel model, List<String> problems) {
            this(model, problems, List.of());
        }
    }

    Applied apply(SecurityModel model, String commands);
}
