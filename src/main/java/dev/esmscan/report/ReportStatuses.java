package dev.esmscan.report;

import java.util.List;

/**
 * What the status strings of report.json mean to waivers, baselines, diffs and renderers.
 * Besides the six policy statuses there is {@link #ABSENT}: written only for a baseline failure
 * whose (id, subject) this scan no longer evaluates.
 */
public final class ReportStatuses {
    public static final String PASS = "PASS";
    public static final String FAIL = "FAIL";
    public static final String NOT_APPLICABLE = "NOT_APPLICABLE";
    public static final String MANUAL = "MANUAL";
    public static final String WAIVED = "WAIVED";
    public static final String ERROR = "ERROR";
    public static final String ABSENT = "ABSENT";

    /** The display order: what needs attention first. */
    public static final List<String> DISPLAY_ORDER = List.of(FAIL, ERROR, WAIVED, MANUAL, PASS, NOT_APPLICABLE, ABSENT);

    private ReportStatuses() {
    }

    /** A problem was found: FAIL, ERROR, or a FAIL accepted by a waiver. */
    public static boolean isFailing(String status) {
        return FAIL.equals(status) || ERROR.equals(status) || WAIVED.equals(status);
    }

    /** Fails the run: FAIL or ERROR (a waived failure does not). */
    public static boolean failsTheRun(String status) {
        return FAIL.equals(status) || ERROR.equals(status);
    }

    /**
     * How bad a status is, for "did it get worse": PASS, NOT_APPLICABLE and ABSENT 0, MANUAL 1,
     * WAIVED 2, FAIL 3, ERROR 4 (not decided at all, as the exit codes rank it above FAIL).
     */
    public static int rank(String status) {
        if (status == null) {
            return 0;
        }
        switch (status) {
            case MANUAL: return 1;
            case WAIVED: return 2;
            case FAIL: return 3;
            case ERROR: return 4;
            default: return 0;
        }
    }

    /** The requirement group of an ID: its first two dash-separated parts (ZWE-FAC-JOBNAME is ZWE-FAC). */
    public static String group(String id) {
        if (id == null) {
            return "";
        }
        int first = id.indexOf('-');
        int second = first < 0 ? -1 : id.indexOf('-', first + 1);
        return second < 0 ? id : id.substring(0, second);
    }
}
