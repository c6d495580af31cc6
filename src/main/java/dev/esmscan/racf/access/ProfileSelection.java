package dev.esmscan.racf.access;

import dev.esmscan.model.ResourceProfile;

import java.util.List;

/**
 * The profile RACF would use for a resource, or null when none applies, with remarks an auditor
 * needs (unknown generic status, a generic profile RACF would ignore).
 */
record ProfileSelection(ResourceProfile profile, List<String> notes) {
    ProfileSelection {
        notes = List.copyOf(notes);
    }
}
