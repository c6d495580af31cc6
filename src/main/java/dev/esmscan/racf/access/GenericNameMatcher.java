package dev.esmscan.racf.access;

import java.util.regex.Pattern;

/**
 * A RACF generic profile name compiled for matching resource names.
 * General resources follow formats §10.2; data sets follow §10.3 with or without
 * enhanced generic naming (EGN).
 */
public final class GenericNameMatcher {
    private static final String QUALIFIER = "[^.]+";

    private final String profileName;
    private final Rules rules;
    private final String literalPrefix;
    /** Compiled on first need: most names are told apart by their literal prefix alone. */
    private volatile Pattern pattern;

    private GenericNameMatcher(String profileName, Rules rules) {
        this.profileName = profileName;
        this.rules = rules;
        this.literalPrefix = literalPrefix(profileName);
    }

    /** A general resource profile name (any class but DATASET). */
    public static GenericNameMatcher forGeneralResource(String profileName) {
        return new GenericNameMatcher(profileName, Rules.GENERAL_RESOURCE);
    }

    /** A data set profile name, matched with or without enhanced generic naming. */
    public static GenericNameMatcher forDataset(String profileName, boolean enhancedGenericNaming) {
        return new GenericNameMatcher(profileName, enhancedGenericNaming ? Rules.DATASET_EGN : Rules.DATASET_NOEGN);
    }

    public String profileName() {
        return profileName;
    }

    public boolean matches(String resourceName) {
        return resourceName.startsWith(literalPrefix) && pattern().matcher(resourceName).matches();
    }

    private Pattern pattern() {
        Pattern compiled = pattern;
        if (compiled == null) {
            compiled = Pattern.compile(translate(profileName, rules), Pattern.DOTALL);
            pattern = compiled;
        }
        return compiled;
    }

    /**
     * How the generic characters behave. {@code percentMatchesPeriod}: % may match a period.
     * {@code trailingStarSpansQualifiers}: a * ending the name after other characters
     * (ABC.DEF*) matches to the end of the name across qualifiers.
     * {@code endingStarQualifierMatchesMany}: ABC.* matches one or more qualifiers.
     */
    private enum Rules {
        GENERAL_RESOURCE(true, true, true),
        DATASET_NOEGN(false, true, true),
        DATASET_EGN(false, false, false);

        final boolean percentMatchesPeriod;
        final boolean trailingStarSpansQualifiers;
        final boolean endingStarQualifierMatchesMany;

        Rules(boolean percentMatchesPeriod, boolean trailingStarSpansQualifiers, boolean endingStarQualifierMatchesMany) {
            this.percentMatchesPeriod = percentMatchesPeriod;
            this.trailingStarSpansQualifiers = trailingStarSpansQualifiers;
            this.endingStarQualifierMatchesMany = endingStarQualifierMatchesMany;
        }
    }

    private static String translate(String profileName, Rules rules) {
        String[] qualifiers = profileName.split("\\.", -1);
        int last = qualifiers.length - 1;
        StringBuilder regex = new StringBuilder();
        boolean separatorPending = false;
        for (int i = 0; i <= last; i++) {
            String q = qualifiers[i];
            if (q.equals("**")) {
                // zero or more qualifiers: the pattern carries the period on its open side
                if (last == 0) {
                    regex.append(".*");
                } else if (i == 0) {
                    regex.append("(?:" + QUALIFIER + "\\.)*");
                } else {
                    regex.append("(?:\\." + QUALIFIER + ")*");
                }
                separatorPending = i > 0;
                continue;
            }
            if (separatorPending) {
                regex.append("\\.");
            }
            separatorPending = true;
            if (q.equals("*")) {
                boolean many = i == last && rules.endingStarQualifierMatchesMany;
                regex.append(many ? QUALIFIER + "(?:\\." + QUALIFIER + ")*" : QUALIFIER);
            } else {
                regex.append(translateQualifier(q, i == last, rules));
            }
        }
        return regex.toString();
    }

    private static String translateQualifier(String qualifier, boolean lastQualifier, Rules rules) {
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        int end = qualifier.length();
        for (int i = 0; i < end; i++) {
            char c = qualifier.charAt(i);
            if (c != '*' && c != '%') {
                literal.append(c);
                continue;
            }
            if (literal.length() > 0) {
                regex.append(Pattern.quote(literal.toString()));
                literal.setLength(0);
            }
            if (c == '%') {
                regex.append(rules.percentMatchesPeriod ? "." : "[^.]");
            } else {
                boolean endsName = lastQualifier && qualifier.substring(i).chars().allMatch(ch -> ch == '*');
                regex.append(endsName && rules.trailingStarSpansQualifiers ? ".*" : "[^.]*");
            }
        }
        if (literal.length() > 0) {
            regex.append(Pattern.quote(literal.toString()));
        }
        return regex.toString();
    }

    /** The characters every matching name starts with: a cheap pre-check before the pattern. */
    private static String literalPrefix(String profileName) {
        int i = 0;
        while (i < profileName.length() && profileName.charAt(i) != '*' && profileName.charAt(i) != '%') {
            i++;
        }
        String prefix = profileName.substring(0, i);
        boolean doubleStarQualifierFollows = prefix.endsWith(".") && profileName.startsWith("**", i);
        return doubleStarQualifierFollows ? prefix.substring(0, prefix.length() - 1) : prefix;
    }

    @Override
    public String toString() {
        return profileName + " ~ " + pattern.pattern();
    }
}
