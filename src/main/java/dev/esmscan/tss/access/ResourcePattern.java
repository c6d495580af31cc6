package dev.esmscan.tss.access;

import java.util.regex.Pattern;

/**
 * How a permitted or owned resource name covers a requested one; it depends on the class's RDT
 * attribute MASK or NOMASK.
 *
 * <p>NOMASK (IBMFAC's default, Broadcom KB 139476): every character is literal, an asterisk
 * included; the name is a prefix ({@code BPX.} covers {@code BPX.SERVER}). The special name
 * {@code *ALL*} covers every owned resource of the class (Command Functions, "Resource Masking").
 *
 * <p>MASK: a name without mask characters is a prefix; a masked name "is treated like a generic
 * prefix" (User Guide, "Masking"): it covers every resource that begins with what the mask
 * matches. {@code *} stands for zero to eight characters (KB 32413), and {@code *.} may vanish
 * with its period, so {@code SAL.*.ABC} covers {@code SAL.ABC}, {@code SAL.BCKUP.ABC} and
 * {@code SAL.US.REC.ABC} (Implementation Guide, "Masking"); {@code +} stands for one character;
 * {@code %} stands for the ACID of the requester; {@code -} for any number of characters, across
 * qualifiers.
 *
 * <p>The more literal characters a name has, the more specific it is; at equal count a name
 * without mask characters beats a mask.
 */
public final class ResourcePattern {

    private ResourcePattern() {
    }

    /** Whether the name holds a mask character (meaningful only in a MASK class). */
    public static boolean isMask(String name) {
        return name.indexOf('*') >= 0 || name.indexOf('+') >= 0 || name.indexOf('%') >= 0 || name.indexOf('-') >= 0;
    }

    /**
     * Whether {@code name} covers {@code resource}.
     *
     * @param maskable  the class is MASK
     * @param requester the ACID a {@code %} stands for; null for "some ACID" (any one qualifier)
     */
    public static boolean covers(String name, String resource, boolean maskable, String requester) {
        if (!maskable) {
            return name.equals("*ALL*") || resource.startsWith(name);
        }
        if (!isMask(name)) {
            return resource.startsWith(name);
        }
        return Pattern.compile(regex(name, requester)).matcher(resource).lookingAt();
    }

    private static String regex(String name, String requester) {
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            switch (c) {
                case '*' -> {
                    if (i + 1 < name.length() && name.charAt(i + 1) == '.') {
                        re.append("(?:.{0,8}\\.)?");
                        i++;
                    } else {
                        re.append(".{0,8}");
                    }
                }
                case '+' -> re.append("[^.]");
                case '%' -> re.append(requester == null ? "[^.]{1,8}" : Pattern.quote(requester));
                case '-' -> re.append(".*");
                default -> re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return re.toString();
    }

    /** Larger is more specific. */
    public static long specificity(String name, boolean maskable) {
        if (!maskable) {
            return name.equals("*ALL*") ? 0 : name.length() * 2L + 1;
        }
        long literal = name.chars().filter(c -> c != '*' && c != '+' && c != '%' && c != '-').count();
        return literal * 2 + (isMask(name) ? 0 : 1);
    }
}
