package dev.esmscan.racf.access;

import dev.esmscan.model.ClassOptions;
import dev.esmscan.model.Connection;
import dev.esmscan.model.SecurityModel;
import dev.esmscan.model.User;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The groups RACF considers for a user's access check (formats §9.2): every group the user is
 * connected to when list-of-groups checking (GRPLIST) is active, else only the default group.
 * With GRPLIST unknown only the default group counts, so that access is never granted through a
 * group RACF may not consider. Revoked connections never count.
 *
 * @param considered groups that count, default group first
 * @param ignored    connected groups that do not count, each with the reason
 * @param summary    how the groups were chosen, when an auditor needs to be told; else null
 */
record GroupScope(List<String> considered, List<IgnoredGroup> ignored, String summary) {

    record IgnoredGroup(String group, String reason) {
    }

    static GroupScope of(User user, SecurityModel model, ClassOptions options) {
        String defaultGroup = user.getDefaultGroup();
        Set<String> connected = new LinkedHashSet<>();
        if (defaultGroup != null) {
            connected.add(defaultGroup);
        }
        model.connectionsOf(user.getId()).stream().map(Connection::getGroup).sorted().forEach(connected::add);

        boolean known = options != null && options.isListOfGroupsKnown();
        boolean allGroups = known && options.isListOfGroups();
        List<String> considered = new ArrayList<>();
        List<IgnoredGroup> ignored = new ArrayList<>();
        for (String group : connected) {
            boolean revoked = model.connection(user.getId(), group).map(Connection::isRevoked).orElse(false);
            if (revoked) {
                ignored.add(new IgnoredGroup(group, "connection revoked"));
            } else if (allGroups || group.equals(defaultGroup)) {
                considered.add(group);
            } else {
                ignored.add(new IgnoredGroup(group, known ? "list-of-groups checking inactive" : "list-of-groups checking unknown"));
            }
        }
        String summary = null;
        if (!known) {
            summary = "list-of-groups checking unknown (" + (options == null ? "no SETROPTS input"
                    : "no SETROPTS LIST output, and no SETROPTS command of the inputs set GRPLIST") + "): only the default group "
                    + (defaultGroup == null ? "(none)" : defaultGroup) + " counted";
        }
        return new GroupScope(considered, ignored, summary);
    }
}
