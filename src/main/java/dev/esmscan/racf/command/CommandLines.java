package dev.esmscan.racf.command;

import java.util.ArrayList;
import java.util.List;

/**
 * Joins physical lines into logical commands, following TSO/E ("Continuation lines", z/OS TSO/E
 * System Programming Command Reference):
 * <ul>
 *   <li>A line whose last non-blank character is {@code -} or {@code +} continues on the next line;
 *       the character itself is dropped.</li>
 *   <li>{@code -} keeps the next line as it is, leading blanks included (they matter inside a
 *       quoted string: {@code 'ABC-} / {@code    DEF'} gives {@code ABC   DEF}).</li>
 *   <li>{@code +} drops the next line's leading delimiters (blanks, commas, tabs and comments), so it
 *       can join a word or a quoted string ({@code 'ABC+} / {@code    DEF'} gives {@code ABCDEF}).</li>
 *   <li>A comment {@code /* ... *}{@code /} outside quotes counts as one blank. It may stand anywhere,
 *       also after a continuation character, and may span lines; a line break inside a comment does
 *       not end the command.</li>
 *   <li>Any other line break ends the command. A command that ends inside a quoted string is reported.</li>
 * </ul>
 */
final class CommandLines {

    /** A logical command: the physical line it starts on and its text with comments and continuations removed. */
    record Logical(int line, String text) {
    }

    record Result(List<Logical> commands, List<CommandProblem> problems) {
    }

    private final List<Logical> commands = new ArrayList<>();
    private final List<CommandProblem> problems = new ArrayList<>();
    private final StringBuilder command = new StringBuilder();
    private int commandLine;
    private boolean inComment;
    private int commentLine;
    private boolean inQuote;
    private boolean dropLeadingDelimiters;

    private CommandLines() {
    }

    static Result split(String text) {
        CommandLines lines = new CommandLines();
        String[] physical = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < physical.length; i++) {
            lines.addLine(i + 1, physical[i]);
        }
        lines.finish();
        return new Result(List.copyOf(lines.commands), List.copyOf(lines.problems));
    }

    private void addLine(int lineNumber, String raw) {
        StringBuilder content = new StringBuilder();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (inComment) {
                if (c == '*' && i + 1 < raw.length() && raw.charAt(i + 1) == '/') {
                    inComment = false;
                    i++;
                }
                continue;
            }
            if (!inQuote && c == '/' && i + 1 < raw.length() && raw.charAt(i + 1) == '*') {
                inComment = true;
                commentLine = lineNumber;
                content.append(' ');
                i++;
                continue;
            }
            if (c == '\'') {
                inQuote = !inQuote;
            }
            content.append(c);
        }
        String piece = content.toString();
        if (dropLeadingDelimiters) {
            piece = stripLeadingDelimiters(piece);
            dropLeadingDelimiters = false;
        }
        if (command.length() == 0 && !piece.isBlank()) {
            commandLine = lineNumber;
        }
        if (inComment) {
            command.append(piece);
            return;
        }
        String trimmed = stripTrailingBlanks(piece);
        if (!trimmed.isEmpty() && (trimmed.endsWith("-") || trimmed.endsWith("+"))) {
            dropLeadingDelimiters = trimmed.endsWith("+");
            command.append(trimmed, 0, trimmed.length() - 1);
            return;
        }
        command.append(piece);
        endCommand();
    }

    private void endCommand() {
        String text = command.toString();
        if (inQuote) {
            problems.add(new CommandProblem(commandLine, "quoted string not closed before the end of the command; command not applied: "
                    + text.strip()));
            inQuote = false;
        } else if (!text.isBlank()) {
            commands.add(new Logical(commandLine, text.strip()));
        }
        command.setLength(0);
    }

    private void finish() {
        if (inComment) {
            problems.add(new CommandProblem(commentLine, "comment not closed before the end of the input"));
            inComment = false;
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
