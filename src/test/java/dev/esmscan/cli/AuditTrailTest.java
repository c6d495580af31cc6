package dev.esmscan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an auditor signs: which system, which inputs (by digest) and which rule pack a report
 * came from, in every format; sources cited as Zowe's documentation; the exit code explained on
 * stdout; usage errors in words.
 */
class AuditTrailTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ALL = "json,text,html,sarif,junit,csv,md";
    private static final String SEED_NAME = "000_f6430533b2adc5a1";

    @TempDir
    Path tmp;

    private JsonNode report(Path dir) throws Exception {
        return JSON.readTree(dir.resolve("report.json").toFile());
    }

    @Test
    void everyFormatNamesTheSystemTheInputsDigestsAndTheRulePack() throws Exception {
        Path out = tmp.resolve("out");
        CliRunner run = CliRunner.run("scan", "sample-exports/racf/", "--out", out.toString(), "--format", ALL, "--as-of", "2026-01-15");
        JsonNode report = report(out);
        assertEquals("PRD1", report.at("/system/name").asText(), "the sysname of the sample zowe.yaml's haInstances");
        assertEquals("zowe.yaml haInstances.*.sysname", report.at("/system/source").asText());
        String digest = report.at("/pack/digest").asText();
        assertTrue(digest.matches("sha256:[0-9a-f]{64}"), digest);
        assertEquals("1.0.0", report.at("/pack/version").asText());
        JsonNode unload = report.at("/inputs/0");
        assertEquals("sample-exports/racf/site.irrdbu00", unload.get("path").asText());
        String sha = unload.get("sha256").asText();
        assertEquals(Files.size(Path.of("sample-exports/racf/site.irrdbu00")), unload.get("size").asLong());
        assertEquals("file modification time", unload.get("dateSource").asText());

        String text = Files.readString(out.resolve("report.txt"));
        assertTrue(text.contains("  system PRD1 (from zowe.yaml haInstances.*.sysname), scan date 2026-01-15\n"), text);
        assertTrue(text.contains("  rule pack zowe 1.0.0 (" + digest + "), citing https://docs.zowe.org/v3.0.x/\n"), text);
        assertTrue(text.contains("    sha256 " + sha + ", "), text);
        assertTrue(run.out().startsWith(text), "stdout is the text report, then the summary line");

        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("<strong id=\"system\">PRD1</strong>"), "HTML header names the system");
        assertTrue(html.contains("<code id=\"pack-digest\">" + digest + "</code>"));
        assertTrue(html.contains("<td class=\"hash\">" + sha + "</td>"));

        JsonNode sarif = JSON.readTree(out.resolve("report.sarif").toFile());
        JsonNode runNode = sarif.at("/runs/0");
        assertEquals("PRD1", runNode.at("/properties/system").asText());
        assertEquals(digest, runNode.at("/properties/rulePack/digest").asText());
        assertEquals("sample-exports/racf/site.irrdbu00", runNode.at("/artifacts/0/location/uri").asText());
        assertEquals(sha, runNode.at("/artifacts/0/hashes/sha-256").asText());
        assertEquals(unload.get("size").asLong(), runNode.at("/artifacts/0/length").asLong());

        String junit = Files.readString(out.resolve("report.junit.xml"));
        assertTrue(junit.contains("<property name=\"system\" value=\"PRD1\"/>"), junit);
        assertTrue(junit.contains("<property name=\"rule.pack.digest\" value=\"" + digest + "\"/>"));
        assertTrue(junit.contains("<property name=\"input.1.sha256\" value=\"" + sha + "\"/>"));

        String csv = Files.readString(out.resolve("report.csv"));
        assertTrue(csv.startsWith("id,status,severity,subject,title,section,source,evidence,remediation,baseline,waiver,url,system,scan_date,rule_pack,inputs\r\n"), csv);
        assertTrue(csv.contains(",PRD1,2026-01-15,zowe 1.0.0 (" + digest + "),"), "each row names the scan");
        assertTrue(csv.contains("sample-exports/racf/site.irrdbu00 sha256:" + sha));

        String md = Files.readString(out.resolve("report.md"));
        assertTrue(md.startsWith("# esmscan report: RACF\n\nSystem PRD1, scan date 2026-01-15, esmscan "), md.substring(0, 400));
        assertTrue(md.contains("`" + digest + "`"));
        assertTrue(md.contains("`" + sha + "`"));
    }

    @Test
    void sourcesCiteZowesDocumentationInEveryFormatAndTheSeedNameNowhere() throws Exception {
        Path out = tmp.resolve("out");
        CliRunner scan = CliRunner.run("scan", "--out", out.toString(), "--format", ALL, "--as-of", "2026-01-15");
        String section = "Zowe documentation: Customizing z/OS system security \u203A Configure the cross memory server for SAF";
        String url = "https://docs.zowe.org/v3.0.x/user-guide/configure-zos-system#configure-the-cross-memory-server-for-saf";
        List<Path> files;
        try (Stream<Path> list = Files.list(out)) {
            files = list.sorted().toList();
        }
        assertEquals(7, files.size());
        for (Path f : files) {
            String content = Files.readString(f);
            assertFalse(content.contains(SEED_NAME), f + " names the seed file");
            assertTrue(content.contains(url), f + " links the section");
        }
        assertFalse(scan.out().contains(SEED_NAME));
        assertTrue(Files.readString(out.resolve("report.txt")).contains("see: " + section + " <" + url + ">"));
        assertTrue(Files.readString(out.resolve("report.html")).contains("<a href=\"" + url + "\">" + section + "</a>"));
        JsonNode rules = JSON.readTree(out.resolve("report.sarif").toFile()).at("/runs/0/tool/driver/rules");
        for (JsonNode rule : rules) {
            assertTrue(rule.get("helpUri").asText().startsWith("https://docs.zowe.org/v3.0.x/user-guide/"), rule.toString());
        }
        assertTrue(Files.readString(out.resolve("report.md")).contains("](" + url + ")"));

        CliRunner text = CliRunner.run("rules");
        assertFalse(text.out().contains(SEED_NAME), "esmscan rules cites the documentation");
        assertTrue(text.out().contains(section + "\n    " + url + "\n"), text.out());
        JsonNode catalogue = JSON.readTree(CliRunner.run("rules", "--json").out());
        for (JsonNode r : catalogue) {
            assertTrue(r.get("source").asText().startsWith("Zowe documentation: "), r.toString());
            assertTrue(r.get("provenance").asText().matches("00[01]_[0-9a-f]{16}\\.txt"), "the seed stays as provenance: " + r);
        }
    }

    @Test
    void theSystemNameComesFromTheOptionElseZoweYamlElseNowhere() throws Exception {
        CliRunner.run("scan", "sample-exports/racf/", "--system", "sys9", "--out", tmp.resolve("a").toString(), "--format", "json");
        assertEquals("SYS9", report(tmp.resolve("a")).at("/system/name").asText());
        assertEquals("--system", report(tmp.resolve("a")).at("/system/source").asText());

        CliRunner.run("scan", "sample-exports/racf/site.irrdbu00", "sample-exports/racf/setropts.txt", "--out", tmp.resolve("b").toString(),
                "--format", "json");
        assertTrue(report(tmp.resolve("b")).get("system").isNull(), "no zowe.yaml, no --system: no system named");
        assertTrue(CliRunner.run("render", tmp.resolve("b/report.json").toString(), "--format", "text", "--out", tmp.resolve("b").toString())
                .out().contains("  system not named, "));

        Path yaml = Files.writeString(tmp.resolve("zowe.yaml"), "haInstances:\n  a:\n    hostname: h1\n    sysname: sysb\n"
                + "  b:\n    hostname: h2\n    sysname: SYSA\n");
        CliRunner.run("scan", "sample-exports/racf/site.irrdbu00", "--zowe-yaml", yaml.toString(), "--out", tmp.resolve("c").toString(),
                "--format", "json");
        assertEquals("SYSA, SYSB", report(tmp.resolve("c")).at("/system/name").asText(), "every instance's system, sorted");

        CliRunner bad = CliRunner.run("scan", "--system", "NOT A NAME", "--out", tmp.resolve("d").toString());
        assertEquals(12, bad.exitCode());
        assertTrue(bad.err().contains("--system NOT A NAME: a z/OS system name is 1 to 8 letters, digits, @, # or $"), bad.err());
    }

    private static final Pattern CLASS_NAME = Pattern.compile("\\b(java|javax|picocli|com\\.fasterxml)\\.[a-z]+\\.[A-Za-z.]*[A-Z][A-Za-z]*(Exception|Error)\\b");

    private static void assertUsageError(CliRunner run, String saying) {
        assertEquals(12, run.exitCode(), run.err());
        assertTrue(run.err().contains(saying), run.err());
        Matcher m = CLASS_NAME.matcher(run.err());
        assertFalse(m.find(), "a Java class name in: " + run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void usageErrorsAreExit12WithASentence() throws Exception {
        Path file = Files.writeString(tmp.resolve("report.json"), "{}");
        for (String command : new String[] {"scan", "remediate"}) {
            CliRunner run = CliRunner.run(command, "--out", file.toString());
            assertUsageError(run, "--out " + file + ": this is a file; name a folder");
            assertEquals("{}", Files.readString(file), "nothing written");
        }
        assertUsageError(CliRunner.run("scan", "--out", file.resolve("below").toString()), "is a file, so no folder can be made below it");
        Path saved = tmp.resolve("saved");
        CliRunner.run("scan", "--out", saved.toString(), "--format", "json", "-q");
        assertUsageError(CliRunner.run("render", saved.resolve("report.json").toString(), "--out", file.toString()), "this is a file");
        assertUsageError(CliRunner.run("scan", "--as-of", "2026-02-30"), "'2026-02-30' is not a date; write it as YYYY-MM-DD");
        assertUsageError(CliRunner.run("scan", "--as-of", "yesterday"), "'yesterday' is not a date");
        assertUsageError(CliRunner.run("verify", "--as-of", "15.01.2026"), "is not a date");
        assertUsageError(CliRunner.run("scan", "--format", "pdf"), "unknown format 'pdf'");
        assertUsageError(CliRunner.run("scan", "--feature", "idt=maybe"), "use on or off");
    }

    @Test
    void stdoutEndsWithTheSummaryAndTheReasonForTheExitCodeWhateverTheFormat() throws Exception {
        for (String formats : new String[] {"json", "html,sarif", "text", ALL}) {
            Path out = tmp.resolve(formats.replace(',', '-'));
            CliRunner run = CliRunner.run("scan", "--out", out.toString(), "--format", formats, "--as-of", "2026-01-15");
            String[] lines = run.out().split("\n");
            String last = lines[lines.length - 1];
            assertEquals(8, run.exitCode());
            assertTrue(last.matches("esmscan scan: \\d+ FAIL, 0 ERROR, 0 WAIVED, \\d+ MANUAL, \\d+ PASS, \\d+ NOT_APPLICABLE;"
                    + " exit 8: \\d+ failures need a person"), formats + ": " + last);
            if (!formats.contains("text")) {
                assertEquals(1, lines.length, "without text in --format, only the summary line: " + run.out());
            }
        }
        CliRunner quiet = CliRunner.run("scan", "--out", tmp.resolve("q").toString(), "--format", ALL, "--quiet");
        assertEquals(8, quiet.exitCode());
        assertEquals("", quiet.out(), "--quiet silences stdout");
        assertEquals("", quiet.err(), "and the list of files written");
        assertTrue(Files.exists(tmp.resolve("q/report.txt")), "the files are written all the same");
    }

    @Test
    void remediateAndVerifyCountTheSameChangesAndFailures() throws Exception {
        CliRunner remediate = CliRunner.run("remediate", "--out", tmp.resolve("jobs").toString());
        CliRunner verify = CliRunner.run("verify");
        Matcher r = Pattern.compile("esmscan remediate: (\\d+) changes fix the (\\d+) failures that commands can fix").matcher(remediate.out());
        Matcher v = Pattern.compile("esmscan verify: the generated job's (\\d+) changes fixed (\\d+) of (\\d+) fixable failures").matcher(verify.out());
        assertTrue(r.find(), remediate.out());
        assertTrue(v.find(), verify.out());
        assertEquals(r.group(1), v.group(1), "the same number of changes");
        assertEquals(r.group(2), v.group(3), "the same fixable failures");
        assertTrue(verify.out().trim().endsWith("esmscan verify: exit 0: every fixable failure is fixed"), verify.out());
        assertTrue(remediate.out().trim().endsWith("exit 8: 8 failures need a person"), remediate.out());
    }

    @Test
    void diffListsTheScopeFirstAndAChangedScopeExits4() throws Exception {
        Path q3 = tmp.resolve("q3");
        Path q4 = tmp.resolve("q4");
        CliRunner.run("scan", "--out", q3.toString(), "--format", "json", "--as-of", "2026-01-15", "-q");
        CliRunner.run("scan", "--out", q4.toString(), "--format", "json", "--as-of", "2026-04-15", "-q");
        CliRunner same = CliRunner.run("diff", q3.resolve("report.json").toString(), q4.resolve("report.json").toString());
        assertEquals(0, same.exitCode(), same.out());
        assertTrue(same.out().contains("Same scope"), same.out());
        assertTrue(same.out().contains("  sample-exports/racf/site.irrdbu00: the same file (sha256 "), same.out());
        assertTrue(same.out().endsWith("esmscan diff: exit 0: nothing got worse\n"), same.out());

        Path other = tmp.resolve("other");
        CliRunner.run("scan", "--out", other.toString(), "--format", "json", "--as-of", "2026-01-15", "-q",
                "--zowe-users", "APPDEV,PAYDEV", "--feature", "mfa=on", "--feature", "smf=off");
        CliRunner changed = CliRunner.run("diff", q3.resolve("report.json").toString(), other.resolve("report.json").toString());
        assertEquals(4, changed.exitCode(), changed.out());
        String text = changed.out();
        assertTrue(text.contains("\nScope changed (3): "), text);
        assertTrue(text.contains("  settings.zoweUsers: APPDEV -> APPDEV, PAYDEV\n"), text);
        assertTrue(text.contains("  settings.features.mfa: off -> on\n"), text);
        assertTrue(text.contains("  settings.features.smf: on -> off\n"), text);
        assertTrue(text.indexOf("Scope changed") < text.indexOf("New failures"), "the scope comes first");
        assertTrue(text.endsWith("esmscan diff: exit 4: scope changed (3 differences in what was checked)\n")
                || text.contains("esmscan diff: exit 4: scope changed (3 differences in what was checked);"), text);
    }

    @Test
    void aDifferentRulePackIsAScopeChange() throws Exception {
        Path rules = tmp.resolve("rules");
        try (Stream<Path> walk = Files.walk(Path.of("rules"))) {
            for (Path p : walk.toList()) {
                Path target = rules.resolve(Path.of("rules").relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        Path pack = rules.resolve("zowe/pack.yaml");
        Files.writeString(pack, Files.readString(pack).replace("version: 1.0.0", "version: 1.0.1-site"));
        CliRunner.run("scan", "--out", tmp.resolve("a").toString(), "--format", "json", "-q");
        CliRunner.run("scan", "--out", tmp.resolve("b").toString(), "--format", "json", "-q", "--rules", rules.toString());
        assertEquals("1.0.1-site", report(tmp.resolve("b")).at("/pack/version").asText());
        CliRunner diff = CliRunner.run("diff", tmp.resolve("a/report.json").toString(), tmp.resolve("b/report.json").toString());
        assertEquals(4, diff.exitCode());
        assertTrue(diff.out().contains("  rule pack: zowe 1.0.0 sha256:"), diff.out());
        assertTrue(diff.out().contains(" -> zowe 1.0.1-site sha256:"), diff.out());
    }

    @Test
    void versionNamesTheBuildsCommitAndTheRulePacksDigest() throws Exception {
        CliRunner run = CliRunner.run("--version");
        assertEquals(0, run.exitCode());
        String[] lines = run.out().split("\n");
        assertTrue(lines[0].matches("esmscan \\d+\\.\\d+\\.\\d+.*"), run.out());
        assertTrue(lines[1].matches("commit ([0-9a-f]{7,40}(-dirty)?|unknown)"), run.out());
        assertEquals("rule pack zowe 1.0.0 " + dev.esmscan.policy.PolicyPack.embeddedIdentity().digest(), lines[2]);
    }
}
