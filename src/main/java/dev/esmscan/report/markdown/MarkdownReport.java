package dev.esmscan.report.markdown;

import com.fasterxml.jackson.databind.JsonNode;
import dev.esmscan.report.Printable;
import dev.esmscan.report.ReportOrder;
import dev.esmscan.report.ReportStatuses;
import dev.esmscan.report.ReportView;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * report.md for tickets and wikis: a summary table, then each failure with its evidence and
 * commands in code blocks, then the waived results and waivers to look at. Text from extracts is
 * escaped: Markdown punctuation is backslash-escaped (pipes included, so table cells stay cells)
 * and code blocks use a fence longer than any backtick run inside them.
 */
public final class MarkdownReport {
    private static final String SPECIAL = "\\`*_{}[]()<>#+!|~&";

    private MarkdownReport() {
    }

    public static byte[] render(JsonNode tree) {
        ReportView report = ReportView.of(tree);
        StringBuilder md = new StringBuilder();
        md.append("# esmscan report: ").append(text(report.esm())).append("\n\n");
        md.append("System ").append(text(report.systemName())).append(", scan date ").append(text(report.asOf())).append(", esmscan ")
                .append(text(report.tool() == null ? "" : report.tool().version()))
                .append(report.pack() == null ? "" : ", rule pack " + text(report.pack().name() + " " + report.pack().version())
                        + " `" + code(report.pack().digest()) + "`")
                .append("\n\n");
        md.append("| Input | Format | Records | SHA-256 | Size | Date |\n|---|---|---:|---|---:|---|\n");
        for (ReportView.Input i : report.inputs()) {
            md.append("| `").append(code(i.path())).append("` | ").append(cell(i.format())).append(" | ").append(i.records())
                    .append(" | ").append(i.sha256() == null ? " " : "`" + code(i.sha256()) + "`").append(" | ")
                    .append(i.size() == null ? " " : i.size().toString()).append(" | ")
                    .append(i.date() == null ? " " : cell(i.date() + " (" + i.dateSource() + ")")).append(" |\n");
        }
        md.append('\n');
        report.inputWarnings().forEach(w -> md.append("> **Warning:** ").append(text(w)).append("\n\n"));
        report.caveats().forEach(c -> md.append("> **Caveat:** ").append(text(c)).append("\n\n"));
        md.append("| Status | Results |\n|---|---:|\n");
        for (String status : ReportStatuses.DISPLAY_ORDER) {
            long n = report.results().stream().filter(r -> status.equals(r.status())).count();
            if (n > 0 || !status.equals(ReportStatuses.ABSENT)) {
                md.append("| ").append(cell(status)).append(" | ").append(n).append(" |\n");
            }
        }
        if (report.baseline() != null) {
            ReportView.BaselineSummary b = report.baseline();
            md.append("\nCompared with baseline `").append(code(b.file())).append("`: ").append(b.added()).append(" new, ")
                    .append(b.unchanged()).append(" unchanged, ").append(b.resolved()).append(" resolved.\n");
        }
        List<ReportView.Result> ordered = ReportOrder.display(report.results());
        List<ReportView.Result> failures = ordered.stream()
                .filter(r -> ReportStatuses.failsTheRun(r.status())).collect(Collectors.toList());
        md.append("\n## Failures (").append(failures.size()).append(")\n");
        for (ReportView.Result r : failures) {
            md.append("\n### ").append(text(r.id())).append(" ").append(text(r.subject())).append("\n\n");
            md.append("| Status | Severity | Baseline | Requirement | Documentation |\n|---|---|---|---|---|\n");
            md.append("| ").append(cell(r.status())).append(" | ").append(cell(r.severity())).append(" | ")
                    .append(cell(r.baseline() == null ? "" : r.baseline())).append(" | ").append(cell(r.title())).append(" | ")
                    .append(documentation(r)).append(" |\n\n");
            md.append("Evidence:\n\n").append(block("text", r.evidence()));
            if (!r.remediation().isEmpty()) {
                md.append("\nCommands:\n\n").append(block("", String.join("\n", r.remediation())));
            }
        }
        List<ReportView.Result> waived = ordered.stream()
                .filter(r -> ReportStatuses.WAIVED.equals(r.status())).collect(Collectors.toList());
        if (!waived.isEmpty()) {
            md.append("\n## Waived (").append(waived.size()).append(")\n\n");
            md.append("| ID | Subject | Approved by | Expires | Justification |\n|---|---|---|---|---|\n");
            for (ReportView.Result r : waived) {
                ReportView.Waiver w = r.waiver();
                md.append("| ").append(cell(r.id())).append(" | ").append(cell(r.subject())).append(" | ")
                        .append(cell(w == null ? "" : w.approvedBy())).append(" | ").append(cell(w == null ? "" : w.expires()))
                        .append(" | ").append(cell(w == null ? "" : w.justification())).append(" |\n");
            }
        }
        if (report.waivers() != null && (!report.waivers().unused().isEmpty() || !report.waivers().expired().isEmpty())) {
            md.append("\n## Waivers to review\n\n| Waiver | Line | Approved by | Expires | Problem |\n|---|---:|---|---|---|\n");
            report.waivers().unused().forEach(w -> waiverRow(md, w, cell(w.unusedProblem())));
            report.waivers().expired().forEach(w -> waiverRow(md, w, "expired"));
        }
        return md.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** "[Zowe documentation: PAGE › SECTION](URL)", a link only to a web address that holds nothing Markdown reads. */
    static String documentation(ReportView.Result r) {
        String label = cell(r.citation());
        String url = r.url();
        return url.matches("https?://[A-Za-z0-9._~:/?#@!$&'*+,;=%-]+") && !url.contains(")") ? "[" + label + "](" + url + ")" : label;
    }

    private static void waiverRow(StringBuilder md, ReportView.ListedWaiver w, String problem) {
        md.append("| ").append(cell(w.id() + (w.subject() == null ? "" : " " + w.subject()))).append(" | ").append(w.line())
                .append(" | ").append(cell(w.approvedBy())).append(" | ").append(cell(w.expires())).append(" | ")
                .append(problem).append(" |\n");
    }

    /** Inline text: every Markdown-special character backslash-escaped; line breaks become spaces. */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        String printable = Printable.lines(value);
        StringBuilder out = new StringBuilder(printable.length() + 8);
        for (int i = 0; i < printable.length(); i++) {
            char c = printable.charAt(i);
            if (c == '\r' || c == '\n') {
                out.append(' ');
            } else {
                if (SPECIAL.indexOf(c) >= 0) {
                    out.append('\\');
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A table cell: inline text, never empty so the table keeps its shape. */
    static String cell(String value) {
        String t = text(value);
        return t.isBlank() ? " " : t;
    }

    /** Inside an inline code span nothing is interpreted, but a backtick would end it. */
    private static String code(String value) {
        return value == null ? "" : Printable.line(value.replace('`', '\'').replace('\r', ' '));
    }

    static String block(String info, String raw) {
        String content = Printable.lines(raw.replace("\r\n", "\n"));
        int longest = 0;
        int run = 0;
        for (int i = 0; i < content.length(); i++) {
            run = content.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(Math.max(3, longest + 1));
        return fence + info + "\n" + content + (content.endsWith("\n") ? "" : "\n") + fence + "\n";
    }
}
