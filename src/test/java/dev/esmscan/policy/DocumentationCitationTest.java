package dev.esmscan.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The built-in pack cites Zowe's documentation: each page's headings in its pack.yaml are the
 * seed's own, every anchor is the one the documentation site makes (the seeds' own links to their
 * sections resolve to them), and every requirement links a section of the versioned documentation.
 */
class DocumentationCitationTest {
    private static final Path SEEDS = Path.of(System.getProperty("esmscan.shared", "../shared"), "seeds");
    private static final String PAGE_000 = "000_f6430533b2adc5a1.txt";
    private static final String PAGE_001 = "001_3e3667a38cfe1fb7.txt";
    private static final PolicyPack PACK = PolicyPack.embedded();

    /** The headings a reader sees: Markdown ATX headings outside fenced code and outside HTML comments. */
    static List<String> headings(Path seed) throws IOException {
        List<String> headings = new ArrayList<>();
        boolean fenced = false;
        boolean comment = false;
        for (String line : Files.readAllLines(seed)) {
            String t = line.trim();
            if (t.startsWith("```")) {
                fenced = !fenced;
            } else if (!fenced && t.startsWith("<!--")) {
                comment = !t.contains("-->");
            } else if (comment) {
                comment = !t.contains("-->");
            } else if (!fenced && line.matches("#{1,6} .*")) {
                headings.add(line.replaceFirst("^#+ ", "").trim());
            }
        }
        return headings;
    }

    @Test
    void eachPagesHeadingsAreTheSeedsOwnInPageOrder() throws IOException {
        Map<String, Documentation.Page> pages = PACK.documentation().pages();
        assertEquals(new TreeSet<>(List.of(PAGE_000, PAGE_001)), new TreeSet<>(pages.keySet()));
        for (Map.Entry<String, Documentation.Page> e : pages.entrySet()) {
            assertEquals(headings(SEEDS.resolve(e.getKey())), e.getValue().headings(), e.getKey());
            assertEquals(e.getValue().headings().get(0), e.getValue().title(), "the page's title is its first heading");
        }
        assertEquals("user-guide/configure-zos-system", pages.get(PAGE_000).path());
        assertEquals("user-guide/address-security-requirements", pages.get(PAGE_001).path());
    }

    /** Seed 000 lists its sections in a table of links to their anchors: each must be an anchor of the page. */
    @Test
    void theSeedsOwnLinksToTheirSectionsAreAnchorsOfThePage() throws IOException {
        List<String> anchors000 = PACK.documentation().pages().get(PAGE_000).anchors();
        Matcher own = Pattern.compile("\\]\\(#([a-z0-9_-]+)\\)").matcher(Files.readString(SEEDS.resolve(PAGE_000)));
        int links = 0;
        while (own.find()) {
            assertTrue(anchors000.contains(own.group(1)), own.group(1) + " is not among " + anchors000);
            links++;
        }
        assertTrue(links >= 10, "the seed's table of sections was not found: " + links);
        // seed 001 links sections of the other page
        Matcher other = Pattern.compile("configure-zos-system\\.md/?#([a-z0-9_-]+)\\)").matcher(Files.readString(SEEDS.resolve(PAGE_001)));
        int cross = 0;
        while (other.find()) {
            assertTrue(anchors000.contains(other.group(1)), other.group(1) + " is not among " + anchors000);
            cross++;
        }
        assertTrue(cross >= 2, "seed 001's links to seed 000 were not found");
    }

    /** Docusaurus (GitHub's slugger) gives a repeated heading's second anchor the suffix -1. */
    @Test
    void theRepeatedJobNamingHeadingsSecondAnchorCarriesMinusOne() {
        List<String> headings = PACK.documentation().pages().get(PAGE_000).headings();
        List<String> anchors = PACK.documentation().pages().get(PAGE_000).anchors();
        int first = headings.indexOf("Configure address space job naming");
        int second = headings.lastIndexOf("Configure address space job naming");
        assertTrue(second > first, "seed 000 repeats the job naming heading");
        assertEquals("configure-address-space-job-naming", anchors.get(first));
        assertEquals("configure-address-space-job-naming-1", anchors.get(second));
        assertEquals(anchors.size(), new TreeSet<>(anchors).size(), "anchors are unique");
    }

    @Test
    void slugsAreTheDocumentationSitesAnchors() {
        assertEquals("configure-multi-user-address-space-for-tss-only", Documentation.slug("Configure multi-user address space (for TSS only)"));
        assertEquals("configure-signed-saf-identity-tokens-idt", Documentation.slug("Configure signed SAF Identity tokens (IDT)"));
        assertEquals("zowe_user", Documentation.slug("zowe_user"));
        assertEquals("zos-prerequisites", Documentation.slug("z/OS prerequisites"));
        assertEquals("multi-factor-authentication-mfa", Documentation.slug("Multi-Factor Authentication (MFA)"));
    }

    @Test
    void everyRequirementLinksASectionOfTheVersionedDocumentation() {
        assertEquals("https://docs.zowe.org/v3.0.x/", PACK.identity().documentation());
        for (Requirement r : PACK.catalogue().requirements()) {
            Citation c = r.citation();
            assertNotNull(c, r.id() + " cites no documentation");
            assertEquals(r.section(), c.section(), r.id());
            assertTrue(c.url().startsWith("https://docs.zowe.org/v3.0.x/user-guide/"), r.id() + ": " + c.url());
            Documentation.Page page = PACK.documentation().pages().get(r.source());
            assertEquals(page.title(), c.page(), r.id());
            assertEquals("https://docs.zowe.org/v3.0.x/" + page.path() + "#" + page.anchors().get(page.headings().indexOf(r.section())),
                    c.url(), r.id());
            assertEquals("Zowe documentation: " + page.title(), r.citedSource(), r.id());
        }
        Requirement zis = PACK.catalogue().get("ZWE-FAC-ZWESIS");
        assertEquals("Zowe documentation: Customizing z/OS system security \u203A Configure the cross memory server for SAF",
                zis.citation().text());
        assertEquals("https://docs.zowe.org/v3.0.x/user-guide/configure-zos-system#configure-the-cross-memory-server-for-saf",
                zis.url());
    }

    @Test
    void withoutADeclaredVersionTheStableDocumentationIsLinked() {
        Documentation d = new Documentation("https://docs.zowe.org", null,
                Map.of("p.txt", new Documentation.Page("Page", "user-guide/p", List.of("Page", "A (b)"))));
        assertEquals("https://docs.zowe.org/stable/user-guide/p#a-b", d.cite("p.txt", "A (b)", "x").orElseThrow().url());
        assertTrue(d.cite("other.txt", "A (b)", "x").isEmpty(), "a source the pack does not document stays as it is");
        PolicyException e = assertThrows(PolicyException.class, () -> d.cite("p.txt", "Missing", "rules/x.drl: rule \"r\""));
        assertTrue(e.getMessage().startsWith("rules/x.drl: rule \"r\": @section(\"Missing\") is not a heading of \"Page\""), e.getMessage());
    }
}
