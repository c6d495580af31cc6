package dev.esmscan.racf.command;

import dev.esmscan.input.Reach;
import java.util.Objects;

/**
 * What one command, or one line of a command stream, came to when it was not simply applied: the
 * physical line it starts on, what kind of observation it is, what happened in words, and, for a
 * problem, the part of the database it could have changed.
 */
public record CommandNote(int line, Kind kind, String message, Reach reach) {

    /** The kinds, named with the words every input's report uses. */
    public enum Kind {
        /** RACF (or TSO) itself refuses the command: the database after it is the database before it. */
        REFUSED("refused", false),
        /** A command that displays without changing anything (LISTUSER, RLIST, SETROPTS LIST, ...). */
        LISTING("listing", false),
        /** A command that changes nothing any rule reads, such as TSO's PROFILE. */
        NO_EFFECT("no effect", false),
        /** A comment that spans lines. */
        COMMENT("comment", false),
        /** RACF applies the command, but not as its author may have meant (a discrete profile for a generic name). */
        WARNING("warning", false),
        /** A command whose effect lies outside what any rule reads (RACDCERT). */
        OUTSIDE_THE_RULES("outside the rules", false),
        /** Something esmscan cannot model, which could have changed the part of the database the reach names. */
        NOT_MODELLED("not modelled", true);

        private final String label;
        private final boolean problem;

        Kind(String label, boolean problem) {
            this.label = label;
            this.problem = problem;
        }

        /** The word report.json and the text and HTML reports use. */
        public String label() {
            return label;
        }

        /** True for a problem, which can make results ERROR; false for a notice, which never does. */
        public boolean isProblem() {
            return problem;
        }
    }

    public CommandNote {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
        reach = kind.isProblem() ? Objects.requireNonNull(reach, "reach") : Reach.nothing();
    }

    public static CommandNote notice(int line, Kind kind, String message) {
        return new CommandNote(line, kind, message, Reach.nothing());
    }

    public static CommandNote problem(int line, String message, Reach reach) {
        return new CommandNote(line, Kind.NOT_MODELLED, message, reach);
    }

    public boolean isProblem() {
        return kind.isProblem();
    }

    @Override
    public String toString() {
        return "line " + line + ": " + message;
    }
}
