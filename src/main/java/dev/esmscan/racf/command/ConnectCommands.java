package dev.esmscan.racf.command;

import dev.esmscan.model.Connection;
import dev.esmscan.model.User;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** CONNECT and REMOVE. */
final class ConnectCommands {

    private ConnectCommands() {
    }

    /**
     * CONNECT adds a connection or, for an existing one, changes its attributes. Without GROUP RACF
     * uses the issuer's current connect group, which the commands do not show, so GROUP is required.
     */
    static void connect(Execution ex) {
        List<String> ids = ex.positionalNames(0, "user ID");
        Operands ops = ex.operands;
        for (String[] pair : new String[][] {{"SPECIAL", "NOSPECIAL"}, {"OPERATIONS", "NOOPERATIONS"}, {"AUDITOR", "NOAUDITOR"},
                {"REVOKE", "NOREVOKE"}, {"RESUME", "NORESUME"}}) {
            ops.exclusive(pair[0], pair[1]);
        }
        Optional<String> group = requiredGroup(ex, ops);
        Optional<String> authority = ops.upperValue("AUTHORITY").flatMap(a -> Values.groupAuthority(ex, a));
        boolean special = ops.flag("SPECIAL");
        boolean noSpecial = ops.flag("NOSPECIAL");
        boolean operations = ops.flag("OPERATIONS");
        boolean noOperations = ops.flag("NOOPERATIONS");
        boolean auditor = ops.flag("AUDITOR");
        boolean noAuditor = ops.flag("NOAUDITOR");
        Optional<Operand> revokeOperand = ops.operand("REVOKE");
        Optional<Operand> resumeOperand = ops.operand("RESUME");
        Optional<LocalDate> revokeDate = revokeOperand.flatMap(o -> UserCommands.dateOf(ex, "REVOKE", o));
        Optional<LocalDate> resumeDate = resumeOperand.flatMap(o -> UserCommands.dateOf(ex, "RESUME", o));
        boolean revoke = revokeOperand.isPresent() && !revokeOperand.get().hasValues();
        boolean resume = resumeOperand.isPresent() && !resumeOperand.get().hasValues();
        if (revoke && resume) {
            ex.reject("REVOKE and RESUME without dates contradict each other");
        }
        boolean noRevoke = ops.flag("NOREVOKE");
        boolean noResume = ops.flag("NORESUME");
        UserCommands.checkIds(ex, ids);
        if (ex.rejected()) {
            return;
        }
        for (String id : ids) {
            if (ex.model.findUser(id).isEmpty()) {
                ex.refuseName("user " + id + " is not defined, so it is not connected to " + group.get() + " (ICH02003I " + id + " NOT CONNECTED)");
                continue;
            }
            Connection c = ex.model.findConnection(id, group.get()).orElse(null);
            if (c == null) {
                c = ex.model.connection(id, group.get());
                c.setAuthority("USE");
            }
            authority.ifPresent(c::setAuthority);
            if (special || noSpecial) {
                c.setGroupSpecial(special);
            }
            if (operations || noOperations) {
                c.setGroupOperations(operations);
            }
            if (auditor || noAuditor) {
                c.setGroupAuditor(auditor);
            }
            applyRevocation(c, revoke, revokeDate, noRevoke, resume, resumeDate, noResume);
        }
    }

    static void remove(Execution ex) {
        List<String> ids = ex.positionalNames(0, "user ID");
        Optional<String> group = requiredGroup(ex, ex.operands);
        if (ex.rejected()) {
            return;
        }
        for (String id : ids) {
            if (ex.model.findConnection(id, group.get()).isEmpty()) {
                ex.refuseName("user " + id + " is not connected to group " + group.get() + "; nothing is removed");
                continue;
            }
            Optional<User> user = ex.model.findUser(id);
            if (user.isPresent() && group.get().equals(user.get().getDefaultGroup())) {
                ex.refuseName(group.get() + " is the default group of " + id + "; RACF does not remove a user from it; nothing is removed");
                continue;
            }
            ex.model.removeConnection(id, group.get());
        }
    }

    private static Optional<String> requiredGroup(Execution ex, Operands ops) {
        Optional<String> group = ops.upperValue("GROUP");
        if (!ops.present("GROUP")) {
            ex.cannotModel("GROUP not given; RACF would use the issuer's current connect group, which the commands do not show");
            return Optional.empty();
        }
        group.ifPresent(g -> GroupCommands.requireGroup(ex, g, "group"));
        return group;
    }

    /** As ALTUSER does for the user: an undated RESUME lifts the revocation and clears both dates. */
    private static void applyRevocation(Connection c, boolean revoke, Optional<LocalDate> revokeDate, boolean noRevoke,
                                        boolean resume, Optional<LocalDate> resumeDate, boolean noResume) {
        if (revoke) {
            c.setRevoked(true);
            c.setResumeDate(null);
        }
        revokeDate.ifPresent(c::setRevokeDate);
        resumeDate.ifPresent(c::setResumeDate);
        if (noRevoke) {
            c.setRevokeDate(null);
        }
        if (noResume) {
            c.setResumeDate(null);
        }
        if (resume) {
            c.setRevoked(false);
            c.setRevokeDate(null);
            c.setResumeDate(null);
        }
    }
}
