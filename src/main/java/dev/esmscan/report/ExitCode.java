package dev.esmscan.report;

import com.fasterxml.jackson.databind.JsonNode;

/** The z/OS-style return codes of the CLI contract. */
public final class ExitCode {
    public static final int CLEAN = 0;
    public static final int FIXABLE_FAILURES = 4;
    public static final int NEEDS_A_PERSON = 8;
    public static final int INPUT_ERROR = 12;
    public static final int INTERNAL_ERROR = 16;

    private ExitCode() {
    }

    /**
     * 0 when every applicable requirement passed (or is waived or manual); 4 when every failure has
     * generated commands that fix it; 8 when a failure has none or a requirement could not be
     * decided. Read from the canonical report, after waivers: WAIVED and resolved (ABSENT) results
     * do not count.
     */
    public static int of(JsonNode report) {
        boolean failed = false;
        for (JsonNode r : report.path("results")) {
            String status = r.path("status").asText();
            if (ReportStatuses.ERROR.equals(status)
                    || (ReportStatuses.FAIL.equals(status) && r.path("remediation").isEmpty())) {
                return NEEDS_A_PERSON;
            }
            failed |= ReportStatuses.FAIL.equals(status);
        }
        return failed ? FIXABLE_FAILURES : CLEAN;
    }

    /**
     * The one line a scan ends its output with: the count of each status, the exit code and why.
     * "3 FAIL, 1 ERROR, 0 WAIVED, 2 MANUAL, 30 PASS, 4 NOT_APPLICABLE; exit 8: 1 result was not
     * decided (ERROR)".
     */
    public static String summaryLine(JsonNode report) {
        return counts(report) + "; " + reason(report);
    }

    /** "3 FAIL, 1 ERROR, 0 WAIVED, 2 MANUAL, 30 PASS, 4 NOT_APPLICABLE" (ABSENT only when present). */
    public static String counts(JsonNode report) {
        StringBuilder counts = new StringBuilder();
        for (String status : ReportStatuses.DISPLAY_ORDER) {
            long n = count(report, status);
            if (n > 0 || !ReportStatuses.ABSENT.equals(status)) {
                counts.append(counts.length() == 0 ? "" : ", ").append(n).append(' ').append(status);
            }
        }
        return counts.toString();
    }

    /** "exit N: why", in words a person acts on. */
    public static String reason(JsonNode report) {
        long errors = count(report, ReportStatuses.ERROR);
        long unfixable = 0;
        long fails = 0;
        for (JsonNode r : report.path("results")) {
            if (ReportStatuses.FAIL.equals(r.path("status").asText())) {
                fails++;
                if (r.path("remediation").isEmpty()) {
                    unfixable++;
                }
            }
        }
        int code = of(report);
        if (code == CLEAN) {
            return "exit 0: every applicable requirement passed (or is waived or manual)";
        }
        if (code == FIXABLE_FAILURES) {
            return "exit 4: " + plural(fails, "failure") + ", all fixable by the generated commands (esmscan remediate)";
        }
        StringBuilder why = new StringBuilder("exit 8: ");
        if (unfixable > 0) {
            why.append(plural(unfixable, "failure")).append(unfixable == 1 ? " needs" : " need").append(" a person");
        }
        if (errors > 0) {
            why.append(unfixable > 0 ? " and " : "").append(plural(errors, "result")).append(errors == 1 ? " was" : " were")
                    .append(" not decided (ERROR)");
        }
        return why.toString();
    }

    private static long count(JsonNode report, String status) {
        long n = 0;
        for (JsonNode r : report.path("results")) {
            if (status.equals(r.path("status").asText())) {
                n++;
            }
        }
        return n;
    }

    private static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
