package dev.esmscan.racf.command;

import dev.esmscan.model.SecurityModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Applies RACF command text to a model, e.g. to check that remediation commands have the intended effect. */
public final class RacfCommands {

    private RacfCommands() {
    }

    /** The changed model and what was not applied, each problem as "line N: message". */
    public record Result(SecurityModel model, List<String> problems) {
    }

    /** Applies the commands to a copy of the model; the model passed in is not changed. */
    public static Result apply(SecurityModel model, String commandText) {
        SecurityModel.Builder builder = model.toBuilder();
        List<CommandProblem> problems = applyTo(builder, commandText);
        return new Result(builder.build(), problems.stream().map(CommandProblem::toString).toList());
    }

    /** Applies the commands to a model under construction; returns the problems in line order. */
    public static List<CommandProblem> applyTo(SecurityModel.Builder builder, String commandText) {
        RacfCommandParser.Parsed parsed = RacfCommandParser.parse(commandText);
        List<CommandProblem> problems = new ArrayList<>(parsed.problems());
        problems.addAll(new RacfCommandInterpreter(builder).applyAll(parsed.commands()));
        problems.sort(Comparator.comparingInt(CommandProblem::line));
        return problems;
    }
}
