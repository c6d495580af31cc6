package dev.esmscan.acf2.access;

import dev.esmscan.acf2.access.RuleSelection.Selected;
import dev.esmscan.acf2.db.Acf2Database;
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
 * generous reading); USER(-) and other masked USER lines, like ROLE(-), stand for everyone. The
 * resolver marks it in WARNING mode when the mode that applies lets denials through.
 */
public final class ProfileSynthesis {

    private ProfileSynthesis() {
    }

    public static ResourceProfile profile(String className, Selected selected, boolean warning) {
        return profile(className, selected, warning, null);
    }

    /**
     * The profile; with {@code db} given, a line that prevents and names a NEXTKEY also brings in
     * the lines of the rule sets its chain reaches, each principal at the highest level any of
     * them gives (for exposure, naming a level too high is the safe error).
     */
    public static ResourceProfile profile(String className, Selected selected, boolean warning, Acf2Database db) {
        List<RuleEntry> lines = selected.ordered().stream().filter(selected::applies).toList();
        String name = !lines.isEmpty() ? selected.nameOf(lines.get(0))
                : selected.generalized() ? selected.rule().key() : selected.rule().key() + "." + selected.rest();
        ResourceProfile p = new ResourceProfile(className, name);
        p.setGeneric(Acf2Masks.isMasked(name) || selected.rule().key().indexOf('*') >= 0);
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
        if (db != null) {
            String full = selected.generalized() ? selected.rule().key() : selected.rule().key() + "." + selected.rest();
            chained(p, selected, lines, db, full, new HashSet<>(Set.of(selected.rule().key())));
        }
        return p;
    }

    private static void chained(ResourceProfile p, Selected selected, List<RuleEntry> lines, Acf2Database db, String name, Set<String> seen) {
        for (RuleEntry e : lines) {
            String next = EntryEvaluator.nextKey(e);
            if (next == null || EntryEvaluator.allows(e) || !seen.add(next) || seen.size() > EntryEvaluator.MAX_NEXTKEYS) {
                continue;
            }
            RuleSelection.next(db, selected.rule().type(), next, name).ifPresent(t -> {
                List<RuleEntry> targetLines = t.ordered().stream().filter(t::applies).toList();
                for (RuleEntry te : targetLines) {
                    String id = principal(te);
                    AccessLevel level = ServiceLevels.levelOf(te);
                    AccessEntry mine = p.entryFor(id);
                    if (mine == null || (mine.level() != null && level.compareTo(mine.level()) > 0)) {
                        p.permit(id, level);
                    }
                }
                chained(p, t, targetLines, db, name, seen);
            });
        }
    }

    static String principal(RuleEntry e) {
        if (e.user() != null) {
            return Acf2Masks.isMasked(e.user()) ? AccessEntry.EVERYONE : e.user();
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
