package dev.esmscan.report.waiver;

import java.util.regex.Pattern;

/**
 * A waiver's subject: an exact name, or a RACF-style generic pattern. {@code %} is exactly one
 * character, {@code *} zero or more characters within one qualifier (never a period), {@code **}
 * zero or more characters across qualifiers. Matching is case-sensitive and covers the whole
 * subject: a pattern never covers more than it spells out.
 */
public final class SubjectPattern {
    private final String text;
    private final Pattern regex;

    private SubjectPattern(String text, Pattern regex) {
        this.text = text;
        this.regex = regex;
    }

    public static SubjectPattern of(String text) {
        if (text.indexOf('*') < 0 && text.indexOf('%') < 0) {
            return new SubjectPattern(text, null);
        }
        StringBuilder re = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '*' && c != '%') {
                literal.append(c);
                continue;
            }
            if (literal.length() > 0) {
                re.append(Pattern.quote(literal.toString()));
                literal.setLength(0);
            }
            if (c == '%') {
                re.append("[^.]");
            } else if (i + 1 < text.length() && text.charAt(i + 1) == '*') {
                re.append(".*");
                i++;
            } else {
                re.append("[^.]*");
            }
        }
        if (literal.length() > 0) {
            re.append(Pattern.quote(literal.toString()));
        }
        return new SubjectPattern(text, Pattern.compile(re.toString(), Pattern.DOTALL));
    }

    public boolean matches(String subject) {
        return regex == null ? text.equals(subject) : regex.matcher(subject).matches();
    }

    public boolean isGeneric() {
        return regex != null;
    }

    @Override
    public String toString() {
        return text;
    }
}
