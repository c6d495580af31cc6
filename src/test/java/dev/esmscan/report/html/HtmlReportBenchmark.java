package dev.esmscan.report.html;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.esmscan.report.JsonReport;
import dev.esmscan.report.ReportFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Measures report.html for a generated report (default 100,000 results): render time (first,
 * and best of five after it), file size, and, when Chromium is installed, the time until the page is
 * ready and until a status filter is applied. Not a test: run it by hand (see README, Reports).
 *
 * <pre>java -cp ... dev.esmscan.report.html.HtmlReportBenchmark [RESULTS] [OUT_DIR]</pre>
 */
public final class HtmlReportBenchmark {

    private HtmlReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path out = Files.createDirectories(Path.of(args.length > 1 ? args[1] : "target/bench"));
        ObjectNode report = ReportFixtures.large(count);
        byte[] json = JsonReport.render(report);
        Files.write(out.resolve("report.json"), json);
        long cold = System.nanoTime();
        byte[] html = HtmlReport.render(report);
        cold = System.nanoTime() - cold;
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            html = HtmlReport.render(report);
            best = Math.min(best, System.nanoTime() - start);
        }
        Path file = Files.write(out.resolve("report.html"), html);
        System.out.printf("results: %d (%s)%n", count, report.get("summary"));
        System.out.printf("report.json: %.1f MB%n", json.length / 1e6);
        System.out.printf("report.html: %.1f MB, rendered in %d ms (best of 5 after a warm-up); first render in a fresh JVM %d ms%n",
                html.length / 1e6, best / 1_000_000, cold / 1_000_000);
        Optional<Path> chromium = HeadlessChromium.find();
        if (chromium.isEmpty()) {
            System.out.println("no Chromium found: browser timings skipped");
            return;
        }
        try (HeadlessChromium browser = HeadlessChromium.launch(chromium.get(), Files.createTempDirectory("esmscan-bench"))) {
            long start = System.nanoTime();
            browser.open(file.toUri());
            long ready = System.nanoTime() - start;
            double filter = browser.evaluate("(() => { const t0 = performance.now(); const s = document.getElementById('f-status');"
                    + " s.value = 'FAIL'; s.dispatchEvent(new Event('change')); return performance.now() - t0; })()").asDouble();
            double text = browser.evaluate("(() => { const s = document.getElementById('f-status'); s.value = '';"
                    + " s.dispatchEvent(new Event('change')); const shown = document.getElementById('shown'); const before = shown.textContent;"
                    + " const t = document.getElementById('f-text'); const t0 = performance.now(); t.value = 'u000042';"
                    + " t.dispatchEvent(new Event('input'));"
                    + " return new Promise(r => { const poll = () => shown.textContent !== before ? r(performance.now() - t0 - 150)"
                    + " : setTimeout(poll, 2); poll(); }); })()").asDouble();
            System.out.printf("Chromium: page ready in %d ms (navigation, parse, first page drawn); status filter %.0f ms;"
                    + " first free-text filter about %.0f ms%n", ready / 1_000_000, filter, text);
        }
    }
}
