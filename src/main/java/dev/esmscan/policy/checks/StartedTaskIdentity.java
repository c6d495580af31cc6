package dev.esmscan.policy.checks;

import dev.esmscan.model.AccessResolver;
import dev.esmscan.model.SecurityModel;
import dev.esmscan.model.StartedTaskAssignment;
import dev.esmscan.model.User;
import dev.esmscan.policy.Check;
import dev.esmscan.remediation.Intent;
import dev.esmscan.remediation.Intent.MapStartedTask;
import java.util.Optional;

/**
 * Seed 000 "Configure ZWESLSTC to run Zowe high availability instances under ZWESVUSR user ID": a
 * started procedure runs under the user (and, where required, the group) Zowe expects.
 */
public final class StartedTaskIdentity {

    private StartedTaskIdentity() {
    }

    /**
     * @param user  the user the procedure must run as
     * @param group the group a new definition gets; also the group it must run in when {@code groupMustMatch}
     */
    public static Check check(AccessResolver access, SecurityModel model, String procName, String user, String group,
                              boolean groupMustMatch) {
        Optional<StartedTaskAssignment> found = access.startedTask(procName);
        if (found.isEmpty()) {
            return StartedProfiles.notCoveredCheck(model, procName, user, group);
        }
        StartedTaskAssignment a = found.get();
        boolean shared = StartedProfiles.isShared(a);
        StartedProfiles.Remedy remedy = remedy(model, a, user, group, groupMustMatch, shared);
        Intent[] fix = remedy.intents();
        Check check = new Check()
                .require(a.user() != null, a.source() + " assigns no user", fix)
                .require(a.user() == null || user.equals(a.user()), "runs as user " + a.user() + ", not " + user, fix);
        String defaultGroup = a.user() == null ? null : model.user(a.user()).map(User::getDefaultGroup).orElse(null);
        if (groupMustMatch) {
            check.require(a.group() == null || group.equals(a.group()), "runs in group " + a.group() + ", not " + group, fix);
            check.require(a.group() != null || a.user() == null || group.equals(defaultGroup), defaultGroup == null
                    ? "no group is assigned and " + a.user() + (a.user() != null && model.user(a.user()).isPresent() ? " has no default group"
                            : " is not defined") + ", so no default group applies"
                    : "no group is assigned, so the default group " + defaultGroup + " of " + a.user() + " applies, not " + group, fix);
        }
        check.fact(a.source() + " assigns user " + a.user() + (a.group() != null ? ", group " + a.group() : ", no group"));
        if (a.group() == null && a.user() != null && check.passed()) {
            check.fact("without a group the default group " + defaultGroup + " of " + a.user() + " applies");
        }
        if (shared) {
            check.fact(check.passed() ? "the deciding profile is shared with other procedures" : StartedProfiles.sharedNote(a));
        }
        if (!check.passed() && remedy.personMustAct() != null) {
            check.fact(remedy.personMustAct());
        }
        return check;
    }

    private static StartedProfiles.Remedy remedy(SecurityModel model, StartedTaskAssignment a, String user, String group,
                                                 boolean groupMustMatch, boolean shared) {
        if (a.profile() == null) {
            return new StartedProfiles.Remedy(new Intent[0], "a person must act: the definition is not one a command here can change");
        }
        if (shared) {
            return StartedProfiles.define(model, a.procName(), user, group);
        }
        return new StartedProfiles.Remedy(new Intent[] {new MapStartedTask(a.procName(), a.profile().getName(), user,
                groupMustMatch ? group : null, a.profile().getStartedTaskData())}, null);
    }
}
