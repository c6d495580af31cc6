package dev.esmscan.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.Collectors;

/** The terminal report: grouped by status, failures first, each with its evidence and fix. */
public final class TextReport {

    private TextReport() {
    }

    public static String render(JsonNode tree) {
        ReportView report = ReportView.of(tree);
        StringBuilder out = new StringBuilder();
        out.append("esmscan ").append(report.tool() == null ? JsonReport.TOOL_VERSION : report.tool().version())
                .append(": Zowe security requirements on ").append(report.esm()).append('\n');
        identity(out, report);
        for (ReportView.Input s : report.inputs()) {
            out.append("  input ").append(Printable.line(s.path())).append(" (").append(s.format()).append("): ")
                    .append(count(s.records(), "record")).append(", ").append(s.skipped()).append(" skipped, ")
                    .append(count(s.errors(), "problem"))
                    .append(s.notices() > 0 ? ", " + s.notices() + (s.notices() == 1 ? " notice" : " notices") : "").append('\n');
            if (!s.identity().isEmpty()) {
                out.append("    ").append(Printable.line(s.identity())).append('\n');
            }
            kinds(out, "!", s.problemKinds());
            s.assumptions().forEach(a -> out.append("    assumed: ").append(Printable.line(a)).append('\n'));
            kinds(out, "notice:", s.noticeKinds());
        }
        String partial = report.partialInputWarning();
        if (partial != null) {
            out.append("  WARNING: ").append(partial).append('\n');
        }
        String identities = report.identitiesWarning();
        if (identities != null) {
            out.append("  WARNING: ").append(Printable.line(identities)).append('\n');
        }
        report.horizonWarnings().forEach(w -> out.append("  WARNING: ").append(Printable.line(w)).append('\n'));
        report.caveats().forEach(c -> out.append("  CAVEAT: ").append(Printable.line(c)).append('\n'));
        JsonNode st = report.settings();
        out.append("  site: STC user ").append(st.path("users").path("zowe").asText())
                .append(", ZIS user ").append(st.path("users").path("zis").asText())
                .append(", admin group ").append(st.path("groups").path("admin").asText())
                .append(", STC group ").append(st.path("groups").path("stc").asText())
                .append(", procedures ").append(st.path("stcs").path("zowe").asText()).append('/')
                .append(st.path("stcs").path("zis").asText()).append('/').append(st.path("stcs").path("aux").asText())
                .append('\n');
        st.path("notices").forEach(n -> out.append("    notice: ").append(Printable.line(n.asText())).append('\n'));
        out.append("  summary: ").append(ReportStatuses.DISPLAY_ORDER.stream()
                .filter(s -> !s.equals(ReportStatuses.ABSENT) || count(report, s) > 0)
                .map(s -> count(report, s) + " " + s).collect(Collectors.joining(", "))).append("\n");
        if (report.baseline() != null) {
            ReportView.BaselineSummary b = report.baseline();
            out.append("  baseline ").append(b.file()).append(": ").append(b.added()).append(" new, ")
                    .append(b.unchanged()).append(" unchanged, ").append(b.resolved()).append(" resolved\n");
        }
        if (report.waivers() != null) {
            ReportView.WaiverSummary w = report.waivers();
            out.append("  waivers ").append(w.file()).append(": ").append(w.applied()).append(" results waived\n");
            w.unused().forEach(u -> out.append("    unused waiver: ").append(describe(u))
                    .append(u.reason() == null ? "" : ": " + Printable.line(u.reason())).append('\n'));
            w.expired().forEach(u -> out.append("    expired waiver: ").append(describe(u)).append('\n'));
        }
        List<ReportView.Result> ordered = ReportOrder.display(report.results());
        for (String status : ReportStatuses.DISPLAY_ORDER) {
            List<ReportView.Result> group = ordered.stream().filter(r -> status.equals(r.status())).collect(Collectors.toList());
            if (group.isEmpty()) {
                continue;
            }
            out.append('\n').append(status).append(" (").append(group.size()).append(")\n");
            for (ReportView.Result r : group) {
                out.append("  ").append(Printable.line(r.id())).append("  ").append(Printable.line(r.subject()))
                        .append("  [").append(r.severity()).append("]");
                if (r.baseline() != null) {
                    out.append("  (").append(r.baseline()).append(")");
                }
                out.append('\n');
                out.append("      ").append(Printable.line(r.title())).append('\n');
                out.append("      ").append(Printable.lines(r.evidence()).replace("\n", "\n      ")).append('\n');
                if (r.waiver() != null) {
                    out.append("      waived: ").append(Printable.line(r.waiver().justification())).append(" (approved by ")
                            .append(r.waiver().approvedBy()).append(", expires ").append(r.waiver().expires()).append(")\n");
                }
                r.remediation().forEach(cmd -> out.append("      fix: ").append(Printable.line(cmd)).append('\n'));
                if (ReportStatuses.isFailing(r.status()) || ReportStatuses.MANUAL.equals(r.status())) {
                    out.append("      see: ").append(Printable.line(r.citation()))
                            .append(r.url().isEmpty() ? "" : " <" + Printable.line(r.url()) + ">").append('\n');
                }
            }
        }
        return out.toString();
    }

    /** Which system, which scan date and which rule pack: what tells this report from another. */
    private static void identity(StringBuilder out, ReportView report) {
        out.append("  system ").append(Printable.line(report.systemName()));
        if (report.system() != null && report.system().source() != null) {
            out.append(" (from ").append(Printable.line(report.system().source())).append(')');
        }
        out.append(", scan date ").append(report.asOf()).append('\n');
        if (report.pack() != null) {
            out.append("  rule pack ").append(Printable.line(report.pack().describe()));
            if (report.pack().documentation() != null && !report.pack().documentation().isEmpty()) {
                out.append(", citing ").append(Printable.line(report.pack().documentation()));
            }
            out.append('\n');
        }
    }

    /** "1 record", "7 problems". */
    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String describe(ReportView.ListedWaiver w) {
        return w.id() + (w.subject() == null ? "" : " " + w.subject()) + " (line " + w.line() + ", approved by "
                + w.approvedBy() + ", expires " + w.expires() + ")";
    }

    private static long count(ReportView report, String status) {
        return report.results().stream().filter(r -> status.equals(r.status())).count();
    }

    private static void kinds(StringBuilder out, String mark, List<ReportView.Kind> kinds) {
        for (ReportView.Kind k : kinds) {
            out.append("    ").append(mark).append(' ').append(Printable.line(k.kind())).append(" (").append(k.count()).append(")\n");
            k.first().forEach(line -> out.append("        ").append(Printable.line(line)).append('\n'));
            if (k.count() > k.first().size()) {
                out.append("        ... ").append(k.count() - k.first().size()).append(" more\n");
            }
        }
    }
}
