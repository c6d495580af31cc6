package dev.esmscan.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.esmscan.report.csv.CsvReport;
import dev.esmscan.report.html.HtmlReport;
import dev.esmscan.report.junit.JunitReport;
import dev.esmscan.report.markdown.MarkdownReport;
import dev.esmscan.report.sarif.SarifReport;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The report formats of --format, each rendered from the canonical report.json content into its file. */
public enum ReportFormat {
    JSON("json", "report.json", JsonReport::render),
    TEXT("text", "report.txt", report -> TextReport.render(report).getBytes(StandardCharsets.UTF_8)),
    HTML("html", "report.html", HtmlReport::render),
    SARIF("sarif", "report.sarif", SarifReport::render),
    JUNIT("junit", "report.junit.xml", JunitReport::render),
    CSV("csv", "report.csv", CsvReport::render),
    MD("md", "report.md", MarkdownReport::render);

    private final String key;
    private final String fileName;
    private final Function<JsonNode, byte[]> renderer;

    ReportFormat(String key, String fileName, Function<JsonNode, byte[]> renderer) {
        this.key = key;
        this.fileName = fileName;
        this.renderer = renderer;
    }

    public String key() {
        return key;
    }

    public String fileName() {
        return fileName;
    }

    public byte[] render(JsonNode report) {
        return renderer.apply(report);
    }

    /** The formats named (case-insensitive, blanks ignored), in enum order; an unknown name is an IllegalArgumentException. */
    public static Set<ReportFormat> parse(List<String> names) {
        Set<ReportFormat> formats = EnumSet.noneOf(ReportFormat.class);
        for (String name : names) {
            String k = name.trim().toLowerCase(Locale.ROOT);
            if (k.isEmpty()) {
                continue;
            }
            formats.add(Arrays.stream(values()).filter(f -> f.key.equals(k)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown format '" + name.trim() + "' (known: " + known() + ")")));
        }
        return formats;
    }

    public static String known() {
        return Arrays.stream(values()).map(ReportFormat::key).collect(Collectors.joining(", "));
    }

    /** Renders every format into {@code files}; nothing is written until the caller commits them together. */
    public static OutputFiles renderAll(Set<ReportFormat> formats, JsonNode report, OutputFiles files) {
        for (ReportFormat f : formats) {
            files.add(f.fileName(), f.render(report));
        }
        return files;
    }
}
