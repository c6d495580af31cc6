package dev.esmscan.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The holders of at least a level through one profile's access list, UACC and WARNING mode, with
 * groups expanded to their connected users. ESMs whose groups do not pass permits to their members
 * list them all the same: the list informs, and naming one holder too many is the safe error.
 */
public final class ProfileHolders {

    private ProfileHolders() {
    }

    public static List<AccessHolder> of(ResourceProfile profile, SecurityModel model, AccessLevel atLeast, boolean warningApplies) {
        if (profile == null) {
            return List.of();
        }
        List<AccessHolder> holders = new ArrayList<>();
        for (AccessEntry e : profile.getAccessList()) {
            if (e.level() == null || !e.level().atLeast(atLeast)) {
                continue;
            }
            if (e.isEveryone()) {
                holders.add(new AccessHolder(AccessHolder.Kind.EVERYONE, e.id(), e.level(), List.of()));
            } else if (model.group(e.id()).isPresent() && model.user(e.id()).isEmpty()) {
                List<String> members = model.membersOf(e.id()).stream().map(Connection::getUserId).sorted().toList();
                holders.add(new AccessHolder(AccessHolder.Kind.GROUP, e.id(), e.level(), members));
            } else {
                holders.add(new AccessHolder(AccessHolder.Kind.USER, e.id(), e.level(), List.of()));
            }
        }
        AccessLevel uacc = profile.getUniversalAccess();
        if (uacc != null && uacc.atLeast(atLeast)) {
            holders.add(new AccessHolder(AccessHolder.Kind.UNIVERSAL_ACCESS, null, uacc, List.of()));
        }
        if (profile.isWarning() && warningApplies) {
            holders.add(new AccessHolder(AccessHolder.Kind.WARNING_MODE, null, null, List.of()));
        }
        return holders;
    }
}
