package dev.esmscan.model;

import java.util.List;

/**
 * What gives access to a resource through its deciding profile: an access list entry for a user,
 * a group (with its connected users) or ID(*), the UACC, or WARNING mode.
 *
 * @param kind    what kind of holder
 * @param id      the user or group ID, "*" for ID(*); null for the UACC and WARNING mode
 * @param level   the level it holds; null for WARNING mode, which lets every request through
 * @param members for a group, its connected users, sorted; else empty
 */
public record AccessHolder(Kind kind, String id, AccessLevel level, List<String> members) {

    public enum Kind { USER, GROUP, EVERYONE, UNIVERSAL_ACCESS, WARNING_MODE }

    public AccessHolder {
        members = List.copyOf(members);
    }

    /** The holder in an administrator's words: "group SYS1 ALTER (connected users: IBMUSER, OPER1)". */
    public String describe() {
        switch (kind) {
            case USER:
                return "user " + id + " " + level;
            case GROUP:
                return "group " + id + " " + level + (members.isEmpty() ? " (no connected users)"
                        : " (connected users: " + String.join(", ", members) + ")");
            case EVERYONE:
                return "ID(*) " + level + ": every defined user that is not RESTRICTED";
            case UNIVERSAL_ACCESS:
                return "UACC(" + level + "): every user";
            default:
                return "WARNING mode: every user's request is allowed (and logged)";
        }
    }
}
