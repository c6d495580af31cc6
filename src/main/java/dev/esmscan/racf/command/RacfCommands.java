package dev.esmscan.racf.command;

import dev.esmscan.model.SecurityModel;
import java.util.List;

/** Applies RACF command text to a model, e.g. to check that remediation commands have the intended effect. */
public final class RacfCommands {

    private RacfCommands() {
    }

    /**
     * The changed model; what could not be modelled (problems); and what changed nothing (notices:
     * commands RACF refuses, listings, comments), each as "line N: message".
     */
    public record Result(SecurityModel model, List<String> problems, List<String> notices) {
    }

    /** Applies the commands to a copy of the model; the model passed in is not changed. */
    public static Result apply(SecurityModel model, String commandText) {
        SecurityModel.Builder builder = model.toBuilder();
        CommandStream.Result r = CommandStream.apply(builder, commandText);
        return new Result(builder.build(), r.problems().stream().map(CommandNote::toString).toList(),
                r.notices().stream().map(CommandNote::toString).toList());
    }

    /** Applies the commands to a model under construction; returns the problems, then the notices, each in line order. */
    public static CommandStream.Result applyTo(SecurityModel.Builder builder, String commandText) {
        return CommandStream.apply(builder, commandText);
    }
}
