package dev.esmscan.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The order people read results in: what needs attention first. By status (FAIL, ERROR, WAIVED,
 * MANUAL, then PASS, NOT_APPLICABLE and ABSENT), then by the result's own severity (high before
 * medium before low), then by ID and subject. report.json keeps its canonical (id, subject) order;
 * every format made for people sorts with this.
 */
public final class ReportOrder {
    /** Severities from the most to the least severe; the built-in pack uses high, medium and low. */
    public static final List<String> SEVERITIES = List.of("critical", "high", "medium", "low", "info");

    /** Results in display order. */
    public static final Comparator<ReportView.Result> RESULTS = Comparator
            .comparingInt((ReportView.Result r) -> statusRank(r.status()))
            .thenComparingInt(r -> severityRank(r.severity()))
            .thenComparing(ReportView.Result::id, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(ReportView.Result::subject, Comparator.nullsFirst(Comparator.naturalOrder()));

    private ReportOrder() {
    }

    /** A sorted copy of the results. */
    public static List<ReportView.Result> display(List<ReportView.Result> results) {
        List<ReportView.Result> sorted = new ArrayList<>(results);
        sorted.sort(RESULTS);
        return sorted;
    }

    /** The position of a status in {@link ReportStatuses#DISPLAY_ORDER}; an unknown status comes last. */
    public static int statusRank(String status) {
        int i = ReportStatuses.DISPLAY_ORDER.indexOf(status);
        return i < 0 ? ReportStatuses.DISPLAY_ORDER.size() : i;
    }

    /** The position of a severity in {@link #SEVERITIES}; an unknown or missing one comes last. */
    public static int severityRank(String severity) {
        int i = severity == null ? -1 : SEVERITIES.indexOf(severity.toLowerCase(Locale.ROOT));
        return i < 0 ? SEVERITIES.size() : i;
    }

    /** The most severe of some severities ("" when there are none). */
    public static String mostSevere(Iterable<String> severities) {
        String worst = "";
        for (String s : severities) {
            if (worst.isEmpty() || severityRank(s) < severityRank(worst)) {
                worst = s;
            }
        }
        return worst;
    }
}
