package dev.esmscan.tss.access;

import java.util.regex.Pattern;

/**
 * How a permitted or owned resource name covers a requested one. A name without mask characters
 * is a prefix: {@code BPX.} covers {@code BPX.SERVER}. A name holding {@code *} (any characters
 * within a qualifier) or {@code +} / {@code %} (one character) is a mask and must match the whole
 * resource name. The more literal characters a name has, the more specific it is; at equal
 * length a prefix beats a mask.
 */
public final class ResourcePattern {

    private ResourcePattern() {
    }

    public static boolean isMask(String name) {
        return name.indexOf('*') >= 0 || name.indexOf('+') >= 0 || name.indexOf('%') >= 0;
    }

    public static boolean covers(String name, String resource) {
        if (!isMask(name)) {
            return resource.startsWith(name);
        }
        StringBuilder re = new StringBuilder();
        for (char c : name.toCharArray()) {
            switch (c) {
                case '*' -> re.append("[^.]*");
                case '+', '%' -> re.append("[^.]");
                default -> re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.matches(re.toString(), resource);
    }

    /** Larger is more specific. */
    public static long specificity(String name) {
        long literal = name.chars().filter(c -> c != '*' && c != '+' && c != '%').count();
        return literal * 2 + (isMask(name) ? 0 : 1);
    }
}
