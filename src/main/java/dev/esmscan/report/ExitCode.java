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
}
