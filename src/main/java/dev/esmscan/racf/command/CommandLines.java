package dev.esmscan.racf.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Joins physical lines into logical commands, following TSO/E ("Continuation lines" and comments,
 * z/OS TSO/E Command Reference; "SYSTSIN DD statement", z/OS TSO/E User's Guide):
 * <ul>
 *   <li>A line whose last non-blank character is {@code -} or {@code +} continues on the next line;
 *       the character itself is dropped.</li>
 *   <li>{@code -} keeps the next line as it is, leading blanks included (they matter inside a
 *       quoted string: {@code 'ABC-} / {@code    DEF'} gives {@code ABC   DEF}).</li>
 *   <li>{@code +} drops the next line's leading delimiters (blanks, commas, tabs and comments), so it
 *       can join a word or a quoted string ({@code 'ABC+} / {@code    DEF'} gives {@code ABCDEF}).</li>
 *   <li>A comment {@code /* ... *}{@code /} outside quotes counts as one blank. It may stand anywhere,
 *       also after a continuation character. A comment without its closing {@code *}{@code /} ends at
 *       the end of its line, unless that line ends in {@code -} or {@code +}: then the next line is part
 *       of the comment too, whatever it holds, commands included, up to a closing {@code *}{@code /} or
 *       to the end of a line that does not end in a continuation character. A comment over several
 *       lines is reported as a notice naming its first and last line.</li>
 *   <li>Any other line break ends the command. A command that ends inside a quoted string is reported.</li>
 *   <li>Columns 73 to 80 of a fixed 80-column record are a sequence number, which TSO ignores. A text
 *       file does not say its record format, so a file is taken as such a deck when every line is at
 *       most 80 columns long and the lines that reach past column 72 hold only a number there; a line
 *       longer than 80 columns means the file is not a deck.</li>
 * </ul>
 */
final class CommandLines {
    static final int DATA_COLUMNS = 72;
    static final int RECORD_LENGTH = 80;

    /** A logical command: the physical line it starts on and its text with comments and continuations removed. */
    record Logical(int line, String text) {
    }

    /**
     * The logical commands, the notices and problems of the splitting (comments over several lines,
     * unclosed quotes), and whether the columns 73-80 were taken as sequence numbers.
     */
    record Result(List<Logical> commands, List<CommandNote> notes, boolean deck) {
    }

    private final List<Logical> commands = new ArrayList<>();
    private final List<CommandNote> notes = new ArrayList<>();
    private final StringBuilder command = new StringBuilder();
    private int commandLine;
    private boolean inComment;
    private int commentLine;
    private final StringBuilder swallowed = new StringBuilder();
    private boolean inQuote;
    private boolean dropLeadingDelimiters;

    private CommandLines() {
    }

    static Result split(String text) {
        CommandLines lines = new CommandLines();
        String[] physical = text.split("\r\n|\r|\n", -1);
        boolean deck = isNumberedDeck(physical);
        for (int i = 0; i < physical.length; i++) {
            String raw = physical[i];
            lines.addLine(i + 1, deck && raw.length() > DATA_COLUMNS ? raw.substring(0, DATA_COLUMNS) : raw);
        }
        lines.finish(physical.length);
        return new Result(List.copyOf(lines.commands), List.copyOf(lines.notes), deck);
    }

    /**
     * True when every line is at most 80 columns long, at least one line reaches past column 72, and
     * every line that does holds only digits (and blanks) in columns 73-80.
     */
    static boolean isNumberedDeck(String[] physical) {
        boolean numbered = false;
        for (String line : physical) {
            if (line.length() > RECORD_LENGTH) {
                return false;
            }
            if (line.length() > DATA_COLUMNS) {
                String sequence = line.substring(DATA_COLUMNS).strip();
                if (sequence.isEmpty()) {
                    continue;
                }
                if (!sequence.chars().allMatch(c -> c >= '0' && c <= '9')) {
                    return false;
                }
                numbered = true;
            }
        }
        return numbered;
    }

    private void addLine(int lineNumber, String raw) {
        StringBuilder content = new StringBuilder();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (inComment) {
                if (c == '*' && i + 1 < raw.length() && raw.charAt(i + 1) == '/') {
                    closeComment(lineNumber);
                    i++;
                } else if (commentLine != lineNumber) {
                    swallowed.append(c);
                }
                continue;
            }
            if (!inQuote && c == '/' && i + 1 < raw.length() && raw.charAt(i + 1) == '*') {
                inComment = true;
                commentLine = lineNumber;
                swallowed.setLength(0);
                content.append(' ');
                i++;
                continue;
            }
            if (c == '\'') {
                inQuote = !inQuote;
            }
            content.append(c);
        }
        if (inComment) {
            if (endsInContinuation(raw)) {
                // the comment, and with it the command, goes on on the next line
                if (commentLine != lineNumber) {
                    swallowed.append('\n');
                }
                String before = stripTrailingBlanks(content.toString());
                appendPiece(lineNumber, endsInContinuation(before) ? before.substring(0, before.length() - 1) : content.toString());
                return;
            }
            closeComment(lineNumber);
        }
        String piece = content.toString();
        appendPiece(lineNumber, piece);
        if (endsInContinuation(piece)) {
            String trimmed = stripTrailingBlanks(command.toString());
            dropLeadingDelimiters = trimmed.endsWith("+");
            command.setLength(trimmed.length() - 1);
            return;
        }
        endCommand();
    }

    private static boolean endsInContinuation(String text) {
        String t = stripTrailingBlanks(text);
        return t.endsWith("-") || t.endsWith("+");
    }

    private void appendPiece(int lineNumber, String rawPiece) {
        String piece = rawPiece;
        if (dropLeadingDelimiters) {
            piece = stripLeadingDelimiters(piece);
            dropLeadingDelimiters = false;
        }
        if (command.toString().isBlank() && !piece.isBlank()) {
            commandLine = lineNumber;
        }
        command.append(piece);
    }

    /** Ends the open comment at this line; one that began on an earlier line is reported. */
    private void closeComment(int lineNumber) {
        inComment = false;
        if (commentLine != lineNumber) {
            String held = swallowed.toString().strip();
            String firstWord = held.isEmpty() ? "" : held.split("[\\s(]", 2)[0].toUpperCase(Locale.ROOT);
            boolean holdsCommand = RacfVerb.of(firstWord).isPresent()
                    || held.lines().map(String::strip).anyMatch(l -> !l.isEmpty()
                            && RacfVerb.of(l.split("[\\s(]", 2)[0]).isPresent());
            notes.add(CommandNote.notice(commentLine, CommandNote.Kind.COMMENT, "comment from line " + commentLine
                    + " to line " + lineNumber + ": a line inside a comment that ends in - or + continues the comment on the next line"
                    + (holdsCommand ? ", so TSO reads the commands on the lines after it as part of the comment and does not run them: "
                    + abbreviate(held) : "")));
        }
        swallowed.setLength(0);
    }

    private static String abbreviate(String held) {
        String oneLine = held.replaceAll("\\s+", " ");
        return oneLine.length() <= 120 ? oneLine : oneLine.substring(0, 117) + "...";
    }

    private void endCommand() {
        String text = command.toString();
        if (inQuote) {
            notes.add(CommandNote.problem(commandLine, "quoted string not closed before the end of the command; command not applied: "
                    + text.strip(), CommandReach.ofText(text)));
            inQuote = false;
        } else if (!text.isBlank()) {
            commands.add(new Logical(commandLine, text.strip()));
        }
        command.setLength(0);
        dropLeadingDelimiters = false;
    }

    private void finish(int lastLine) {
        if (inComment) {
            closeComment(lastLine);
        }
        if (command.length() > 0) {
            endCommand();
        }
    }

    private static String stripLeadingDelimiters(String s) {
        int i = 0;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == ',' || s.charAt(i) == '\t')) {
            i++;
        }
        return s.substring(i);
    }

    private static String stripTrailingBlanks(String s) {
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '\t')) {
            end--;
        }
        return s.substring(0, end);
    }
}
