package dev.esmscan.report;

/**
 * Extract text made safe to show on a terminal or in a text file: control characters (C0 other
 * than tab and line feed, DEL, C1), which could move the cursor, clear the screen or retitle the
 * window, become U+FFFD.
 */
public final class Printable {
    private static final char REPLACEMENT = '\uFFFD';

    private Printable() {
    }

    /** Keeps line feeds; a carriage return is a control character here. */
    public static String lines(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (isControl(c)) {
                if (out == null) {
                    out = new StringBuilder(value.length()).append(value, 0, i);
                }
                out.append(REPLACEMENT);
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? value : out.toString();
    }

    /** One line: line feeds become blanks as well. */
    public static String line(String value) {
        return lines(value).replace('\n', ' ');
    }

    private static boolean isControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7f && c <= 0x9f);
    }
}
