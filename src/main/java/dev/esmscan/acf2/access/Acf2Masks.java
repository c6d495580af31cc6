package dev.esmscan.acf2.access;

import java.util.Comparator;

/**
 * ACF2 masking. In resource names and $KEYs, {@code *} stands for one character other than a
 * period and {@code -} for any run of characters (none included). A UID mask is matched against
 * the start of the UID string: {@code *} stands for one position (a blank included), {@code -} for
 * the rest, and a mask shorter than the UID string matches every UID string it is a prefix of.
 */
public final class Acf2Masks {

    /** Most specific first: the later the first mask character, the more specific; then the longer. */
    public static final Comparator<String> MOST_SPECIFIC_FIRST =
            Comparator.comparingInt(Acf2Masks::firstMaskIndex).reversed()
                    .thenComparing(Comparator.comparingInt(String::length).reversed());

    private Acf2Masks() {
    }

    public static boolean isMasked(String s) {
        return s.indexOf('*') >= 0 || s.indexOf('-') >= 0;
    }

    /** Where the first mask character stands; the length plus one when there is none. */
    public static int firstMaskIndex(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '*' || s.charAt(i) == '-') {
                return i;
            }
        }
        return s.length() + 1;
    }

    /** Whether a resource mask (or $KEY, or INCLUDE mask) covers the whole name. */
    public static boolean resourceMatches(String mask, String name) {
        return match(mask, 0, name, 0);
    }

    private static boolean match(String m, int i, String n, int j) {
        if (i == m.length()) {
            return j == n.length();
        }
        char c = m.charAt(i);
        if (c == '-') {
            for (int k = j; k <= n.length(); k++) {
                if (match(m, i + 1, n, k)) {
                    return true;
                }
            }
            return false;
        }
        if (j == n.length()) {
            return false;
        }
        if (c == '*') {
            return n.charAt(j) != '.' && match(m, i + 1, n, j + 1);
        }
        return c == n.charAt(j) && match(m, i + 1, n, j + 1);
    }

    /** Whether a UID mask matches the start of a UID string. */
    public static boolean uidMatches(String mask, String uidString) {
        for (int i = 0; i < mask.length(); i++) {
            char c = mask.charAt(i);
            if (c == '-') {
                return true;
            }
            if (i >= uidString.length()) {
                return false;
            }
            if (c != '*' && c != uidString.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a UID mask matches every UID string: it starts with {@code -} or is a single {@code *}. */
    public static boolean uidMatchesEveryone(String mask) {
        return mask.startsWith("-") || mask.equals("*") || mask.isEmpty();
    }
}
