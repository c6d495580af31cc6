package dev.esmscan.racf.remediation;

import dev.esmscan.model.SecurityModel;
import dev.esmscan.racf.command.RacfCommands;
import dev.esmscan.remediation.CommandInterpreter;

/**
 * RACF commands applied to a copy of a model through the RACF command interpreter: commands RACF
 * refuses and listings are notices; only what cannot be modelled is a problem.
 */
public final class RacfCommandInterpreterAdapter implements CommandInterpreter {

    @Override
    public Applied apply(SecurityModel model, String commands) {
        RacfCommands.Result result = RacfCommands.apply(model, commands);
        return new Applied(result.model(), result.problems(), result.notices());
    }
}
