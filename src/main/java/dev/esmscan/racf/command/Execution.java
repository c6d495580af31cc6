package dev.esmscan.racf.command;

import dev.esmscan.input.Reach;
import dev.esmscan.model.SecurityModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One command being applied: the model, the interpreter's running state, the command's resolved
 * operands, and what happened. Three outcomes keep apart what RACF and TSO do from what esmscan
 * cannot tell:
 * <ul>
 *   <li>{@link #reject}: TSO's parse would not accept the command as written (an unknown keyword, a
 *       bad value, a missing operand). What TSO does then depends on prompting, which the
 *       {@link CommandStream} decides; the handler changes nothing.</li>
 *   <li>{@link #refuse} / {@link #refuseName}: RACF refuses the command (or one name of it), for
 *       example because the profile already exists; the database is unchanged by it.</li>
 *   <li>{@link #cannotModel} / {@link #notModelled}: esmscan cannot tell what RACF does; a problem
 *       that reaches what the command can change.</li>
 * </ul>
 * Handlers check {@link #rejected()} before changing anything.
 */
final class Execution {
    final RacfCommand command;
    final SecurityModel.Builder model;
    final InterpreterState state;
    private final List<CommandNote> notes;
    private boolean rejected;
    private String invalid;
    private Operand invalidOperand;
    private final List<Operands> allOperands = new ArrayList<>();
    final Operands operands;
    final Reach reach;

    Execution(RacfCommand command, SecurityModel.Builder model, InterpreterState state, List<CommandNote> notes) {
        this.command = command;
        this.model = model;
        this.state = state;
        this.notes = notes;
        this.reach = CommandReach.of(command);
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

    /** TSO's parse would not accept the command as written: the first such reason is kept; nothing is changed. */
    void reject(String message) {
        if (invalid == null) {
            invalid = message;
        }
        rejected = true;
    }

    /** As {@link #reject(String)}, naming the operand TSO asks to be entered again. */
    void rejectOperand(Operand operand, String message) {
        if (invalid == null) {
            invalidOperand = operand;
        }
        reject(message);
    }

    /** RACF refuses the whole command: it changes nothing. */
    void refuse(String message) {
        notes.add(CommandNote.notice(command.line(), CommandNote.Kind.REFUSED, verb() + ": " + message));
        rejected = true;
    }

    /** RACF refuses the command for one name of a list and goes on with the others. */
    void refuseName(String message) {
        notes.add(CommandNote.notice(command.line(), CommandNote.Kind.REFUSED, verb() + ": " + message));
    }

    /** RACF applies the command, with a warning worth knowing. */
    void warn(String message) {
        notes.add(CommandNote.notice(command.line(), CommandNote.Kind.WARNING, verb() + ": " + message));
    }

    /** esmscan cannot tell what RACF does with the command; nothing of it is applied. */
    void cannotModel(String message) {
        notes.add(CommandNote.problem(command.line(), verb() + ": " + message, reach));
        rejected = true;
    }

    /** esmscan cannot model a part of the command; the rest is applied. */
    void notModelled(String message) {
        notModelled(message, reach);
    }

    void notModelled(String message, Reach partReach) {
        notes.add(CommandNote.problem(command.line(), verb() + ": " + message, partReach));
    }

    boolean rejected() {
        return rejected;
    }

    /** Why TSO's parse would not accept the command, or null when it would. */
    String invalid() {
        return invalid;
    }

    /** The operand TSO would ask to be entered again, or null when the reason is not one operand. */
    Operand invalidOperand() {
        return invalidOperand;
    }

    /** The names of the positional operand at index i: one name or the members of a list; empty and rejected when missing. */
    List<String> positionalNames(int index, String what) {
        return positionalOperands(index, what).stream().map(o -> upper(o.name())).toList();
    }

    /** The positional operand at index i as written: one operand or the members of a list. */
    List<Operand> positionalOperands(int index, String what) {
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
        return items;
    }

    static String upper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }
}
