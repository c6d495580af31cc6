package dev.esmscan.remediation;

import dev.esmscan.model.AccessLevel;
import dev.esmscan.model.StartedTaskData;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A change that fixes a failed requirement, said without any ESM's syntax. Each ESM's renderer
 * turns intents into its own commands, with a command that undoes each one exactly.
 */
public sealed interface Intent {

    /** Where the change goes in a job: groups, then users, connects, classes, profiles, permits, started tasks. */
    Stage stage();

    /** Orders intents of one stage: kind first, then the names they touch. */
    String sortKey();

    /** Job stages in the order the changes must be made. */
    enum Stage { GROUPS, USERS, CONNECTS, CLASSES, PROFILES, PERMITS, STARTED_TASKS }

    /** Define a group with a z/OS UNIX segment (GID assigned by the ESM). */
    record DefineGroup(String group) implements Intent {
        public Stage stage() { return Stage.GROUPS; }
        public String sortKey() { return "1 " + group; }
    }

    /** Give an existing group a GID, in a new z/OS UNIX segment unless {@code hadSegment}. */
    record AddGroupOmvs(String group, boolean hadSegment) implements Intent {
        public Stage stage() { return Stage.GROUPS; }
        public String sortKey() { return "2 " + group; }
    }

    /** Define a protected user (no password) with a default group and a z/OS UNIX segment. */
    record DefineUser(String user, String defaultGroup, String home, String program) implements Intent {
        public Stage stage() { return Stage.USERS; }
        public String sortKey() { return "1 " + user; }
    }

    /**
     * Complete a user's z/OS UNIX segment: whichever of UID, HOME and PROGRAM is missing.
     * {@code hadSegment} says whether a segment existed before, so backout can restore exactly.
     */
    record CompleteUserOmvs(String user, boolean addUid, String home, String program, boolean hadSegment) implements Intent {
        public Stage stage() { return Stage.USERS; }
        public String sortKey() { return "2 " + user; }
    }

    /** Connect a user to a group. */
    record Connect(String user, String group) implements Intent {
        public Stage stage() { return Stage.CONNECTS; }
        public String sortKey() { return "1 " + user + " " + group; }
    }

    /** Make a (connected) group the user's default group; {@code previous} is restored on backout. */
    record SetDefaultGroup(String user, String group, String previous) implements Intent {
        public Stage stage() { return Stage.CONNECTS; }
        public String sortKey() { return "2 " + user; }
    }

    /** Activate and/or RACLIST a class; only the parts that were off are changed and undone. */
    record ActivateClass(String className, boolean activate, boolean raclist) implements Intent {
        public Stage stage() { return Stage.CLASSES; }
        public String sortKey() { return className; }

        ActivateClass merge(ActivateClass other) {
            return new ActivateClass(className, activate || other.activate, raclist || other.raclist);
        }
    }

    /** Define a discrete profile with UACC(NONE). */
    record DefineProfile(String className, String profile) implements Intent {
        public Stage stage() { return Stage.PROFILES; }
        public String sortKey() { return className + " " + profile; }
    }

    /**
     * Give an ID a level on a profile's access list; {@code previous} is the level its own entry
     * had (null when it had none), restored on backout.
     */
    record Permit(String className, String profile, String id, AccessLevel level, AccessLevel previous) implements Intent {
        public Stage stage() { return Stage.PERMITS; }
        public String sortKey() { return className + " " + profile + " " + id; }
    }

    /**
     * Set a profile's universal access; {@code previous} (never null: an unknown UACC has no exact
     * backout) is restored on backout.
     */
    record SetUniversalAccess(String className, String profile, AccessLevel level, AccessLevel previous) implements Intent {
        public SetUniversalAccess {
            Objects.requireNonNull(previous, "previous UACC");
        }
        public Stage stage() { return Stage.PROFILES; }
        public String sortKey() { return className + " " + profile + " 2 uacc"; }
    }

    /** Take a profile out of WARNING mode; backout puts it back. */
    record EndWarningMode(String className, String profile) implements Intent {
        public Stage stage() { return Stage.PROFILES; }
        public String sortKey() { return className + " " + profile + " 3 nowarning"; }
    }

    /**
     * Remove an ID's entry (user, group or "*") from a profile's standard access list;
     * {@code previous}, the level it had, is restored on backout.
     */
    record RemoveAccessEntry(String className, String profile, String id, AccessLevel previous) implements Intent {
        public RemoveAccessEntry {
            Objects.requireNonNull(previous, "previous level");
        }
        public Stage stage() { return Stage.PERMITS; }
        public String sortKey() { return className + " " + profile + " " + id + " delete"; }
    }

    /**
     * Lift a user's revocation now. {@code revokeFlag}, {@code revokeDate} and {@code resumeDate}
     * are what the user had (dates null when none), restored on backout.
     */
    record ResumeUser(String user, boolean revokeFlag, LocalDate revokeDate, LocalDate resumeDate) implements Intent {
        public Stage stage() { return Stage.USERS; }
        public String sortKey() { return "3 " + user; }
    }

    /** Take the system-wide SPECIAL, OPERATIONS and AUDITOR attributes flagged here from a user; backout gives them back. */
    record RemoveUserAttributes(String user, boolean special, boolean operations, boolean auditor) implements Intent {
        public Stage stage() { return Stage.USERS; }
        public String sortKey() { return "4 " + user; }
    }

    /** Lift the revocation of a user's connection to a group now; what it had is restored on backout. */
    record ResumeConnection(String user, String group, boolean revokeFlag, LocalDate revokeDate, LocalDate resumeDate) implements Intent {
        public Stage stage() { return Stage.CONNECTS; }
        public String sortKey() { return "3 " + user + " " + group; }
    }

    /** Take the group-level SPECIAL, OPERATIONS and AUDITOR attributes flagged here from a connection; backout gives them back. */
    record RemoveGroupAttributes(String user, String group, boolean special, boolean operations, boolean auditor) implements Intent {
        public Stage stage() { return Stage.CONNECTS; }
        public String sortKey() { return "4 " + user + " " + group; }
    }

    /**
     * Define a started procedure's own profile, covering that procedure alone, that runs it as
     * {@code user} and {@code group}, neither trusted nor privileged, traced.
     */
    record DefineStartedTask(String procName, String profile, String user, String group) implements Intent {
        public Stage stage() { return Stage.STARTED_TASKS; }
        public String sortKey() { return "1 " + profile; }
    }

    /**
     * Make a started procedure's own profile assign {@code user} and, unless null, {@code group}.
     * {@code previous} is the profile's started-task data before (null when it had none), restored on backout.
     */
    record MapStartedTask(String procName, String profile, String user, String group, StartedTaskData previous) implements Intent {
        public Stage stage() { return Stage.STARTED_TASKS; }
        public String sortKey() { return "2 " + profile; }
    }

    /** Turn off whichever of trusted and privileged is on for a started procedure's own profile; backout turns it on again. */
    record UntrustStartedTask(String procName, String profile, boolean trusted, boolean privileged) implements Intent {
        public Stage stage() { return Stage.STARTED_TASKS; }
        public String sortKey() { return "3 " + profile; }
    }

    /**
     * Turn on generic profile checking for a class, so that a generic profile defined next decides.
     * {@code hadGenericCommand}: generic commands were on before, and stay on after backout.
     */
    record EnableGenericProfiles(String className, boolean hadGenericCommand) implements Intent {
        public Stage stage() { return Stage.CLASSES; }
        public String sortKey() { return "generic " + className; }
    }
}
