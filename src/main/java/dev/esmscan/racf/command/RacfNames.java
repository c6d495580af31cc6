package dev.esmscan.racf.command;

import java.util.Optional;

/**
 * RACF's naming rules, used to keep names that RACF would refuse (or that would break a generated
 * command, such as a name holding a quote or a parenthesis) out of commands esmscan writes. Each
 * check returns the reason a name is bad, or empty for a good name.
 */
public final class RacfNames {
    public static final int MAX_USER_OR_GROUP = 8;
    public static final int MAX_CLASS = 8;
    public static final int MAX_RESOURCE_PROFILE = 246;
    public static final int MAX_DATASET_PROFILE = 44;
    public static final int MAX_QUALIFIER = 8;

    private RacfNames() {
    }

    /** A user ID: 1-8 characters of A-Z, 0-9, #, $, @, not starting with a digit. */
    public static Optional<String> checkUserId(String name) {
        return checkShortName("user ID", name, MAX_USER_OR_GROUP);
    }

    /** A group name: the same rule as a user ID. */
    public static Optional<String> checkGroupName(String name) {
        return checkShortName("group name", name, MAX_USER_OR_GROUP);
    }

    /** A resource class name: 1-8 characters of A-Z, 0-9, #, $, @, not starting with a digit. */
    public static Optional<String> checkClassName(String name) {
        return checkShortName("class name", name, MAX_CLASS);
    }

    /**
     * A general resource profile name: 1-246 characters, none of them a blank, a quote, a
     * parenthesis, a comma, a semicolon or a control character (line ends included).
     */
    public static Optional<String> checkResourceProfileName(String name) {
        if (name == null || name.isEmpty()) {
            return Optional.of("profile name is empty");
        }
        if (name.length() > MAX_RESOURCE_PROFILE) {
            return Optional.of("profile name is " + name.length() + " characters long; the limit is " + MAX_RESOURCE_PROFILE);
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            String bad = forbiddenInProfile(c);
            if (bad != null) {
                return Optional.of("profile name contains " + bad + " at position " + (i + 1));
            }
        }
        return Optional.empty();
    }

    /**
     * A data set profile name: qualifiers of 1-8 characters separated by periods, at most 44 in all.
     * A qualifier holds A-Z, 0-9, #, $, @, - and the generic characters % and *, and does not start
     * with a digit or a hyphen; {@code **} may stand as a whole qualifier. The high-level qualifier
     * holds no generic character.
     */
    public static Optional<String> checkDatasetProfileName(String name) {
        if (name == null || name.isEmpty()) {
            return Optional.of("data set profile name is empty");
        }
        if (name.length() > MAX_DATASET_PROFILE) {
            return Optional.of("data set profile name is " + name.length() + " characters long; the limit is " + MAX_DATASET_PROFILE);
        }
        String[] qualifiers = name.split("\\.", -1);
        for (int q = 0; q < qualifiers.length; q++) {
            String qualifier = qualifiers[q];
            if (qualifier.isEmpty()) {
                return Optional.of("data set profile name has an empty qualifier");
            }
            if (qualifier.length() > MAX_QUALIFIER) {
                return Optional.of("qualifier " + qualifier + " is longer than " + MAX_QUALIFIER + " characters");
            }
            if (q == 0 && (qualifier.indexOf('*') >= 0 || qualifier.indexOf('%') >= 0)) {
                return Optional.of("the high-level qualifier " + qualifier + " contains a generic character");
            }
            if (qualifier.equals("**")) {
                continue;
            }
            for (int i = 0; i < qualifier.length(); i++) {
                char c = qualifier.charAt(i);
                boolean generic = c == '*' || c == '%';
                if (!(isNameCharacter(c) || c == '-' || generic)) {
                    return Optional.of("qualifier " + printable(qualifier) + " contains " + describe(c));
                }
                if (i == 0 && (isDigit(c) || c == '-')) {
                    return Optional.of("qualifier " + qualifier + " starts with " + describe(c));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> checkShortName(String what, String name, int max) {
        if (name == null || name.isEmpty()) {
            return Optional.of(what + " is empty");
        }
        if (name.length() > max) {
            return Optional.of(what + " " + printable(name) + " is longer than " + max + " characters");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!isNameCharacter(c)) {
                return Optional.of(what + " " + printable(name) + " contains " + describe(c) + "; only A-Z, 0-9, #, $ and @ are allowed");
            }
        }
        if (isDigit(name.charAt(0))) {
            return Optional.of(what + " " + name + " starts with a digit");
        }
        return Optional.empty();
    }

    private static boolean isNameCharacter(char c) {
        return (c >= 'A' && c <= 'Z') || isDigit(c) || c == '#' || c == '$' || c == '@';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static String forbiddenInProfile(char c) {
        if (c == ' ') {
            return "a blank";
        }
        if (c == '\'' || c == '"') {
            return "a quote";
        }
        if (c == '(' || c == ')') {
            return "a parenthesis";
        }
        if (c == ',') {
            return "a comma";
        }
        if (c == ';') {
            return "a semicolon";
        }
        if (Character.isISOControl(c) || Character.getType(c) == Character.LINE_SEPARATOR
                || Character.getType(c) == Character.PARAGRAPH_SEPARATOR || Character.isWhitespace(c)) {
            return "a control character (U+" + String.format("%04X", (int) c) + ")";
        }
        return null;
    }

    private static String describe(char c) {
        if (c == ' ') {
            return "a blank";
        }
        if (Character.isISOControl(c) || Character.isWhitespace(c)) {
            return "a control character (U+" + String.format("%04X", (int) c) + ")";
        }
        if (c >= 'a' && c <= 'z') {
            return "the lower-case letter '" + c + "'";
        }
        return "'" + c + "'";
    }

    /** The name with control characters shown as escapes, so that a report line stays one line. */
    private static String printable(String name) {
        StringBuilder sb = new StringBuilder();
        for (char c : name.toCharArray()) {
            sb.append(Character.isISOControl(c) ? String.format("\\u%04X", (int) c) : String.valueOf(c));
        }
        return sb.toString();
    }
}
