package dev.esmscan.policy.checks;

import dev.esmscan.model.AccessHolder;
import dev.esmscan.model.AccessLevel;
import dev.esmscan.model.AccessResolver;
import dev.esmscan.model.ResourceProfile;
import java.util.ArrayList;
import java.util.List;

/**
 * Who holds at least a level to a resource through its deciding profile, besides one identity
 * (the STC user the documentation permits), as one line of evidence.
 */
public final class AccessHolders {
    /** A group's connected users named in full up to this many; the rest are counted. */
    static final int MEMBERS_SHOWN = 25;

    private AccessHolders() {
    }

    public static String evidence(AccessResolver access, String className, String resource, AccessLevel atLeast, String besides) {
        ResourceProfile profile = access.decidingProfile(className, resource);
        if (profile == null) {
            return "no profile covers " + className + " " + resource + ": no one holds " + atLeast + " through a profile";
        }
        List<String> others = new ArrayList<>();
        for (AccessHolder h : access.holders(className, resource, atLeast)) {
            if (h.kind() == AccessHolder.Kind.USER && h.id().equals(besides)) {
                continue;
            }
            others.add(h.kind() == AccessHolder.Kind.GROUP ? group(h, besides) : h.describe());
        }
        String through = " through " + profile;
        if (others.isEmpty()) {
            return "no identity other than " + besides + " holds " + atLeast + " or more" + through;
        }
        return others.size() + (others.size() == 1 ? " holder" : " holders") + " other than " + besides + " with "
                + atLeast + " or more" + through + ": " + String.join("; ", others);
    }

    private static String group(AccessHolder h, String besides) {
        List<String> members = h.members().stream().filter(m -> !m.equals(besides)).toList();
        String text = "group " + h.id() + " " + h.level();
        if (members.isEmpty()) {
            return text + (h.members().isEmpty() ? " (no connected users)" : " (no connected users besides " + besides + ")");
        }
        List<String> shown = members.size() > MEMBERS_SHOWN ? members.subList(0, MEMBERS_SHOWN) : members;
        return text + " (connected users: " + String.join(", ", shown)
                + (members.size() > shown.size() ? " and " + (members.size() - shown.size()) + " more" : "") + ")";
    }
}
