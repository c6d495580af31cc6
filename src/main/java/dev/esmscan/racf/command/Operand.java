package dev.esmscan.racf.command;

import java.util.List;
import java.util.Locale;

/**
 * One element of a parsed command, as written (case kept): a word ({@code NOPASSWORD},
 * {@code BPX.SERVER}), a quoted string (quotes removed, {@code ''} undoubled), a keyword with a
 * parenthesised value list ({@code ID(A B)}, {@code OMVS(HOME(/tmp) AUTOUID)}), or a bare
 * parenthesised list ({@code (A B)}, with an empty name).
 */
public record Operand(String name, List<Operand> values, boolean quoted) {

    public static Operand word(String text) {
        return new Operand(text, null, false);
    }

    public static Operand quoted(String text) {
        return new Operand(text, null, true);
    }

    public static Operand keyword(String name, List<Operand> values) {
        return new Operand(name, List.copyOf(values), false);
    }

    public static Operand list(List<Operand> values) {
        return new Operand("", List.copyOf(values), false);
    }

    public boolean hasValues() {
        return values != null;
    }

    public boolean isBareList() {
        return hasValues() && name.isEmpty();
    }

    /** A name that can stand as a positional operand: a word, a quoted string or a bare list. */
    public boolean isPositional() {
        return !hasValues() || isBareList();
    }

    public String upperName() {
        return name.toUpperCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        String head = quoted ? "'" + name.replace("'", "''") + "'" : name;
        if (!hasValues()) {
            return head;
        }
        StringBuilder sb = new StringBuilder(head).append('(');
        for (int i = 0; i < values.size(); i++) {
            sb.append(i == 0 ? "" : " ").append(values.get(i));
        }
        return sb.append(')').toString();
    }
}
