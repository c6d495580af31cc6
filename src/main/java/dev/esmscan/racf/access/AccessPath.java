package dev.esmscan.racf.access;

import dev.esmscan.model.AccessLevel;

import java.util.List;

/**
 * The access an identity holds from one profile's standard access list and how it got it.
 *
 * @param level          the effective level (NONE when nothing applies)
 * @param via            user, group:NAME, id(*), uacc or none
 * @param text           the path in words
 * @param notes          remarks that qualify the path (groups not counted, unreadable UACC)
 * @param groups         the groups RACF considers for this identity
 * @param everyoneApplies whether ID(*) entries apply to this identity
 */
record AccessPath(AccessLevel level, String via, String text, List<String> notes, List<String> groups,
                  boolean everyoneApplies) {
    AccessPath {
        notes = List.copyOf(notes);
        groups = List.copyOf(groups);
    }
}
