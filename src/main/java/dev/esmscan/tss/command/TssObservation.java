package dev.esmscan.tss.command;

import dev.esmscan.input.Reach;

/**
 * What reading or applying one statement of a TSS command stream observed, with its line: a
 * notice (the stream is fine and says something: a command Top Secret refuses, a listing, a
 * comment over several lines), a problem (a command or operand esmscan cannot model, with the part
 * of the database it could change), or an assumption (a value Top Secret chooses that the stream
 * does not say).
 *
 * @param line    the line the statement starts on
 * @param kind    the kind in ReadStats' words: "refused", "listing", "no effect", "comment",
 *                "outside the rules", "not modelled", "unreadable record", or {@value #ASSUMPTION}
 * @param message what was observed, naming the command
 * @param reach   for a problem, what it could have changed; null for notices and assumptions
 */
public record TssObservation(int line, String kind, String message, Reach reach) {
    public static final String REFUSED = "refused";
    public static final String LISTING = "listing";
    public static final String NO_EFFECT = "no effect";
    public static final String COMMENT = "comment";
    public static final String OUTSIDE_THE_RULES = "outside the rules";
    public static final String NOT_MODELLED = "not modelled";
    public static final String UNREADABLE = "unreadable record";
    public static final String ASSUMPTION = "assumption";

    public static TssObservation notice(int line, String kind, String message) {
        return new TssObservation(line, kind, message, null);
    }

    public static TssObservation problem(int line, String kind, String message, Reach reach) {
        return new TssObservation(line, kind, message, reach);
    }

    public static TssObservation assumption(int line, String message) {
        return new TssObservation(line, ASSUMPTION, message, null);
    }

    public boolean isProblem() {
        return reach != null;
    }

    public boolean isAssumption() {
        return ASSUMPTION.equals(kind);
    }

    /** "line 12: message", the form the remediation's interpreter lists. */
    public String located() {
        return "line " + line + ": " + message;
    }
}
