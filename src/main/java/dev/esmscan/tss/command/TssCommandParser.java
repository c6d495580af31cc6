package dev.esmscan.tss.command;

import dev.esmscan.input.Reach;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a TSS command stream (the SYSTSIN of a batch TSO job) into commands, by TSO's line rules
 * (z/OS TSO/E Command Reference, "Continuation lines" and "Comments"):
 * <ul>
 * <li>a line whose last non-blank character is {@code +} or {@code -} continues on the next line;
 * outside a quoted string the two lines are joined with one blank; inside one, {@code -} keeps the
 * next line's leading blanks and {@code +} drops them;</li>
 * <li>a comment {@code /* ... *}{@code /} outside quotes counts as a blank. A comment without its
 * closing {@code *}{@code /} ends at the end of its line, unless that line ends in a continuation
 * character: then the next line is part of the comment, even when it holds a command. A comment
 * that spans lines is reported with its first and last line, and so is one that is not closed;</li>
 * <li>columns 73 to 80 of a fixed 80-column record are sequence numbers: when no line is longer
 * than 80 columns, eight digits there are dropped;</li>
 * <li>any other line break ends the command.</li>
 * </ul>
 * Each command is {@code TSS} followed by a function with its operand and keywords, each keyword
 * bare or with a parenthesised value (nested parentheses and quoted strings kept whole; a blank
 * between a keyword and its parenthesis is allowed). Other TSO commands are reported: PROFILE
 * (which Zowe's jobs end with) changes nothing; any other could change anything.
 */
public final class TssCommandParser {
    private static final int RECORD = 80;
    private static final int DATA_COLUMNS = 72;

    /**
     * The commands; what the stream says besides them (comments over several lines, other TSO
     * commands, commands that cannot be parsed); and whether its first statement is a TSS command.
     */
    public record Parsed(List<TssCommand> commands, List<TssObservation> observations, boolean startsWithTss) {
    }

    private final List<TssCommand> commands = new ArrayList<>();
    private final List<TssObservation> observations = new ArrayList<>();
    private final StringBuilder logical = new StringBuilder();
    private int start;
    private boolean quoted;
    private char joinedBy;
    private boolean inComment;
    private int commentStart;
    private final List<String> swallowed = new ArrayList<>();
    private int firstStatementLine = -1;
    private boolean firstIsTss;

    private TssCommandParser() {
    }

    public static Parsed parse(String text) {
        TssCommandParser p = new TssCommandParser();
        String[] lines = text.split("\r\n|\r|\n", -1);
        boolean fixed = isFixedRecordFile(lines);
        for (int i = 0; i < lines.length; i++) {
            p.line(i + 1, fixed ? withoutSequenceNumber(lines[i]) : lines[i]);
        }
        p.endOfStream(lines.length);
        return new Parsed(List.copyOf(p.commands), List.copyOf(p.observations), p.firstIsTss);
    }

    /** True when the first statement of a text, after comments and blank lines, is a TSS command. */
    public static boolean startsWithTssCommand(String text) {
        return parse(text).startsWithTss();
    }

    private static boolean isFixedRecordFile(String[] lines) {
        boolean numbered = false;
        for (String l : lines) {
            if (l.length() > RECORD) {
                return false;
            }
            numbered |= isSequenced(l);
        }
        return numbered;
    }

    private static boolean isSequenced(String line) {
        return line.length() == RECORD && line.substring(DATA_COLUMNS).chars().allMatch(Character::isDigit);
    }

    private static String withoutSequenceNumber(String line) {
        return isSequenced(line) ? line.substring(0, DATA_COLUMNS) : line;
    }

    private void line(int n, String raw) {
        StringBuilder content = new StringBuilder();
        boolean startsInComment = inComment;
        int j = 0;
        while (j < raw.length()) {
            if (inComment) {
                int end = raw.indexOf("*/", j);
                if (end < 0) {
                    break;
                }
                inComment = false;
                commentEnded(n, false);
                content.append(' ');
                j = end + 2;
                continue;
            }
            char c = raw.charAt(j);
            if (c == '\'') {
                quoted = !quoted;
            }
            if (!quoted && c == '/' && j + 1 < raw.length() && raw.charAt(j + 1) == '*') {
                inComment = true;
                commentStart = n;
                swallowed.clear();
                j += 2;
                continue;
            }
            content.append(c);
            j++;
        }
        if (startsInComment && inComment && !raw.isBlank()) {
            String t = raw.trim();
            if (t.toUpperCase(Locale.ROOT).startsWith("TSS ")) {
                swallowed.add(n + ": " + t);
            }
        }
        String rawEnd = raw.stripTrailing();
        boolean rawContinues = rawEnd.endsWith("+") || rawEnd.endsWith("-");
        String body = content.toString();
        String bodyEnd = body.stripTrailing();
        boolean bodyContinues = bodyEnd.endsWith("+") || bodyEnd.endsWith("-");
        if (inComment && !rawContinues) {
            inComment = false;
            commentEnded(n, true);
        }
        boolean continues = rawContinues || bodyContinues;
        char mark = 0;
        if (bodyContinues) {
            mark = bodyEnd.charAt(bodyEnd.length() - 1);
            body = bodyEnd.substring(0, bodyEnd.length() - 1);
        } else if (rawContinues) {
            mark = rawEnd.charAt(rawEnd.length() - 1);
        }
        append(n, body);
        if (continues) {
            joinedBy = mark;
        } else {
            endStatement();
        }
    }

    private void append(int n, String body) {
        if (logical.length() == 0) {
            if (body.isBlank()) {
                return;
            }
            start = n;
            logical.append(body.strip());
            return;
        }
        if (endsInsideQuote()) {
            logical.append(joinedBy == '+' ? body.stripLeading() : body);
        } else if (!body.isBlank()) {
            logical.append(' ').append(body.strip());
        }
    }

    /** True when the text so far leaves a quoted string open (the join happens inside it). */
    private boolean endsInsideQuote() {
        int quotes = 0;
        for (int i = 0; i < logical.length(); i++) {
            if (logical.charAt(i) == '\'') {
                quotes++;
            }
        }
        return quotes % 2 == 1;
    }

    private void commentEnded(int n, boolean unclosed) {
        if (n != commentStart) {
            String what = "a comment runs from line " + commentStart + " to line " + n
                    + (unclosed ? " (it is not closed with */ and its lines end in a continuation character, so TSO reads on)" : "");
            if (!swallowed.isEmpty()) {
                what += "; by TSO's rules it takes in what looks like a command: line " + String.join(", line ", swallowed);
            }
            observations.add(TssObservation.notice(commentStart, TssObservation.COMMENT, what));
        } else if (unclosed) {
            observations.add(TssObservation.notice(n, TssObservation.COMMENT,
                    "the comment is not closed with */: TSO ends it at the end of the line"));
        }
        swallowed.clear();
    }

    private void endStatement() {
        String text = logical.toString().trim();
        logical.setLength(0);
        quoted = false;
        joinedBy = 0;
        if (!text.isEmpty()) {
            statement(text, start);
        }
    }

    private void endOfStream(int lastLine) {
        if (inComment) {
            inComment = false;
            commentEnded(lastLine, true);
        }
        endStatement();
    }

    private void statement(String text, int line) {
        String upper = text.toUpperCase(Locale.ROOT);
        String verb = upper.split("[\\s(]", 2)[0];
        boolean tss = verb.equals("TSS");
        if (firstStatementLine < 0) {
            firstStatementLine = line;
            firstIsTss = tss;
        }
        if (!tss) {
            if (verb.equals("PROFILE")) {
                observations.add(TssObservation.notice(line, TssObservation.NO_EFFECT, text
                        + ": TSO PROFILE sets options of the TSO session (Zowe's jobs end with it so that the job ends with"
                        + " return code 0); it changes nothing in the security file"));
            } else {
                observations.add(TssObservation.problem(line, TssObservation.NOT_MODELLED, "not a TSS command: " + text
                        + "; what it changes is not modelled", Reach.everything()));
            }
            return;
        }
        List<TssCommand.Operand> items;
        try {
            items = operands(text.substring(3));
        } catch (IllegalArgumentException e) {
            observations.add(TssObservation.problem(line, TssObservation.UNREADABLE, e.getMessage() + ": " + text, Reach.everything()));
            return;
        }
        if (items.isEmpty()) {
            observations.add(TssObservation.problem(line, TssObservation.UNREADABLE, "TSS without a function: " + text, Reach.everything()));
            return;
        }
        TssCommand.Operand function = items.get(0);
        commands.add(new TssCommand(line, function.keyword(), function.value(), items.subList(1, items.size()), text));
    }

    /**
     * Keywords with optional parenthesised values; keywords are upper-cased, values kept as written
     * except unquoting. A parenthesised value after a blank belongs to the bare keyword before it.
     */
    static List<TssCommand.Operand> operands(String s) {
        List<TssCommand.Operand> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == ' ' || c == ',' || c == '\t') {
                i++;
                continue;
            }
            int k = i;
            while (k < s.length() && s.charAt(k) != '(' && s.charAt(k) != ' ' && s.charAt(k) != ',' && s.charAt(k) != '\t') {
                if (s.charAt(k) == ')' || s.charAt(k) == '\'') {
                    throw new IllegalArgumentException("unexpected " + s.charAt(k) + " at column " + (k + 1));
                }
                k++;
            }
            String keyword = s.substring(i, k).toUpperCase(Locale.ROOT);
            if (k < s.length() && s.charAt(k) == '(') {
                int depth = 0;
                boolean q = false;
                int v = k;
                for (; v < s.length(); v++) {
                    char x = s.charAt(v);
                    if (x == '\'') {
                        q = !q;
                    } else if (!q && x == '(') {
                        depth++;
                    } else if (!q && x == ')') {
                        depth--;
                        if (depth == 0) {
                            break;
                        }
                    }
                }
                if (v >= s.length()) {
                    throw new IllegalArgumentException("unbalanced parenthesis after " + (keyword.isEmpty() ? "a blank" : keyword));
                }
                String value = unquote(s.substring(k + 1, v).trim());
                if (keyword.isEmpty()) {
                    if (out.isEmpty() || out.get(out.size() - 1).hasValue()) {
                        throw new IllegalArgumentException("a parenthesised value without a keyword at column " + (k + 1));
                    }
                    keyword = out.remove(out.size() - 1).keyword();
                }
                out.add(new TssCommand.Operand(keyword, value));
                i = v + 1;
            } else {
                out.add(new TssCommand.Operand(keyword, null));
                i = k;
            }
        }
        return out;
    }

    private static String unquote(String v) {
        if (v.length() >= 2 && v.startsWith("'") && v.endsWith("'")) {
            return v.substring(1, v.length() - 1).replace("''", "'");
        }
        return v;
    }
}
