package dev.esmscan.acf2.access;

import java.util.Comparator;

/**
 * ACF2 masking, which differs by what is masked.
 * <ul>
 *   <li>A rule set's {@code $KEY}: {@code *} stands for any one character, the period included,
 *   and trailing asterisks also match nothing: {@code $KEY(**************)} is the documented
 *   full-key match of {@code TEST.TESTNAME2} (KB 44399), and {@code $KEY(G*******)} covers the
 *   names of one to eight characters that begin with G (Administrator Guide, "Masking Resource
 *   Rule Keys"). A dash in a $KEY is a literal character, not a mask (same page; Option for DB2,
 *   "Masking the $KEY").</li>
 *   <li>A rule line's resource extension, a role or logonid mask ({@code ROLE(-)},
 *   {@code USER(US-)}), an INCLUDE mask and an STC record: {@code *} stands for one character other
 *   than a period and {@code -} for any run of characters (none included).</li>
 *   <li>A UID mask is matched against the UID string padded with blanks to its 24 characters:
 *   {@code *} stands for one position, a blank included (KB 232677; Administrator Guide, "Masking
 *   the User Identification String"), {@code -} for the rest, and a mask shorter than the string
 *   matches every string it is a prefix of.</li>
 * </ul>
 */
public final class Acf2Masks {
    /** The UID string's length: ACF2 pads it to 24 characters for access rules. */
    static final int UID_LENGTH = 24;

    /** Most specific first: the later the first mask character, the more specific; then the longer. */
    public static final Comparator<String> MOST_SPECIFIC_FIRST =
            Comparator.comparingInt(Acf2Masks::firstMaskIndex).reversed()
                    .thenComparing(Comparator.comparingInt(String::length).reversed());

    /**
     * UID masks in the compiler's order, most specific first, by their literal characters: at the
     * first position where two masks differ, a literal character sorts before {@code *}, which
     * sorts before {@code -}; a mask that goes on sorts before one that has ended. So
     * {@code UID(C****TLCAMS)} sorts before {@code UID(C)} (Administrator Guide, "Masking the User
     * Identification String").
     */
    public static final Comparator<String> UID_ORDER = Acf2Masks::compareUid;

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

    /** Where the first asterisk of a $KEY stands (a dash in a $KEY is literal); the length plus one when there is none. */
    public static int firstKeyMaskIndex(String key) {
        int i = key.indexOf('*');
        return i < 0 ? key.length() + 1 : i;
    }

    /** $KEYs most specific first: the later the first asterisk, the more specific; then the longer. */
    public static final Comparator<String> KEY_ORDER =
            Comparator.comparingInt(Acf2Masks::firstKeyMaskIndex).reversed()
                    .thenComparing(Comparator.comparingInt(String::length).reversed());

    /** Whether a $KEY matches a whole name (or first qualifier). */
    public static boolean keyMatches(String key, String name) {
        int trailing = key.length();
        while (trailing > 0 && key.charAt(trailing - 1) == '*') {
            trailing--;
        }
        if (name.length() < trailing || name.length() > key.length()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char k = key.charAt(i);
            if (k != '*' && k != name.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a resource mask (rule line extension, INCLUDE mask, role or logonid mask, STC record) covers the whole name. */
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

    /** Whether a UID mask matches the start of a UID string padded with blanks to 24 characters. */
    public static boolean uidMatches(String mask, String uidString) {
        String padded = uidString.length() >= UID_LENGTH ? uidString : uidString + " ".repeat(UID_LENGTH - uidString.length());
        for (int i = 0; i < mask.length(); i++) {
            char c = mask.charAt(i);
            if (c == '-') {
                return true;
            }
            if (i >= padded.length()) {
                return false;
            }
            if (c != '*' && c != padded.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a UID mask matches every UID string: it starts with {@code -} or holds only asterisks. */
    public static boolean uidMatchesEveryone(String mask) {
        return mask.startsWith("-") || mask.isEmpty() || mask.chars().allMatch(c -> c == '*');
    }

    private static int compareUid(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            int ra = rank(a.charAt(i));
            int rb = rank(b.charAt(i));
            if (ra != rb) {
                return Integer.compare(ra, rb);
            }
            if (a.charAt(i) != b.charAt(i)) {
                return Character.compare(a.charAt(i), b.charAt(i));
            }
        }
        return Integer.compare(b.length(), a.length());
    }

    private static int rank(char c) {
        return c == '-' ? 2 : c == '*' ? 1 : 0;
    }
}
