package dev.esmscan.racf.access;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Orders generic profile names most specific first (formats §10.5, recommended rule): compare the
 * names left to right; at the first position where the kinds of character differ, a literal
 * character beats {@code %}, {@code %} beats {@code *}, and {@code *} beats {@code **}.
 * When one name's kinds are a prefix of the other's, the longer name is more specific; a full
 * tie is broken by the names' natural order so that the order is total and repeatable.
 */
public final class GenericSpecificity implements Comparator<String> {
    public static final GenericSpecificity MOST_SPECIFIC_FIRST = new GenericSpecificity();

    private static final byte LITERAL = 3;
    private static final byte PERCENT = 2;
    private static final byte STAR = 1;
    private static final byte DOUBLE_STAR = 0;

    private GenericSpecificity() {
    }

    @Override
    public int compare(String a, String b) {
        return keyOf(a).compareTo(keyOf(b));
    }

    /** A name with its kinds worked out once, for sorting many names. */
    public static Key keyOf(String name) {
        return new Key(name, kinds(name));
    }

    /** A name and its sequence of character kinds, ordered most specific first. */
    public record Key(String name, byte[] kinds) implements Comparable<Key> {
        @Override
        public int compareTo(Key other) {
            // the other's kinds against these: the higher kind at the first difference, else the longer, comes first
            int byKinds = Arrays.compare(other.kinds, kinds);
            return byKinds != 0 ? byKinds : name.compareTo(other.name);
        }
    }

    /** The name as a sequence of character kinds; {@code **} is one element. */
    static byte[] kinds(String name) {
        byte[] kinds = new byte[name.length()];
        int n = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '*' && i + 1 < name.length() && name.charAt(i + 1) == '*') {
                kinds[n++] = DOUBLE_STAR;
                i++;
            } else if (c == '*') {
                kinds[n++] = STAR;
            } else if (c == '%') {
                kinds[n++] = PERCENT;
            } else {
                kinds[n++] = LITERAL;
            }
        }
        return n == kinds.length ? kinds : Arrays.copyOf(kinds, n);
    }
}
