package dev.esmscan.racf.command;

/** A command, or part of one, that was not applied: the line where the command starts and why. */
public record CommandProblem(int line, String message) {

    @Override
    public String toString() {
        return "line " + line + ": " + message;
    }
}
