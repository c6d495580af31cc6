package dev.esmscan.tss.command;

import dev.esmscan.model.SecurityModel;
import java.util.ArrayList;
import java.util.List;

/** TSS commands applied to a copy of a model. */
public final class TssCommands {

    /** The changed copy and the commands Top Secret would have refused, with their lines. */
    public record Result(SecurityModel model, List<String> problems) {
    }

    private TssCommands() {
    }

    public static Result apply(SecurityModel model, String commands) {
        SecurityModel.Builder copy = model.toBuilder();
        List<String> problems = applyTo(copy, commands);
        return new Result(copy.build(), problems);
    }

    /** Applies the commands to a builder; returns the problems, parse problems first. */
    public static List<String> applyTo(SecurityModel.Builder builder, String commands) {
        TssCommandParser.Parsed parsed = TssCommandParser.parse(commands);
        List<String> problems = new ArrayList<>();
        parsed.problems().forEach(p -> problems.add("line " + p));
        TssCommandInterpreter interpreter = new TssCommandInterpreter(builder);
        for (TssCommand c : parsed.commands()) {
            problems.addAll(interpreter.apply(c));
        }
        return problems;
    }
}
