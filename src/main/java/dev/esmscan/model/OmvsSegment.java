package dev.esmscan.model;

/** The z/OS UNIX segment of a user: UID (null when AUTOUID was never resolved), home and program. */
public record OmvsSegment(Long uid, String home, String program) {
    public boolean hasUid() {
        return uid != null;
    }
}
