package dev.esmscan.report;

import dev.esmscan.input.ReadStats;
import dev.esmscan.policy.Finding;
import dev.esmscan.policy.Status;
import dev.esmscan.scan.ScanResult;
import java.util.List;
import java.util.stream.Collectors;

/** The terminal report: grouped by status, failures first, each with its evidence and fix. */
public final class TextReport {
    private static final List<Status> ORDER =
            List.of(Status.FAIL, Status.ERROR, Status.WAIVED, Status.MANUAL, Status.PASS, Status.NOT_APPLICABLE);

    private TextReport() {
    }

    public static String render(ScanResult scan) {
        StringBuilder out = new StringBuilder();
        out.append("esmscan ").append(JsonReport.TOOL_VERSION).append(": Zowe security requirements on ").append(scan.esm()).append('\n');
        for (ReadStats s : scan.inputs()) {
            out.append("  input ").append(s.path()).append(" (").append(s.format()).append("): ")
                    .append(s.records()).append(" records, ").append(s.skipped()).append(" skipped, ")
                    .append(s.errors()).append(" errors\n");
            s.problems().forEach(p -> out.append("    ! ").append(p).append('\n'));
        }
        var st = scan.settings();
        out.append("  site: STC user ").append(st.getStcUser()).append(", ZIS user ").append(st.getZisUser())
                .append(", admin group ").append(st.getAdminGroup()).append(", STC group ").append(st.getStcGroup())
                .append(", procedures ").append(st.getZoweStc()).append('/').append(st.getZisStc()).append('/').append(st.getAuxStc())
                .append('\n');
        out.append("  summary: ").append(ORDER.stream()
                .map(s -> count(scan, s) + " " + s).collect(Collectors.joining(", "))).append("\n");
        for (Status status : ORDER) {
            List<Finding> group = scan.findings().stream().filter(f -> f.status() == status).collect(Collectors.toList());
            if (group.isEmpty()) {
                continue;
            }
            out.append('\n').append(status).append(" (").append(group.size()).append(")\n");
            for (Finding f : group) {
                out.append("  ").append(f.id()).append("  ").append(f.subject())
                        .append("  [").append(f.requirement().severity()).append("]\n");
                out.append("      ").append(f.requirement().title()).append('\n');
                out.append("      ").append(f.evidence()).append('\n');
                f.remediation().forEach(cmd -> out.append("      fix: ").append(cmd).append('\n'));
            }
        }
        return out.toString();
    }

    private static long count(ScanResult scan, Status status) {
        return scan.findings().stream().filter(f -> f.status() == status).count();
    }
}
