package dev.esmscan.racf.command;

import dev.esmscan.model.SecurityModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies parsed RACF commands to a model under construction, one after the other, as RACF would
 * execute them. A command RACF would refuse (an existing user for ADDUSER, a missing profile for
 * PERMIT, a bad value) changes nothing and is reported with its line; in a list of names, each name
 * that RACF would refuse is reported and the others are applied. Operands RACF knows but esmscan
 * does not model are reported and skipped; LISTUSER, LISTGRP, RLIST, SEARCH and SETROPTS LIST have no effect.
 * Users, groups and profiles that commands define get {@code baseRecordSeen}.
 */
public final class RacfCommandInterpreter {
    private final SecurityModel.Builder model;
    private final InterpreterState state;

    public RacfCommandInterpreter(SecurityModel.Builder model) {
        this.model = model;
        this.state = new InterpreterState(model);
    }

    /** Applies one command; returns what was not applied (empty when all of it was). */
    public List<CommandProblem> apply(RacfCommand command) {
        List<CommandProblem> problems = new ArrayList<>();
        if (command.verb().isListing()) {
            return problems;
        }
        Execution ex = new Execution(command, model, state, problems);
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
            default -> throw new IllegalStateException("no handler for " + command.verb());
        }
        ex.reportUnread();
        return problems;
    }

    /** Applies all commands in order; returns the problems in line order. */
    public List<CommandProblem> applyAll(List<RacfCommand> commands) {
        List<CommandProblem> problems = new ArrayList<>();
        for (RacfCommand c : commands) {
            problems.addAll(apply(c));
        }
        return problems;
    }
}
