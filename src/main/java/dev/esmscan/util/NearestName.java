package dev.esmscan.util;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * The known name nearest to a mistyped one, for "did you mean ...?" messages: the fewest
 * insertions, deletions, substitutions and swaps of two neighbouring characters (case ignored),
 * within a limit that grows with the length of the name. Ties go to the candidate listed first.
 */
public final class NearestName {

    private NearestName() {
    }

    /** The candidate nearest to {@code word} within {@link #limit(String)} edits, if any. */
    public static Optional<String> of(String word, Collection<String> candidates) {
        return of(word, candidates, limit(word));
    }

    /** The candidate nearest to {@code word} within {@code maxEdits} edits, if any. */
    public static Optional<String> of(String word, Collection<String> candidates, int maxEdits) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(word, c);
            if (d <= maxEdits && d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /** One edit for names of up to four characters, two up to eight, three beyond. */
    public static int limit(String word) {
        return word.length() <= 4 ? 1 : word.length() <= 8 ? 2 : 3;
    }

    /** Edits between two names, case ignored (optimal string alignment distance). */
    public static int distance(String a, String b) {
        String s = a.toLowerCase(Locale.ROOT);
        String t = b.toLowerCase(Locale.ROOT);
        int[][] d = new int[s.length() + 1][t.length() + 1];
        for (int i = 0; i <= s.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= t.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= s.length(); i++) {
            for (int j = 1; j <= t.length(); j++) {
                int cost = s.charAt(i - 1) == t.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && s.charAt(i - 1) == t.charAt(j - 2) && s.charAt(i - 2) == t.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
            }
        }
        return d[s.length()][t.length()];
    }
}
