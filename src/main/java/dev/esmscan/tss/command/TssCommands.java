package dev.esmscan.tss.command;

import dev.esmscan.model.SecurityModel;
import java.util.ArrayList;
import java.util.List;

/** TSS commands applied to a copy of a model. */
public final class TssCommands {

    /**
     * The changed copy; the problems (what could not be read or modelled) and the notices (commands
     * Top Secret refuses, listings, comments, assumptions), each as "line N: message".
     */
    public record Result(SecurityModel model, List<String> problems, List<String> notices) {
    }

    private TssCommands() {
    }

    public static Result apply(SecurityModel model, String commands) {
        SecurityModel.Builder copy = model.toBuilder();
        List<TssObservation> seen = applyTo(copy, commands);
        List<String> problems = new ArrayList<>();
        List<String> notices = new ArrayList<>();
        for (TssObservation o : seen) {
            (o.isProblem() ? problems : notices).add(o.located());
        }
        return new Result(copy.build(), problems, notices);
    }

    /** Applies the commands to a builder; returns everything observed, in line order. */
    public static List<TssObservation> applyTo(SecurityModel.Builder builder, String commands) {
        TssCommandParser.Parsed parsed = TssCommandParser.parse(commands);
        List<TssObservation> seen = new ArrayList<>(parsed.observations());
        TssCommandInterpreter interpreter = new TssCommandInterpreter(builder);
        for (TssCommand c : parsed.commands()) {
            seen.addAll(interpreter.apply(c));
        }
        seen.sort(java.util.Comparator.comparingInt(TssObservation::line));
        return seen;
    }
}
