package dev.esmscan.racf.command;

import dev.esmscan.model.SecurityModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One command being applied: the model, the interpreter's running state, the command's resolved
 * operands, and what went wrong. A command is rejected as a whole (RACF would refuse it) or has
 * single operands or names reported; handlers check {@link #rejected()} before changing anything.
 */
final class Execution {
    final RacfCommand command;
    final SecurityModel.Builder model;
    final InterpreterState state;
    private final List<CommandProblem> problems;
    private boolean rejected;
    private final List<Operands> allOperands = new ArrayList<>();
    final Operands operands;

    Execution(RacfCommand command, SecurityModel.Builder model, InterpreterState state, List<CommandProblem> problems) {
        this.command = command;
        this.model = model;
        this.state = state;
        this.problems = problems;
        this.operands = new Operands(this, command.verb().name(), command.keywords(), command.verb().keywords(), RacfVerb.ROUTING);
    }

    void register(Operands o) {
        allOperands.add(o);
    }

    /** After the handler: reports the operands (also inside segments) that were given but not modelled. */
    void reportUnread() {
        List.copyOf(allOperands).forEach(Operands::reportUnread);
    }

    String verb() {
        return command.verb().name();
    }

    /** Reports that RACF would refuse the command (or this part of it); the handler then changes nothing more. */
    void reject(String message) {
        problems.add(new CommandProblem(command.line(), verb() + ": " + message));
        rejected = true;
    }

    /** Reports something skipped while the rest of the command is applied. */
    void report(String message) {
        problems.add(new CommandProblem(command.line(), verb() + ": " + message));
    }

    boolean rejected() {
        return rejected;
    }

    /** The names of the positional operand at index i: one name or the members of a list; empty and reported when missing. */
    List<String> positionalNames(int index, String what) {
        if (command.positionals().size() <= index) {
            reject("no " + what + " given");
            return List.of();
        }
        Operand p = command.positionals().get(index);
        List<Operand> items = p.isBareList() ? p.values() : List.of(p);
        if (items.isEmpty()) {
            reject("empty " + what + " list");
        }
        for (Operand item : items) {
            if (item.hasValues()) {
                reject("unexpected " + item + " in the " + what + " list");
                return List.of();
            }
        }
        return items.stream().map(o -> upper(o.name())).toList();
    }

    static String upper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }
}
