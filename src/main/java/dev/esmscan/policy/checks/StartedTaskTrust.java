package dev.esmscan.policy.checks;

import dev.esmscan.model.AccessResolver;
import dev.esmscan.model.SecurityModel;
import dev.esmscan.model.StartedTaskAssignment;
import dev.esmscan.policy.Check;
import dev.esmscan.remediation.Intent;
import dev.esmscan.remediation.Intent.UntrustStartedTask;
import java.util.Optional;

/**
 * Seed 000 defines the Zowe started procedures PRIVILEGED(NO) TRUSTED(NO): a trusted or
 * privileged procedure bypasses authorization checking, which Zowe's servers must not.
 */
public final class StartedTaskTrust {

    private StartedTaskTrust() {
    }

    /** {@code user} and {@code group} are what a new definition of the procedure's own gets. */
    public static Check check(AccessResolver access, SecurityModel model, String procName, String user, String group) {
        Optional<StartedTaskAssignment> found = access.startedTask(procName);
        if (found.isEmpty()) {
            return StartedProfiles.notCoveredCheck(model, procName, user, group);
        }
        StartedTaskAssignment a = found.get();
        boolean shared = StartedProfiles.isShared(a);
        StartedProfiles.Remedy remedy = a.profile() == null
                ? new StartedProfiles.Remedy(new Intent[0], "a person must act: the definition is not one a command here can change")
                : shared ? StartedProfiles.define(model, procName, user, group)
                : new StartedProfiles.Remedy(new Intent[] {new UntrustStartedTask(procName, a.profile().getName(), a.trusted(),
                        a.privileged())}, null);
        Check check = new Check()
                .require(!a.trusted(), a.source() + " makes " + procName + " trusted", remedy.intents())
                .require(!a.privileged(), a.source() + " makes " + procName + " privileged", remedy.intents())
                .fact(a.source() + ": trusted " + yesNo(a.trusted()) + ", privileged " + yesNo(a.privileged()));
        if (shared && !check.passed()) {
            check.fact(StartedProfiles.sharedNote(a));
        }
        if (!check.passed() && remedy.personMustAct() != null) {
            check.fact(remedy.personMustAct());
        }
        return check;
    }

    private static String yesNo(boolean b) {
        return b ? "YES" : "NO";
    }
}
