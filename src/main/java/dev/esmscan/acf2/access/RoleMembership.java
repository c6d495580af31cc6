package dev.esmscan.acf2.access;

import dev.esmscan.acf2.db.Acf2Database;
import dev.esmscan.acf2.db.Acf2Record;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The roles a logonid holds: every X(ROL) record whose INCLUDE list has a mask matching the
 * logonid, and every role that includes one of those roles by name, up to ACF2's 25 levels.
 */
public final class RoleMembership {
    static final int MAX_DEPTH = 25;

    private final Acf2Database db;

    public RoleMembership(Acf2Database db) {
        this.db = db;
    }

    /** The roles of a logonid, sorted by name. */
    public Set<String> rolesOf(String lid) {
        Set<String> roles = new TreeSet<>();
        for (Acf2Record role : db.roles().values()) {
            if (includes(role).stream().anyMatch(m -> Acf2Masks.resourceMatches(m, lid))) {
                roles.add(role.recid());
            }
        }
        for (int depth = 0; depth < MAX_DEPTH; depth++) {
            List<String> added = new ArrayList<>();
            for (Acf2Record role : db.roles().values()) {
                if (!roles.contains(role.recid()) && includes(role).stream().anyMatch(roles::contains)) {
                    added.add(role.recid());
                }
            }
            if (added.isEmpty()) {
                break;
            }
            roles.addAll(added);
        }
        return roles;
    }

    public static List<String> includes(Acf2Record role) {
        String inc = role.field("INCLUDE");
        return inc == null || inc.isBlank() ? List.of() : List.of(inc.trim().split("[\\s,]+"));
    }
}
