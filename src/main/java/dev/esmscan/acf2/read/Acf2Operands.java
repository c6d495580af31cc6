package dev.esmscan.acf2.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits ACF2 text into operands: bare words ({@code STC}, {@code ALLOW}, a resource mask) and
 * {@code KEYWORD(value)} pairs whose value may hold blanks and nested parentheses
 * ({@code ADD(SERVER ROLE(ZWEADMIN) SERVICE(UPDATE) ALLOW)}). Quoted strings are one word.
 */
public final class Acf2Operands {

    /** One operand: the upper-cased keyword or word, and the value inside its parentheses (null for a bare word). */
    public record Operand(String name, String value, String written) {
        public boolean bare() {
            return value == null;
        }
    }

    /** Text that does not split into operands (an unbalanced parenthesis or quote). */
    public static final class SyntaxException extends Exception {
        private static final long serialVersionUID = 1L;

        SyntaxException(String message) {
            super(message);
        }
    }

    private Acf2Operands() {
    }

    public static List<Operand> parse(String text) throws SyntaxException {
        List<Operand> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t') {
                i++;
                continue;
            }
            int start = i;
            StringBuilder word = new StringBuilder();
            if (c == '\'') {
                int close = text.indexOf('\'', i + 1);
                if (close < 0) {
                    throw new SyntaxException("unclosed quote in '" + text.trim() + "'");
                }
                out.add(new Operand(text.substring(i + 1, close), null, text.substring(i, close + 1)));
                i = close + 1;
                continue;
            }
            while (i < n && text.charAt(i) != ' ' && text.charAt(i) != '\t' && text.charAt(i) != '(') {
                if (text.charAt(i) == ')') {
                    throw new SyntaxException("unbalanced ')' in '" + text.trim() + "'");
                }
                word.append(text.charAt(i++));
            }
            if (i < n && text.charAt(i) == '(') {
                int depth = 0;
                int valueStart = i + 1;
                for (; i < n; i++) {
                    if (text.charAt(i) == '(') {
                        depth++;
                    } else if (text.charAt(i) == ')' && --depth == 0) {
                        break;
                    }
                }
                if (depth != 0) {
                    throw new SyntaxException("unbalanced '(' in '" + text.trim() + "'");
                }
                out.add(new Operand(word.toString().toUpperCase(Locale.ROOT), text.substring(valueStart, i).trim(), text.substring(start, i + 1)));
                i++;
            } else {
                out.add(new Operand(word.toString().toUpperCase(Locale.ROOT), null, word.toString()));
            }
        }
        return out;
    }
}
