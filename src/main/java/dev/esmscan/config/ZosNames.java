package dev.esmscan.config;

import java.util.Optional;

/**
 * The z/OS naming rule that every ESM's user IDs and group names, and every procedure (member)
 * name, keep: 1 to 8 characters of A-Z, 0-9, @, # and $, the first not a digit. An ESM may refuse
 * more (RACF, for one, allows only 7 characters for a TSO user), but never accepts less, so a name
 * this rule refuses is one no ESM would take. Zowe's own schema (server-common.json, zoweUser and
 * zoweJobname) states the same characters and length.
 */
public final class ZosNames {
    /** The rule in words, for messages. */
    public static final String RULE = "1 to 8 characters of A-Z, 0-9, @, # or $, the first not a digit";

    private ZosNames() {
    }

    /** Why {@code name} is not a z/OS user ID, group or member name, or empty when it is one. */
    public static Optional<String> check(String name) {
        if (name.isEmpty()) {
            return Optional.of("is empty");
        }
        if (name.length() > 8) {
            return Optional.of("is " + name.length() + " characters long");
        }
        if (Character.isDigit(name.charAt(0))) {
            return Optional.of("starts with a digit");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean ok = (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '@' || c == '#' || c == '$';
            if (!ok) {
                return Optional.of("holds " + describe(c) + " at position " + (i + 1));
            }
        }
        return Optional.empty();
    }

    private static String describe(char c) {
        if (c == ' ') {
            return "a blank";
        }
        if (c < 0x20 || c == 0x7f) {
            return String.format("the control character x'%02X'", (int) c);
        }
        return "'" + c + "'";
    }
}
