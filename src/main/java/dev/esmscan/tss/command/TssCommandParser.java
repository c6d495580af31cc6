package dev.esmscan.tss.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a TSS command stream into commands: a line ending in {@code +} or {@code -} continues on
 * the next, {@code /* ... *}{@code /} comments and blank lines are read past. Each command is
 * {@code TSS} followed by a function with its operand and keywords, each keyword bare or with a
 * parenthesised value (nested parentheses and quoted strings kept whole).
 */
public final class TssCommandParser {

    /** The commands, and the lines that are not TSS commands or cannot be parsed. */
    public record Parsed(List<TssCommand> commands, List<String> problems) {
    }

    private TssCommandParser() {
    }

    public static Parsed parse(String text) {
        List<TssCommand> commands = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        StringBuilder current = null;
        int start = 0;
        boolean inComment = false;
        for (int i = 0; i < lines.length; i++) {
            String raw = lines[i];
            StringBuilder kept = new StringBuilder();
            int j = 0;
            boolean quoted = false;
            while (j < raw.length()) {
                if (inComment) {
                    int end = raw.indexOf("*/", j);
                    if (end < 0) {
                        j = raw.length();
                    } else {
                        inComment = false;
                        j = end + 2;
                    }
                    continue;
                }
                char c = raw.charAt(j);
                if (c == '\'') {
                    quoted = !quoted;
                }
                if (!quoted && c == '/' && j + 1 < raw.length() && raw.charAt(j + 1) == '*') {
                    inComment = true;
                    j += 2;
                    continue;
                }
                kept.append(c);
                j++;
            }
            String line = kept.toString().stripTrailing();
            if (line.isBlank() && current == null) {
                continue;
            }
            boolean continues = line.endsWith("+") || line.endsWith("-");
            String body = continues ? line.substring(0, line.length() - 1) : line;
            if (current == null) {
                current = new StringBuilder(body.trim());
                start = i + 1;
            } else {
                current.append(' ').append(body.trim());
            }
            if (!continues) {
                parseOne(current.toString().trim(), start, commands, problems);
                current = null;
            }
        }
        if (current != null) {
            parseOne(current.toString().trim(), start, commands, problems);
        }
        return new Parsed(commands, problems);
    }

    /** True when the first non-comment line of a text starts with the TSS command name. */
    public static boolean startsWithTssCommand(String text) {
        Parsed p = parse(text);
        return !p.commands().isEmpty() && p.commands().get(0).line() == firstContentLine(text);
    }

    private static int firstContentLine(String text) {
        String[] lines = text.split("\r?\n", -1);
        boolean inComment = false;
        for (int i = 0; i < lines.length; i++) {
            String t = lines[i].trim();
            if (inComment) {
                if (t.contains("*/")) {
                    inComment = false;
                    t = t.substring(t.indexOf("*/") + 2).trim();
                } else {
                    continue;
                }
            }
            while (t.startsWith("/*")) {
                int end = t.indexOf("*/", 2);
                if (end < 0) {
                    inComment = true;
                    t = "";
                } else {
                    t = t.substring(end + 2).trim();
                }
            }
            if (!t.isEmpty()) {
                return i + 1;
            }
        }
        return -1;
    }

    private static void parseOne(String text, int line, List<TssCommand> commands, List<String> problems) {
        if (text.isEmpty()) {
            return;
        }
        String upper = text.toUpperCase(Locale.ROOT);
        if (!(upper.startsWith("TSS ") || upper.equals("TSS"))) {
            problems.add(line + ": not a TSS command: " + text);
            return;
        }
        List<TssCommand.Operand> items = new ArrayList<>();
        try {
            items = operands(text.substring(3));
        } catch (IllegalArgumentException e) {
            problems.add(line + ": " + e.getMessage() + ": " + text);
            return;
        }
        if (items.isEmpty()) {
            problems.add(line + ": TSS without a function: " + text);
            return;
        }
        TssCommand.Operand function = items.get(0);
        commands.add(new TssCommand(line, function.keyword(), function.value(), items.subList(1, items.size()), text));
    }

    /** Keywords with optional parenthesised values; keywords are upper-cased, values kept as written except unquoting. */
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
                boolean quoted = false;
                int v = k;
                for (; v < s.length(); v++) {
                    char x = s.charAt(v);
                    if (x == '\'') {
                        quoted = !quoted;
                    } else if (!quoted && x == '(') {
                        depth++;
                    } else if (!quoted && x == ')') {
                        depth--;
                        if (depth == 0) {
                            break;
                        }
                    }
                }
                if (v >= s.length()) {
                    throw new IllegalArgumentException("unbalanced parenthesis after " + keyword);
                }
                out.add(new TssCommand.Operand(keyword, unquote(s.substring(k + 1, v).trim())));
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
