package dev.esmscan.policy;

/**
 * Where a requirement is written down: the Zowe documentation page, the section heading on it, and
 * the link to that section.
 *
 * @param page    the page's title, e.g. "Customizing z/OS system security"
 * @param section the heading of the section, as the page writes it
 * @param url     the section's address, with its anchor
 */
public record Citation(String page, String section, String url) {

    /** "Zowe documentation: PAGE", the source as reports name it. */
    public String source() {
        return "Zowe documentation: " + page;
    }

    /** "Zowe documentation: PAGE › SECTION". */
    public String text() {
        return source() + " \u203A " + section;
    }
}
