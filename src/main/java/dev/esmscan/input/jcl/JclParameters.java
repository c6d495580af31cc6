package dev.esmscan.input.jcl;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The parameter field of a JCL statement split into its parameters: positional ones ({@code *},
 * {@code DATA}, {@code DUMMY}, a procedure name) and keyword ones ({@code PGM=IKJEFT01},
 * {@code DLM=$$}, {@code SYMBOLS=(JCLONLY,LOG)}), separated by commas outside parentheses and
 * apostrophes. Values are kept as written; {@link #unquote} takes the apostrophes off.
 */
final class JclParameters {

    /** One parameter: keyword (upper case) and value, or a positional value with a null keyword. */
    record Parameter(String keyword, String value) {
    }

    private final List<Parameter> items;

    private JclParameters(List<Parameter> items) {
        this.items = items;
    }

    static JclParameters parse(String field) {
        List<Parameter> items = new ArrayList<>();
        for (String part : split(field, ',')) {
            int eq = keywordEnd(part);
            if (eq > 0) {
                items.add(new Parameter(part.substring(0, eq).toUpperCase(Locale.ROOT), part.substring(eq + 1)));
            } else {
                items.add(new Parameter(null, part));
            }
        }
        return new JclParameters(items);
    }

    List<Parameter> all() {
        return items;
    }

    /** The value of a keyword parameter as written (the first, when it is given twice). */
    Optional<String> get(String keyword) {
        return items.stream().filter(p -> keyword.equals(p.keyword())).map(Parameter::value).findFirst();
    }

    /** The positional parameter at {@code index} (0 = first), upper-cased. */
    Optional<String> positional(int index) {
        List<Parameter> positional = items.stream().filter(p -> p.keyword() == null).toList();
        return index < positional.size() ? Optional.of(positional.get(index).value().toUpperCase(Locale.ROOT)) : Optional.empty();
    }

    boolean hasPositional(String value) {
        return items.stream().anyMatch(p -> p.keyword() == null && p.value().equalsIgnoreCase(value));
    }

    /** A value without its enclosing apostrophes, doubled apostrophes made single. */
    static String unquote(String value) {
        if (value.length() >= 2 && value.startsWith("'") && value.endsWith("'")) {
            return value.substring(1, value.length() - 1).replace("''", "'");
        }
        return value;
    }

    /** The first subparameter of a value such as {@code (JCLONLY,LOGDD)}, or the value itself. */
    static String first(String value) {
        if (value.length() >= 2 && value.startsWith("(") && value.endsWith(")")) {
            List<String> subs = split(value.substring(1, value.length() - 1), ',');
            return subs.isEmpty() ? "" : subs.get(0);
        }
        return value;
    }

    /** The subparameters of a value in parentheses, or the value alone. */
    static List<String> list(String value) {
        if (value.length() >= 2 && value.startsWith("(") && value.endsWith(")")) {
            return split(value.substring(1, value.length() - 1), ',');
        }
        return List.of(value);
    }

    /** Where a keyword ends in {@code KEY=value}: the index of the '=' after a keyword name, else -1. */
    private static int keywordEnd(String part) {
        int i = 0;
        while (i < part.length() && isNameChar(part.charAt(i))) {
            i++;
        }
        return i > 0 && i < part.length() && part.charAt(i) == '=' ? i : -1;
    }

    static boolean isNameChar(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '@' || c == '#' || c == '$';
    }

    /** Splits at {@code sep} outside parentheses and apostrophes. */
    private static List<String> split(String s, char sep) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int depth = 0;
        boolean quote = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'') {
                quote = !quote;
            } else if (!quote && c == '(') {
                depth++;
            } else if (!quote && c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (!quote && depth == 0 && c == sep) {
                out.add(cur.toString());
                cur.setLength(0);
                continue;
            }
            cur.append(c);
        }
        if (cur.length() > 0 || !out.isEmpty()) {
            out.add(cur.toString());
        }
        return out;
    }
}
