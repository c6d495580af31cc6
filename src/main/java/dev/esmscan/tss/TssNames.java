package dev.esmscan.tss;

import java.util.Optional;

/**
 * Top Secret's naming rules, used to keep names that Top Secret would refuse, or that would break
 * a generated command, out of the commands esmscan writes. Each check returns the reason a name is
 * bad, or empty for a good one.
 */
public final class TssNames {
    public static final int MAX_ACID = 8;
    public static final int MAX_CLASS = 8;
    public static final int MAX_RESOURCE = 255;

    private TssNames() {
    }

    /** An ACID: 1-8 characters of A-Z, 0-9, #, $, @, not starting with a digit. */
    public static Optional<String> checkAcid(String name) {
        return shortName("ACID", name, MAX_ACID);
    }

    /** A resource class: 1-8 characters of A-Z, 0-9, #, $, @, not starting with a digit. */
    public static Optional<String> checkClass(String name) {
        return shortName("resource class", name, MAX_CLASS);
    }

    /** A resource name: 1-255 printable characters, no blank, quote, parenthesis, comma or semicolon. */
    public static Optional<String> checkResource(String name) {
        if (name == null || name.isEmpty()) {
            return Optional.of("resource name is empty");
        }
        if (name.length() > MAX_RESOURCE) {
            return Optional.of("resource name is " + name.length() + " characters long; the limit is " + MAX_RESOURCE);
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c <= 0x20 || c > 0x7e || c == '\'' || c == '"' || c == '(' || c == ')' || c == ',' || c == ';') {
                return Optional.of("resource name contains " + describe(c) + " at position " + (i + 1));
            }
        }
        return Optional.empty();
    }

    /** A z/OS UNIX path as HOME or OMVSPGM: printable, no blank, quote or parenthesis. */
    public static Optional<String> checkPath(String path) {
        if (path == null || path.isEmpty()) {
            return Optional.of("path is empty");
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c <= 0x20 || c > 0x7e || c == '\'' || c == '(' || c == ')') {
                return Optional.of("path holds " + describe(c) + ", which cannot stand unquoted in a command");
            }
        }
        return Optional.empty();
    }

    private static Optional<String> shortName(String what, String name, int max) {
        if (name == null || name.isEmpty()) {
            return Optional.of(what + " is empty");
        }
        if (name.length() > max) {
            return Optional.of(what + " is " + name.length() + " characters long; the limit is " + max);
        }
        if (Character.isDigit(name.charAt(0))) {
            return Optional.of(what + " starts with a digit");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '#' || c == '$' || c == '@')) {
                return Optional.of(what + " contains " + describe(c) + " at position " + (i + 1));
            }
        }
        return Optional.empty();
    }

    private static String describe(char c) {
        return c < 0x20 || c > 0x7e ? String.format("the character U+%04X", (int) c) : c == ' ' ? "a blank" : "'" + c + "'";
    }

    /** The name as a person can read it on one line. */
    public static String printable(String name) {
        StringBuilder sb = new StringBuilder();
        for (char c : name.toCharArray()) {
            sb.append(c < 0x20 || c == 0x7f ? String.format("\\u%04X", (int) c) : String.valueOf(c));
        }
        return sb.toString();
    }
}
