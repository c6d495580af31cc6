package dev.esmscan.model;

/** One entry of a standard access list. The ID is a user, a group, or "*" for ID(*). */
public record AccessEntry(String id, AccessLevel level) {
    public static final String EVERYONE = "*";

    public boolean isEveryone() {
        return EVERYONE.equals(id);
    }
}
