package dev.esmscan.report.waiver;

import java.time.LocalDate;

/**
 * One accepted risk from the waivers file: requirement {@code id}, for every subject or those
 * {@code subject} matches, approved in writing until {@code expires} (inclusive).
 *
 * @param subject null when the waiver covers every subject of the requirement
 * @param line    where the entry starts in the waivers file
 */
public record Waiver(String id, SubjectPattern subject, String justification, String approvedBy, LocalDate expires,
                     int line) {

    public boolean covers(String resultId, String resultSubject) {
        return id.equals(resultId) && (subject == null || subject.matches(resultSubject));
    }

    /** Expired when its last day is before the scan's date: a waiver expiring on the scan date still applies. */
    public boolean isExpiredOn(LocalDate asOf) {
        return expires.isBefore(asOf);
    }
}
