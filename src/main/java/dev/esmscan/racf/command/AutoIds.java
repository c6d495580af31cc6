package dev.esmscan.racf.command;

import dev.esmscan.model.Group;
import dev.esmscan.model.OmvsSegment;
import dev.esmscan.model.SecurityModel;
import dev.esmscan.model.User;
import java.util.HashSet;
import java.util.Set;

/**
 * AUTOUID and AUTOGID. RACF takes the next free value from the ranges in the APPLDATA of
 * FACILITY BPX.NEXT.USER, which the model does not hold. esmscan assigns the lowest value from
 * {@value #FIRST} up that no user (for UIDs) or group (for GIDs) of the model holds, so the same
 * input always yields the same IDs and never UID or GID 0.
 */
final class AutoIds {
    static final long FIRST = 1000;
    static final long MAX = 2_147_483_647L;

    private AutoIds() {
    }

    static long nextUid(SecurityModel.Builder model) {
        Set<Long> used = new HashSet<>();
        for (User u : model.users()) {
            OmvsSegment omvs = u.getOmvs();
            if (omvs != null && omvs.uid() != null) {
                used.add(omvs.uid());
            }
        }
        return lowestFree(used);
    }

    static long nextGid(SecurityModel.Builder model) {
        Set<Long> used = new HashSet<>();
        for (Group g : model.groups()) {
            if (g.getGid() != null) {
                used.add(g.getGid());
            }
        }
        return lowestFree(used);
    }

    private static long lowestFree(Set<Long> used) {
        long id = FIRST;
        while (used.contains(id)) {
            id++;
        }
        return id;
    }
}
