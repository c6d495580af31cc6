package dev.esmscan.tss.read;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of Top Secret LIST output split into its {@code KEY = value} pairs: at most two on a
 * line, the second key starting after two or more blanks (the grammar Zowe's ZIS parser keys on).
 * A continuation line ({@code "           = value"}) has an empty key.
 */
final class KeyValueLine {

    record Pair(String key, String value) {
    }

    private KeyValueLine() {
    }

    /** The pairs of a line; empty when the line holds no " = ". */
    static List<Pair> parse(String line) {
        List<Pair> pairs = new ArrayList<>();
        int eq = equalsAt(line, 0);
        if (eq < 0) {
            return pairs;
        }
        String key = line.substring(0, eq).trim();
        String rest = line.substring(eq + 1);
        int second = equalsAt(rest, 0);
        while (second >= 0) {
            String before = rest.substring(0, second).stripTrailing();
            int split = lastDoubleBlank(before);
            if (split < 0) {
                break;
            }
            pairs.add(new Pair(key, before.substring(0, split).trim()));
            key = before.substring(split).trim();
            rest = rest.substring(second + 1);
            second = equalsAt(rest, 0);
        }
        pairs.add(new Pair(key, rest.trim()));
        return pairs;
    }

    /** The index of an '=' with a blank before it (or at the start) and a blank after it (or at the end). */
    private static int equalsAt(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (s.charAt(i) == '=' && (i == 0 || s.charAt(i - 1) == ' ') && (i + 1 == s.length() || s.charAt(i + 1) == ' ')) {
                return i;
            }
        }
        return -1;
    }

    private static int lastDoubleBlank(String s) {
        int i = s.lastIndexOf("  ");
        if (i < 0) {
            return -1;
        }
        String key = s.substring(i).trim();
        return key.isEmpty() ? -1 : i;
    }
}
