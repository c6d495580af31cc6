package dev.esmscan.racf.command;

import dev.esmscan.input.Reach;
import dev.esmscan.model.SecurityModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies parsed RACF commands that change the database to a model under construction, one after
 * the other, as RACF would execute them. A command RACF refuses (an existing user for ADDUSER, a
 * missing profile for PERMIT) changes nothing and is a notice; in a list of names, each name RACF
 * refuses is a notice and the others are applied. A command TSO would not accept as written is
 * left to {@link CommandStream}, which knows the lines around it. Operands RACF knows but esmscan
 * does not model are problems reaching what the command can change, and the rest is applied.
 * Users, groups and profiles that commands define get {@code baseRecordSeen}.
 */
public final class RacfCommandInterpreter {
    private final SecurityModel.Builder model;
    private final InterpreterState state;

    public RacfCommandInterpreter(SecurityModel.Builder model) {
        this.model = model;
        this.state = new InterpreterState(model);
    }

    /**
     * What one command came to: its notices and problems; and, when TSO would not accept it as
     * written, why ({@code invalid}) and the operand TSO would ask for again.
     */
    record Outcome(List<CommandNote> notes, String invalid, Operand invalidOperand, Reach reach) {
    }

    InterpreterState state() {
        return state;
    }

    SecurityModel.Builder model() {
        return model;
    }

    /** Applies one command that changes the database (see {@link RacfVerb.Effect#CHANGE}). */
    Outcome execute(RacfCommand command) {
        List<CommandNote> notes = new ArrayList<>();
        Execution ex = new Execution(command, model, state, notes);
        switch (command.verb()) {
            case ADDGROUP -> GroupCommands.addGroup(ex);
            case ALTGROUP -> GroupCommands.alterGroup(ex);
            case DELGROUP -> GroupCommands.deleteGroup(ex);
            case ADDUSER -> UserCommands.addUser(ex);
            case ALTUSER -> UserCommands.alterUser(ex);
            case DELUSER -> UserCommands.deleteUser(ex);
            case CONNECT -> ConnectCommands.connect(ex);
            case REMOVE -> ConnectCommands.remove(ex);
            case RDEFINE -> ResourceCommands.define(ex);
            case RALTER -> ResourceCommands.alter(ex);
            case RDELETE -> ResourceCommands.delete(ex);
            case PERMIT -> PermitCommand.apply(ex);
            case SETROPTS -> SetroptsCommand.apply(ex);
            case ADDSD -> DatasetCommands.add(ex);
            case ALTDSD -> DatasetCommands.alter(ex);
            case DELDSD -> DatasetCommands.delete(ex);
            default -> throw new IllegalStateException("no handler for " + command.verb());
        }
        ex.reportUnread();
        return new Outcome(List.copyOf(notes), ex.invalid(), ex.invalidOperand(), ex.reach);
    }
}
