package dev.esmscan.scan;

/**
 * What identifies an input a report came from: its SHA-256 and size, and its date: the extract's
 * own where its format carries one, else the file's modification time, labelled as such.
 *
 * @param path       the path as the report names it
 * @param sha256     the SHA-256 of the file's bytes, in hex
 * @param date       an ISO-8601 instant (UTC, to the second), or null when unknown
 * @param dateSource what the date is: {@link #FILE_MODIFIED} or {@link #EXTRACT}
 */
public record InputIdentity(String path, String sha256, long size, String date, String dateSource) {
    /** The date is the file's last modification time (the format carries no date of its own). */
    public static final String FILE_MODIFIED = "file modification time";
    /** The date is the one the extract itself states. */
    public static final String EXTRACT = "extract";
}
