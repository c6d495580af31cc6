package dev.esmscan.racf.access;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Orders generic profile names most specific first (formats §10.5, recommended rule): compare the
 * names left to right; at the first position where the kinds of character differ, a literal
 * character beats {@code %}, {@code %} beats {@code *}, and {@code *} beats {@code **}.
 * When one name's kinds are a prefix of the other's, the longer name is more specific; a full
 * tie is broken by the names' natural order so that the order is total and repeatable.
 */
public final class GenericSpecificity implements Comparator<String> {
    public static final GenericSpecificity MOST_SPECIFIC_FIRST = new GenericSpecificity();

    private static final int LITERAL = 3;
    private static final int PERCENT = 2;
    private static final int STAR = 1;
    private static final int DOUBLE_STAR = 0;

    private GenericSpecificity() {
    }

    @Override
    public int compare(String a, String b) {
        List<Integer> ka = kinds(a);
        List<Integer> kb = kinds(b);
        int common = Math.min(ka.size(), kb.size());
        for (int i = 0; i < common; i++) {
            int byKind = Integer.compare(kb.get(i), ka.get(i));
            if (byKind != 0) {
                return byKind;
            }
        }
        int byLength = Integer.compare(kb.size(), ka.size());
        return byLength != 0 ? byLength : a.compareTo(b);
    }

    /** The name as a sequence of character kinds; {@code **} is one element. */
    static List<Integer> kinds(String name) {
        List<Integer> kinds = new ArrayList<>(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '*' && i + 1 < name.length() && name.charAt(i + 1) == '*') {
                kinds.add(DOUBLE_STAR);
                i++;
            } else if (c == '*') {
                kinds.add(STAR);
            } else if (c == '%') {
                kinds.add(PERCENT);
            } else {
                kinds.add(LITERAL);
            }
        }
        return kinds;
    }
}
