package dev.esmscan.policy.checks;

import dev.esmscan.model.Connection;
import dev.esmscan.model.OmvsSegment;
import dev.esmscan.model.SecurityModel;
import dev.esmscan.model.User;
import dev.esmscan.policy.Check;
import dev.esmscan.remediation.Intent;
import dev.esmscan.remediation.Intent.RemoveGroupAttributes;
import dev.esmscan.remediation.Intent.RemoveUserAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * A server user holds no more than it needs: no SPECIAL, OPERATIONS or AUDITOR, system-wide or on
 * a connection, and not z/OS UNIX UID 0. A UID is not changed by a generated command: the files
 * the user created keep their owner, so a person must choose the new UID and what to do with them.
 */
public final class PrivilegedAttributes {

    private PrivilegedAttributes() {
    }

    public static Check check(User user, SecurityModel model) {
        String id = user.getId();
        OmvsSegment omvs = user.getOmvs();
        boolean superuser = omvs != null && omvs.uid() != null && omvs.uid() == 0L;
        // with UID 0 a person must act anyway: the attributes are left to them too, so no part-fix is generated
        Check check = new Check();
        boolean any = user.isSpecial() || user.isOperations() || user.isAuditor();
        check.require(!any, "user " + id + " has " + names(user.isSpecial(), user.isOperations(), user.isAuditor()),
                fix(superuser, new RemoveUserAttributes(id, user.isSpecial(), user.isOperations(), user.isAuditor())));
        for (Connection c : model.connectionsOf(id)) {
            boolean group = c.isGroupSpecial() || c.isGroupOperations() || c.isGroupAuditor();
            check.require(!group, "its connection to " + c.getGroup() + " has group-level "
                            + names(c.isGroupSpecial(), c.isGroupOperations(), c.isGroupAuditor()),
                    fix(superuser, new RemoveGroupAttributes(id, c.getGroup(), c.isGroupSpecial(), c.isGroupOperations(), c.isGroupAuditor())));
        }
        check.require(!superuser, "it has z/OS UNIX UID 0 (superuser); a person must act: give " + id
                + " a UID of its own; no command is generated because files it created as UID 0 keep that owner");
        if (check.passed()) {
            check.fact("user " + id + " has no SPECIAL, OPERATIONS or AUDITOR, system-wide or group-level"
                    + (omvs != null && omvs.uid() != null ? ", and UID " + omvs.uid() : ""));
        }
        return check;
    }

    private static Intent[] fix(boolean personMustAct, Intent intent) {
        return personMustAct ? new Intent[0] : new Intent[] {intent};
    }

    private static String names(boolean special, boolean operations, boolean auditor) {
        List<String> held = new ArrayList<>();
        if (special) {
            held.add("SPECIAL");
        }
        if (operations) {
            held.add("OPERATIONS");
        }
        if (auditor) {
            held.add("AUDITOR");
        }
        return String.join(", ", held);
    }
}
