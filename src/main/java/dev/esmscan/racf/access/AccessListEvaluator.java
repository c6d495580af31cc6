package dev.esmscan.racf.access;

import dev.esmscan.model.AccessEntry;
import dev.esmscan.model.AccessLevel;
import dev.esmscan.model.ClassOptions;
import dev.esmscan.model.ResourceProfile;
import dev.esmscan.model.SecurityModel;
import dev.esmscan.model.User;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Evaluates a profile's standard access list for one identity in RACF's order (formats §9.2):
 * the user's own entry; else the highest entry of the groups RACF considers; else ID(*); else
 * UACC. RESTRICTED users skip ID(*) and UACC; users not defined get the UACC only.
 */
final class AccessListEvaluator {
    /** Classes where OPERATIONS gives access when the access list names neither the user nor its groups. */
    private static final Set<String> OPERATIONS_CLASSES = Set.of("DATASET", "DASDVOL", "GDASDVOL", "PSFMPL", "TAPEVOL");

    private final SecurityModel model;
    private final ClassOptions options;

    AccessListEvaluator(SecurityModel model) {
        this.model = model;
        this.options = model.classOptions().orElse(null);
    }

    AccessPath evaluate(ResourceProfile profile, String identity) {
        List<String> notes = new ArrayList<>();
        Optional<User> defined = model.user(identity);
        if (defined.isEmpty()) {
            AccessLevel uacc = uacc(profile, notes);
            return new AccessPath(uacc, "uacc", "UACC " + uacc + " applies: user not defined (" + identity + " is not in the input)",
                    notes, List.of(), false);
        }
        User user = defined.get();
        GroupScope scope = GroupScope.of(user, model, options);
        AccessEntry groupEntry = highestEntry(profile, scope.considered());

        AccessEntry own = profile.entryFor(identity);
        if (own != null) {
            if (groupEntry != null && level(groupEntry).compareTo(level(own)) > 0) {
                notes.add("the user entry overrides the higher entry of group " + groupEntry.id() + " (" + level(groupEntry) + ")");
            }
            return new AccessPath(level(own), "user", identity + " has " + level(own) + " through its own user entry",
                    notes, scope.considered(), !user.isRestricted());
        }

        if (scope.summary() != null) {
            notes.add(scope.summary());
        }
        for (GroupScope.IgnoredGroup ignored : scope.ignored()) {
            AccessEntry e = profile.entryFor(ignored.group());
            if (e != null) {
                notes.add("entry of group " + ignored.group() + " (" + level(e) + ") not counted: " + ignored.reason());
            }
        }
        if (groupEntry != null) {
            return new AccessPath(level(groupEntry), "group:" + groupEntry.id(),
                    identity + " has " + level(groupEntry) + " through group " + groupEntry.id(),
                    notes, scope.considered(), !user.isRestricted());
        }

        if (OPERATIONS_CLASSES.contains(profile.getClassName()) && user.isOperations()) {
            notes.add(identity + " has OPERATIONS, which RACF honours in " + profile.getClassName() + " when the access list names neither the user nor its groups; not counted here");
        }
        if (user.isRestricted()) {
            return new AccessPath(AccessLevel.NONE, "none",
                    identity + " is RESTRICTED and has no entry of its own or through its groups: RESTRICTED bypassed ID(*) and UACC, access NONE",
                    notes, scope.considered(), false);
        }
        AccessEntry everyone = profile.entryFor(AccessEntry.EVERYONE);
        if (everyone != null) {
            return new AccessPath(level(everyone), "id(*)",
                    identity + " has " + level(everyone) + " through ID(*), no entry for " + identity + " or its groups",
                    notes, scope.considered(), true);
        }
        AccessLevel uacc = uacc(profile, notes);
        return new AccessPath(uacc, "uacc", "UACC " + uacc + ", no entry for " + identity + " or its groups",
                notes, scope.considered(), true);
    }

    /** The highest entry among the groups; on a tie the group listed first (the default group) wins. */
    private static AccessEntry highestEntry(ResourceProfile profile, List<String> groups) {
        AccessEntry best = null;
        for (String group : groups) {
            AccessEntry e = profile.entryFor(group);
            if (e != null && (best == null || level(e).compareTo(level(best)) > 0)) {
                best = e;
            }
        }
        return best;
    }

    /** An entry whose level the extract did not hold counts as NONE: never grant on an unreadable value. */
    private static AccessLevel level(AccessEntry entry) {
        return entry.level() == null ? AccessLevel.NONE : entry.level();
    }

    private static AccessLevel uacc(ResourceProfile profile, List<String> notes) {
        AccessLevel uacc = profile.getUniversalAccess();
        if (uacc != null) {
            return uacc;
        }
        notes.add("UACC not recognised (" + (profile.getRawUniversalAccess() == null ? "blank" : "'" + profile.getRawUniversalAccess() + "'") + "), taken as NONE");
        return AccessLevel.NONE;
    }
}
