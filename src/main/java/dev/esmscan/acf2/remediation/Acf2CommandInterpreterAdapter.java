package dev.esmscan.acf2.remediation;

import dev.esmscan.acf2.command.Acf2CommandInterpreter;
import dev.esmscan.model.SecurityModel;
import dev.esmscan.remediation.CommandInterpreter;

/** ACF subcommands applied to a copy of a model through the ACF2 command interpreter. */
public final class Acf2CommandInterpreterAdapter implements CommandInterpreter {

    @Override
    public Applied apply(SecurityModel model, String commands) {
        SecurityModel.Builder copy = model.toBuilder();
        var problems = new Acf2CommandInterpreter(copy).apply(commands).stream()
                .map(p -> "line " + p.line() + ": " + p.message()).toList();
        return new Applied(copy.build(), problems);
    }
}
