package dev.esmscan.acf2.remediation;

import dev.esmscan.acf2.command.Acf2CommandInterpreter;
import dev.esmscan.model.SecurityModel;
import dev.esmscan.remediation.CommandInterpreter;
import java.util.List;

/**
 * ACF subcommands applied to a copy of a model through the ACF2 command interpreter: what it could
 * not model are the problems; what ACF2 refuses, listings and lines without effect are notices.
 */
public final class Acf2CommandInterpreterAdapter implements CommandInterpreter {

    @Override
    public Applied apply(SecurityModel model, String commands) {
        SecurityModel.Builder copy = model.toBuilder();
        Acf2CommandInterpreter.Result result = new Acf2CommandInterpreter(copy).interpret(commands);
        List<String> problems = result.problems().stream().map(p -> "line " + p.line() + ": " + p.message()).toList();
        List<String> notices = result.notices().stream().map(n -> "line " + n.line() + ": " + n.kind() + ": " + n.message()).toList();
        return new Applied(copy.build(), problems, notices);
    }
}
