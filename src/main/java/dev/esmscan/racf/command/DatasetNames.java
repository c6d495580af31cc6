package dev.esmscan.racf.command;

import java.util.Optional;

/**
 * Data set profile names as the data set commands (ADDSD, ALTDSD, DELDSD, PERMIT) take them. A name
 * in quotes is used as written (upper-cased, as TSO does). A name without quotes gets the TSO
 * prefix as its first qualifier, as TSO does for every unquoted data set name (z/OS TSO/E Command
 * Reference, "Data set naming conventions"; RACF Command Language Reference, ADDSD). In a batch job
 * the prefix is the job's user ID unless a PROFILE command sets it (z/OS TSO/E Customization,
 * "Considerations for executing commands in the background"), and no input shows the job's user;
 * so esmscan takes an unquoted name only after a PROFILE PREFIX(...) or PROFILE NOPREFIX of the same
 * stream (NOPREFIX: the name as written), and otherwise reports it as not modelled.
 */
final class DatasetNames {

    private DatasetNames() {
    }

    /** The profile name a written operand stands for; empty (and the command rejected or not modelled) when it has none. */
    static Optional<String> resolve(Execution ex, Operand written) {
        String name = Execution.upper(written.name());
        if (!written.quoted()) {
            Optional<String> prefix = ex.state.prefix();
            if (prefix == null) {
                ex.cannotModel("the data set name " + name + " is not in quotes, so RACF adds the TSO prefix of the user who runs"
                        + " the commands, which the input does not show; quote the name, or put PROFILE PREFIX(...) before it");
                return Optional.empty();
            }
            if (prefix.isPresent()) {
                name = prefix.get() + "." + name;
            }
        }
        Optional<String> bad = RacfNames.checkDatasetProfileName(name);
        if (bad.isPresent()) {
            ex.reject(bad.get());
            return Optional.empty();
        }
        return Optional.of(name);
    }
}
