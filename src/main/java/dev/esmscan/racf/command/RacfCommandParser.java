package dev.esmscan.racf.command;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Parses RACF TSO command text into {@link RacfCommand}s. Lines are joined as {@link CommandLines}
 * describes; operands are separated by blanks or commas; {@code KEYWORD(value ...)} takes a value
 * list only when the parenthesis follows the keyword directly, so {@code RDEFINE FACILITY (A B)}
 * keeps {@code (A B)} as a profile list. Quoted strings keep their case; {@code ''} stands for a quote.
 * Nothing is upper-cased here: the interpreter does that where RACF does.
 */
public final class RacfCommandParser {

    private RacfCommandParser() {
    }

    /** The commands of a text, in order, and the problems of those that could not be parsed, in line order. */
    public record Parsed(List<RacfCommand> commands, List<CommandProblem> problems) {
    }

    public static Parsed parse(String text) {
        CommandLines.Result lines = CommandLines.split(text);
        List<RacfCommand> commands = new ArrayList<>();
        List<CommandProblem> problems = new ArrayList<>(lines.problems());
        for (CommandLines.Logical logical : lines.commands()) {
            parseOne(logical, problems).ifPresent(commands::add);
        }
        problems.sort(Comparator.comparingInt(CommandProblem::line));
        return new Parsed(List.copyOf(commands), List.copyOf(problems));
    }

    /** The name of the first command of a text, if it has one, without parsing the rest. */
    public static Optional<String> firstCommandName(String text) {
        for (CommandLines.Logical logical : CommandLines.split(text).commands()) {
            String t = logical.text();
            int end = 0;
            while (end < t.length() && !isDelimiter(t.charAt(end)) && t.charAt(end) != '(' && t.charAt(end) != '\'') {
                end++;
            }
            return Optional.of(t.substring(0, end));
        }
        return Optional.empty();
    }

    private static Optional<RacfCommand> parseOne(CommandLines.Logical logical, List<CommandProblem> problems) {
        List<Operand> items;
        try {
            items = new Reader(logical.text()).items();
        } catch (SyntaxException e) {
            problems.add(new CommandProblem(logical.line(), e.getMessage() + "; command not applied: " + logical.text()));
            return Optional.empty();
        }
        Operand first = items.get(0);
        Optional<RacfVerb> verb = first.hasValues() || first.quoted() ? Optional.empty() : RacfVerb.of(first.name());
        if (verb.isEmpty()) {
            problems.add(new CommandProblem(logical.line(), "unknown command " + first + "; skipped"));
            return Optional.empty();
        }
        List<Operand> positionals = new ArrayList<>();
        int i = 1;
        int wanted = verb.get().isListing() ? 0 : verb.get().positionalCount();
        while (i < items.size() && positionals.size() < wanted && items.get(i).isPositional()) {
            positionals.add(items.get(i++));
        }
        return Optional.of(new RacfCommand(logical.line(), verb.get(), positionals, items.subList(i, items.size())));
    }

    private static boolean isDelimiter(char c) {
        return c == ' ' || c == ',' || c == '\t';
    }

    private static final class SyntaxException extends Exception {
        private static final long serialVersionUID = 1L;

        SyntaxException(String message) {
            super(message);
        }
    }

    /** Recursive descent over one logical command. */
    private static final class Reader {
        private final String text;
        private int pos;

        Reader(String text) {
            this.text = text;
        }

        List<Operand> items() throws SyntaxException {
            List<Operand> items = sequence(false);
            if (items.isEmpty()) {
                throw new SyntaxException("empty command");
            }
            return items;
        }

        private List<Operand> sequence(boolean insideParentheses) throws SyntaxException {
            List<Operand> items = new ArrayList<>();
            while (true) {
                skipDelimiters();
                if (pos >= text.length()) {
                    if (insideParentheses) {
                        throw new SyntaxException("missing closing parenthesis");
                    }
                    return items;
                }
                char c = text.charAt(pos);
                if (c == ')') {
                    if (!insideParentheses) {
                        throw new SyntaxException("closing parenthesis without an opening one at column " + (pos + 1));
                    }
                    pos++;
                    return items;
                }
                if (c == '(') {
                    pos++;
                    items.add(Operand.list(sequence(true)));
                } else if (c == '\'') {
                    items.add(Operand.quoted(quoted()));
                } else {
                    String word = word();
                    if (pos < text.length() && text.charAt(pos) == '(') {
                        pos++;
                        items.add(Operand.keyword(word, sequence(true)));
                    } else {
                        items.add(Operand.word(word));
                    }
                }
            }
        }

        private String quoted() throws SyntaxException {
            StringBuilder sb = new StringBuilder();
            int start = pos++;
            while (pos < text.length()) {
                char c = text.charAt(pos++);
                if (c == '\'') {
                    if (pos < text.length() && text.charAt(pos) == '\'') {
                        sb.append('\'');
                        pos++;
                    } else {
                        return sb.toString();
                    }
                } else {
                    sb.append(c);
                }
            }
            throw new SyntaxException("quoted string from column " + (start + 1) + " not closed");
        }

        private String word() {
            int start = pos;
            while (pos < text.length()) {
                char c = text.charAt(pos);
                if (isDelimiter(c) || c == '(' || c == ')' || c == '\'') {
                    break;
                }
                pos++;
            }
            return text.substring(start, pos);
        }

        private void skipDelimiters() {
            while (pos < text.length() && isDelimiter(text.charAt(pos))) {
                pos++;
            }
        }
    }
}
