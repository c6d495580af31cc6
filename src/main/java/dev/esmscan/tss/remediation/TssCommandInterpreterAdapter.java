package dev.esmscan.tss.remediation;

import dev.esmscan.model.SecurityModel;
import dev.esmscan.remediation.CommandInterpreter;
import dev.esmscan.tss.command.TssCommands;

/**
 * TSS commands applied to a copy of a model through the TSS command interpreter: what it cannot
 * model are the problems; commands Top Secret refuses, listings and assumptions are notices.
 */
public final class TssCommandInterpreterAdapter implements CommandInterpreter {

    @Override
    public Applied apply(SecurityModel model, String commands) {
        TssCommands.Result result = TssCommands.apply(model, commands);
        return new Applied(result.model(), result.problems(), result.notices());
    }
}
