package dev.esmscan.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.esmscan.cli.Main;
import dev.esmscan.report.ReportFixtures;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Comparator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opens report.html in headless Chromium, as an auditor would open the mail attachment. Screenshots go to target/. */
class HtmlReportBrowserTest {
    private static final String ROWS = "Array.from(document.querySelectorAll('#rows tr.result'))"
            + ".map(tr => [tr.querySelector('.id').textContent, tr.cells[1].textContent, tr.dataset.status])";
    /** Each drawn row as [ID, subject, status cell, severity cell]. */
    private static final String ROWS_WITH_SEVERITY = "Array.from(document.querySelectorAll('#rows tr.result'))"
            + ".map(tr => [tr.querySelector('.id').textContent, tr.cells[1].textContent, tr.cells[2].textContent, tr.cells[3].textContent])";
    /** The order people read results in, written out here rather than taken from the code under test. */
    private static final List<String> STATUS_ORDER = List.of("FAIL", "ERROR", "WAIVED", "MANUAL", "PASS", "NOT_APPLICABLE", "ABSENT");
    private static final List<String> SEVERITY_ORDER = List.of("high", "medium", "low");

    @TempDir
    Path tmp;

    private HeadlessChromium browser;

    @BeforeEach
    void launch() throws Exception {
        Optional<Path> chromium = HeadlessChromium.find();
        assumeTrue(chromium.isPresent(), "No Chromium found (looked at " + HeadlessChromium.searched()
                + "): browser test skipped. Install it with: apt-get install -y chromium");
        browser = HeadlessChromium.launch(chromium.get(), tmp.resolve("profile"));
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.close();
        }
    }

    private Path write(JsonNode report) throws Exception {
        return Files.write(tmp.resolve("report.html"), HtmlReport.render(report));
    }

    private static List<List<String>> rows(JsonNode value) {
        List<List<String>> rows = new ArrayList<>();
        value.forEach(r -> rows.add(List.of(r.get(0).asText(), r.get(1).asText(), r.get(2).asText())));
        return rows;
    }

    private static List<List<String>> expectedRows(JsonNode report, String status) {
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode r : displayOrder(report)) {
            if (status == null || status.equals(r.get("status").asText())) {
                rows.add(List.of(r.get("id").asText(), r.get("subject").asText(), r.get("status").asText()));
            }
        }
        return rows;
    }

    /** report.json's results as the page must list them: failures first (FAIL, ERROR, WAIVED, MANUAL, PASS, NOT_APPLICABLE), each status by severity, then ID and subject. */
    private static List<JsonNode> displayOrder(JsonNode report) {
        List<JsonNode> results = new ArrayList<>();
        report.get("results").forEach(results::add);
        results.sort(Comparator.comparingInt((JsonNode r) -> STATUS_ORDER.indexOf(r.get("status").asText()))
                .thenComparingInt(r -> SEVERITY_ORDER.indexOf(r.get("severity").asText()))
                .thenComparing(r -> r.get("id").asText()).thenComparing(r -> r.get("subject").asText()));
        return results;
    }

    private void select(String id, String value) throws Exception {
        browser.evaluate("(() => { const s = document.getElementById('" + id + "'); s.value = '" + value + "';"
                + " s.dispatchEvent(new Event('change')); })()");
    }

    @Test
    void summaryFilterAndEvidenceMatchTheReport() throws Exception {
        ObjectNode report = ReportFixtures.small();
        browser.open(write(report).toUri());

        JsonNode counts = browser.evaluate("Object.fromEntries(Array.from(document.querySelectorAll('[data-status-count]'))"
                + ".map(e => [e.dataset.statusCount, Number(e.textContent)]))");
        Map<String, Integer> shown = new LinkedHashMap<>();
        counts.fields().forEachRemaining(e -> shown.put(e.getKey(), e.getValue().asInt()));
        Map<String, Integer> expected = new LinkedHashMap<>();
        report.get("summary").fields().forEachRemaining(e -> expected.put(e.getKey(), e.getValue().asInt()));
        assertEquals(expected.keySet(), shown.keySet());
        expected.forEach((status, n) -> assertEquals(n, shown.get(status), status));
        assertEquals(expectedRows(report, null), rows(browser.evaluate(ROWS)), "every result listed, failures first");

        select("f-status", "FAIL");
        assertEquals(expectedRows(report, "FAIL"), rows(browser.evaluate(ROWS)));

        JsonNode hostile = browser.evaluate("(() => { const tr = Array.from(document.querySelectorAll('#rows tr.result'))"
                + ".find(r => r.cells[1].textContent === " + ReportFixtures.JSON.writeValueAsString(ReportFixtures.EVIL_SUBJECT) + ");"
                + " tr.click(); const d = document.querySelector('#rows tr.details');"
                + " return {evidence: d.querySelector('pre.evidence').textContent, commands: d.querySelector('pre.remediation').textContent,"
                + " images: document.querySelectorAll('img').length, scripts: document.scripts.length,"
                + " pwned: typeof window.pwned, copy: d.querySelector('button.copy').textContent}; })()");
        String evidence = report.get("results").get(4).get("evidence").asText();
        assertEquals(evidence, hostile.get("evidence").asText(), "hostile evidence shown as text");
        assertEquals("LISTUSER ZWESVUSR OMVS", hostile.get("commands").asText());
        assertEquals("Copy commands", hostile.get("copy").asText());
        assertEquals(0, hostile.get("images").asInt(), "no element made from the data");
        assertEquals(2, hostile.get("scripts").asInt());
        assertEquals("undefined", hostile.get("pwned").asText(), "no script from the data ran");
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "report-html-filter-FAIL.png"), browser.screenshot());

        select("f-status", "");
        select("f-feature", "mfa");
        assertEquals(List.of(List.of("ZWE-MFA-FACTOR", "-", "MANUAL")), rows(browser.evaluate(ROWS)));
        select("f-feature", "");
        browser.evaluate("(() => { const t = document.getElementById('f-text'); t.value = 'zwesiusr not defined';"
                + " t.dispatchEvent(new Event('input')); return new Promise(r => setTimeout(r, 500)); })()");
        assertEquals(List.of(List.of("ZWE-ID-STC-USER", "ZWESIUSR", "FAIL")), rows(browser.evaluate(ROWS)));
    }

    /**
     * A real scan of the bundled sample, whose ZWE-EXPOSURE results weigh their profiles
     * differently (high for BPX.DAEMON, medium for IRR.RAUDITX): every row shows the result's own
     * status and severity, in display order, and the severity filter counts what report.json and
     * the page's own summary count.
     */
    @Test
    void theRowsOfARealScanAgreeWithReportJsonOnStatusAndSeverity() throws Exception {
        Path out = tmp.resolve("scan");
        StringWriter log = new StringWriter();
        int code = Main.run(new PrintWriter(log), new PrintWriter(log), "scan", "--out", out.toString(), "--format", "json,html",
                "--as-of", "2026-01-15", "--quiet");
        assertTrue(code == 4 || code == 8, log.toString());
        JsonNode report = ReportFixtures.JSON.readTree(out.resolve("report.json").toFile());
        browser.open(out.resolve("report.html").toUri());

        List<List<String>> expected = new ArrayList<>();
        for (JsonNode r : displayOrder(report)) {
            expected.add(List.of(r.get("id").asText(), r.get("subject").asText(), r.get("status").asText(), r.get("severity").asText()));
        }
        assertTrue(expected.size() <= 100, "one page holds them all");
        List<List<String>> shown = new ArrayList<>();
        browser.evaluate(ROWS_WITH_SEVERITY).forEach(r -> shown.add(List.of(r.get(0).asText(), r.get(1).asText(), r.get(2).asText(),
                r.get(3).asText())));
        assertEquals(expected, shown, "every row: the result's own status and severity, failures first");
        assertTrue(shown.contains(List.of("ZWE-EXPOSURE", "FACILITY IRR.RAUDITX", "FAIL", "medium")), shown.toString());
        assertTrue(shown.contains(List.of("ZWE-EXPOSURE", "FACILITY BPX.DAEMON", "FAIL", "high")), shown.toString());

        for (String severity : SEVERITY_ORDER) {
            long inReport = expected.stream().filter(r -> r.get(3).equals(severity)).count();
            select("f-severity", severity);
            assertEquals(inReport, browser.evaluate("Number(document.getElementById('matching').textContent)").asLong(), severity);
            assertTrue(browser.evaluate("Array.from(document.querySelectorAll('#rows tr.result')).every(tr => tr.cells[3].textContent === '"
                    + severity + "')").asBoolean(), severity);
            assertEquals(inReport, browser.evaluate("Number(document.querySelector('#severity-summary tr[data-severity=\"" + severity
                    + "\"] td:last-child').textContent)").asLong(), "the summary's " + severity + " total");
        }
        select("f-severity", "");
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "report-html-sample.png"), browser.screenshot());
    }

    @Test
    void aHundredThousandResultsArePagedAndFiltered() throws Exception {
        ObjectNode report = ReportFixtures.large(100_000);
        int fails = report.get("summary").get("FAIL").asInt();
        browser.open(write(report).toUri());
        assertEquals(100, browser.evaluate("document.querySelectorAll('#rows tr.result').length").asInt(), "one page drawn");
        assertEquals("Showing 1\u2013100 of 100000 results", browser.evaluate("document.getElementById('shown').textContent").asText());
        select("f-status", "FAIL");
        assertEquals(fails, browser.evaluate("Number(document.getElementById('matching').textContent)").asInt());
        assertTrue(browser.evaluate("Array.from(document.querySelectorAll('#rows tr.result')).every(r => r.dataset.status === 'FAIL')").asBoolean());
        browser.evaluate("document.getElementById('next').click()");
        assertEquals("Page 2 of " + (fails + 99) / 100, browser.evaluate("document.getElementById('page').textContent").asText());
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "report-html-100000-FAIL-page2.png"), browser.screenshot());
    }
}
