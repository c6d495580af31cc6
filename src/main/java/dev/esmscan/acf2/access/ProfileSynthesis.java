package dev.esmscan.acf2.access;

import dev.esmscan.acf2.access.RuleSelection.Selected;
import dev.esmscan.acf2.db.RuleEntry;
import dev.esmscan.model.AccessEntry;
import dev.esmscan.model.AccessLevel;
import dev.esmscan.model.ResourceProfile;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The neutral profile that stands for the ACF2 lines deciding a resource, so the neutral rules can
 * read exposure: its name is the $KEY with the most specific matching line's resource mask (the
 * resource itself when no line of the rule set covers it); it is
 * generic when that name is masked; its UACC is NONE (ACF2 denies what no line allows); its access
 * list has one entry per principal, from the first line for it in ACF2's order: USER(lid) as that
 * logonid, ROLE(r) as the role (a neutral group), a UID mask as the mask itself, and a line for
 * everyone (no principal, UID(-), UID(*)) as "*"; a PREVENT line gives NONE, an allowing line the
 * highest level its services reach, and a line naming no action its level too (for exposure the
 * generous reading). It is in WARNING mode when the rule set's or the system's mode is not ABORT.
 */
public final class ProfileSynthesis {

    private ProfileSynthesis() {
    }

    public static ResourceProfile profile(String className, Selected selected, boolean warning) {
        List<RuleEntry> lines = selected.ordered().stream().filter(selected::applies).toList();
        String name = !lines.isEmpty() ? selected.nameOf(lines.get(0))
                : selected.generalized() ? selected.rule().key() : selected.rule().key() + "." + selected.rest();
        ResourceProfile p = new ResourceProfile(className, name);
        p.setGeneric(Acf2Masks.isMasked(name));
        p.setUniversalAccess(AccessLevel.NONE);
        p.setRawUniversalAccess("NONE");
        p.setWarning(warning);
        p.setBaseRecordSeen(true);
        p.setInstallationData(selected.rule().describe());
        Set<String> seen = new HashSet<>();
        for (RuleEntry e : lines) {
            String id = principal(e);
            if (seen.add(id)) {
                p.getAccessList().add(new AccessEntry(id, ServiceLevels.levelOf(e)));
            }
        }
        return p;
    }

    static String principal(RuleEntry e) {
        if (e.user() != null) {
            return e.user();
        }
        if (e.role() != null) {
            return Acf2Masks.isMasked(e.role()) ? AccessEntry.EVERYONE : e.role();
        }
        if (e.uid() != null && !Acf2Masks.uidMatchesEveryone(e.uid())) {
            return e.uid();
        }
        return AccessEntry.EVERYONE;
    }
}
