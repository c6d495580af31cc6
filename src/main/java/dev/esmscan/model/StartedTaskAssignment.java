package dev.esmscan.model;

/**
 * The identity a started procedure runs under, as the ESM assigns it when the procedure is
 * started without a job name of its own.
 *
 * @param procName   the procedure
 * @param source     where the assignment comes from, in the ESM's words ("STARTED ZWESLSTC.* (generic)")
 * @param profile    the deciding profile or record, when the ESM keeps one in the model (RACF STARTED); else null
 * @param user       the assigned user, null when the definition names none
 * @param group      the assigned group, null when the definition names none
 * @param trusted    TRUSTED(YES) or the ESM's equivalent
 * @param privileged PRIVILEGED(YES) or the ESM's equivalent
 */
public record StartedTaskAssignment(String procName, String source, ResourceProfile profile, String user, String group,
                                    boolean trusted, boolean privileged) {
}
