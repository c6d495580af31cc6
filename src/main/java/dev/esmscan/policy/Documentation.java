package dev.esmscan.policy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The documentation a policy pack was written against, as its {@code pack.yaml} declares it: the
 * site and documentation version, and for each source a rule's {@code @source} names (the page as
 * the pack's authors read it), the page's title, path and headings in page order. A requirement's
 * {@code @section} is one of those headings; its link is the page's address with the heading's
 * anchor, as the documentation site makes anchors (below).
 */
public final class Documentation {
    /** The version path used when a pack names none. */
    public static final String FALLBACK_VERSION = "stable";

    private final String site;
    private final String version;
    private final Map<String, Page> pages;

    /** One page: its title, its path below the versioned site, and its headings in page order. */
    public record Page(String title, String path, List<String> headings) {
        public Page {
            headings = List.copyOf(headings);
        }

        /** The anchor of each heading, in page order (a repeated heading's later anchors carry -1, -2, ...). */
        public List<String> anchors() {
            Map<String, Integer> seen = new HashMap<>();
            List<String> anchors = new ArrayList<>();
            for (String h : headings) {
                anchors.add(unique(slug(h), seen));
            }
            return anchors;
        }
    }

    public Documentation(String site, String version, Map<String, Page> pages) {
        this.site = site.endsWith("/") ? site.substring(0, site.length() - 1) : site;
        this.version = version == null || version.isBlank() ? FALLBACK_VERSION : version;
        this.pages = new LinkedHashMap<>(pages);
    }

    /** A pack that declares no documentation: its sources stay as its rules name them. */
    public static Documentation none() {
        return new Documentation("", FALLBACK_VERSION, Map.of());
    }

    public boolean isEmpty() {
        return pages.isEmpty();
    }

    /** The versioned address of the documentation, e.g. https://docs.zowe.org/v3.0.x/ ("" when none is declared). */
    public String base() {
        return site.isEmpty() ? "" : site + "/" + version + "/";
    }

    public Map<String, Page> pages() {
        return pages;
    }

    /**
     * The citation of a section of the page a rule's {@code @source} names; empty when the pack
     * declares no such page.
     *
     * @throws PolicyException when the page is declared but has no such heading (the link would be wrong)
     */
    public Optional<Citation> cite(String source, String section, String where) {
        Page page = pages.get(source);
        if (page == null) {
            return Optional.empty();
        }
        int at = page.headings().indexOf(section);
        if (at < 0) {
            throw new PolicyException(where + ": @section(\"" + section + "\") is not a heading of \"" + page.title()
                    + "\" (" + source + "); the pack.yaml lists its headings");
        }
        return Optional.of(new Citation(page.title(), section, base() + page.path() + "#" + page.anchors().get(at)));
    }

    /**
     * A heading's anchor as the documentation site (Docusaurus, with GitHub's slugger) makes it:
     * lower case; every character that is not a letter, a mark, a digit, a connector such as '_',
     * a blank or '-' removed; each blank a '-'. "Configure multi-user address space (for TSS only)"
     * becomes "configure-multi-user-address-space-for-tss-only".
     */
    public static String slug(String heading) {
        String lower = heading.trim().toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        lower.codePoints().forEach(c -> {
            int type = Character.getType(c);
            boolean kept = Character.isLetter(c) || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK || type == Character.DECIMAL_DIGIT_NUMBER
                    || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER
                    || type == Character.CONNECTOR_PUNCTUATION || c == '-';
            if (c == ' ') {
                out.append('-');
            } else if (kept) {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    /** The slug, or the slug with -1, -2, ... when an earlier heading of the page had it. */
    private static String unique(String slug, Map<String, Integer> seen) {
        String result = slug;
        while (seen.containsKey(result)) {
            int n = seen.merge(slug, 1, Integer::sum);
            result = slug + "-" + n;
        }
        seen.put(result, 0);
        return result;
    }
}
