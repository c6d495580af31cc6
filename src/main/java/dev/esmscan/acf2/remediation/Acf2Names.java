package dev.esmscan.acf2.remediation;

import java.util.Optional;

/**
 * ACF2's naming rules for what a remediation command carries. An extract is untrusted: a name
 * that breaks these never reaches a command.
 */
public final class Acf2Names {

    private Acf2Names() {
    }

    /** A logonid, role or OMVS group record ID: 1 to 8 of A-Z 0-9 @ # $, not starting with a digit. */
    public static Optional<String> checkRecordId(String id) {
        if (id == null || id.isEmpty() || id.length() > 8) {
            return Optional.of("is not 1 to 8 characters long");
        }
        if (!id.matches("[A-Z@#$][A-Z0-9@#$]*")) {
            return Optional.of("holds a character other than A-Z, 0-9, @, # and $, or starts with a digit");
        }
        return Optional.empty();
    }

    /** A SAF class name: 1 to 8 of A-Z 0-9 @ # $. */
    public static Optional<String> checkClassName(String name) {
        return name != null && name.matches("[A-Z@#$][A-Z0-9@#$]{0,7}") ? Optional.empty()
                : Optional.of("is not a class name of 1 to 8 characters A-Z, 0-9, @, # and $");
    }

    /**
     * A resource name going into a RECKEY: qualifiers of A-Z 0-9 @ # $ _ separated by periods,
     * the first at most 40 characters (a $KEY), at most 255 in all, no mask characters ({@code *}
     * and {@code -} are ACF2 masks, so they would widen the line).
     */
    public static Optional<String> checkResourceName(String name) {
        if (name == null || name.isEmpty() || name.length() > 255) {
            return Optional.of("is not 1 to 255 characters long");
        }
        if (name.indexOf('*') >= 0 || name.indexOf('-') >= 0 || name.indexOf('%') >= 0) {
            return Optional.of("holds a mask character (* - %), which would make the rule line cover other resources");
        }
        if (!name.matches("[A-Z0-9@#$_]+(\\.[A-Z0-9@#$_]+)*")) {
            return Optional.of("holds a character other than A-Z, 0-9, @, #, $, _ and periods between qualifiers");
        }
        int dot = name.indexOf('.');
        if ((dot < 0 ? name.length() : dot) > 40) {
            return Optional.of("has a first qualifier longer than 40 characters, too long for a $KEY");
        }
        return Optional.empty();
    }

    /** A z/OS UNIX path: printable, without blanks, parentheses or quotes. */
    public static Optional<String> checkPath(String path) {
        if (path == null) {
            return Optional.empty();
        }
        for (char c : path.toCharArray()) {
            if (c < 0x21 || c > 0x7e || c == '(' || c == ')' || c == '\'') {
                return Optional.of("holds a character that cannot stand in an ACF2 field value");
            }
        }
        return Optional.empty();
    }

    /** The name as a person can read it in one line: control characters escaped. */
    static String printable(String name) {
        if (name == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder();
        for (char c : name.toCharArray()) {
            sb.append(c < 0x20 || c == 0x7f ? String.format("\\u%04X", (int) c) : String.valueOf(c));
        }
        return sb.toString();
    }
}
