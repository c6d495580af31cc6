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

    /**
     * One logical line of a command stream: a parsed command; or a command TSO would not accept as
     * written ({@code verb} present, {@code command} null, {@code error} saying why); or a line that
     * names no command esmscan knows ({@code verb} empty).
     */
    public record Entry(int line, String text, Optional<RacfVerb> verb, RacfCommand command, String error) {

        public boolean isCommand() {
            return command != null;
        }
    }

    /**
     * The logical lines of a text, in order; the notices and problems of the splitting (comments over
     * several lines, unclosed quotes); and whether columns 73-80 were taken as sequence numbers.
     */
    public record Parsed(List<Entry> entries, List<CommandNote> notes, boolean deck) {

        /** The commands that parsed, in order. */
        public List<RacfCommand> commands() {
            return entries.stream().filter(Entry::isCommand).map(Entry::command).toList();
        }

        /** Every line that did not parse, and the splitting's problems, in line order. */
        public List<CommandNote> problems() {
            List<CommandNote> out = new ArrayList<>();
            notes.stream().filter(CommandNote::isProblem).forEach(out::add);
            for (Entry e : entries) {
                if (!e.isCommand()) {
                    out.add(CommandNote.problem(e.line(), e.verb().isEmpty() ? "unknown command " + firstWord(e.text()) + "; skipped"
                            : e.error() + "; command not applied: " + e.text(), CommandReach.ofText(e.text())));
                }
            }
            out.sort(Comparator.comparingInt(CommandNote::line));
            return out;
        }
    }

    public static Parsed parse(String text) {
        CommandLines.Result lines = CommandLines.split(text);
        List<Entry> entries = new ArrayList<>();
        for (CommandLines.Logical logical : lines.commands()) {
            entries.add(parseOne(logical));
        }
        return new Parsed(List.copyOf(entries), lines.notes(), lines.deck());
    }

    /** The name of the first command of a text, if it has one, without parsing the rest. */
    public static Optional<String> firstCommandName(String text) {
        return commandNames(text).stream().findFirst();
    }

    /** The names of the commands of a text (the first word of each logical line), in order. */
    public static List<String> commandNames(String text) {
        return CommandLines.split(text).commands().stream().map(l -> firstWord(l.text())).toList();
    }

    /** The first word of a command: up to a delimiter, a parenthesis or a quote. */
    static String firstWord(String t) {
        int end = 0;
        while (end < t.length() && !isDelimiter(t.charAt(end)) && t.charAt(end) != '(' && t.charAt(end) != '\'') {
            end++;
        }
        return end == 0 && !t.isEmpty() ? t.substring(0, 1) : t.substring(0, end);
    }

    private static Entry parseOne(CommandLines.Logical logical) {
        String word = firstWord(logical.text());
        boolean wordAlone = logical.text().length() == word.length() || isDelimiter(logical.text().charAt(word.length()));
        Optional<RacfVerb> verb = wordAlone ? RacfVerb.of(word) : Optional.empty();
        if (verb.isEmpty()) {
            return new Entry(logical.line(), logical.text(), verb, null, "unknown command " + word);
        }
        List<Operand> items;
        try {
            items = new Reader(logical.text()).items();
        } catch (SyntaxException e) {
            return new Entry(logical.line(), logical.text(), verb, null, e.getMessage());
        }
        List<Operand> positionals = new ArrayList<>();
        int i = 1;
        int wanted = verb.get().isListing() ? 0 : verb.get().positionalCount();
        while (i < items.size() && positionals.size() < wanted && items.get(i).isPositional()) {
            positionals.add(items.get(i++));
        }
        RacfCommand command = new RacfCommand(logical.line(), verb.get(), positionals, items.subList(i, items.size()));
        return new Entry(logical.line(), logical.text(), verb, command, null);
    }

    /** The operands of a line read as the reply to a prompt: keywords and values, as a command's would be. */
    static Optional<List<Operand>> operands(String text) {
        try {
            return Optional.of(new Reader(text).items());
        } catch (SyntaxException e) {
            return Optional.empty();
        }
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
