package dev.esmscan.acf2.access;

import dev.esmscan.acf2.access.RuleSelection.Selected;
import dev.esmscan.acf2.db.RuleEntry;
import dev.esmscan.acf2.db.RuleSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the entry that decides one request in a chosen rule set (formats reference 6.3 to 6.5):
 * the first entry, in ACF2's order, whose resource mask, principal and service all match. An
 * entry whose SERVICE does not list the service asked for is not a match: evaluation falls
 * through. In a role rule set USER lines are tried first and decide finally; then the rule set is
 * tried once per role of the user, and access is allowed when one role's first matching line allows.
 */
final class EntryEvaluator {

    /** The deciding entry (null when none matched), the role it matched through, and notes for the explanation. */
    record Result(RuleEntry entry, String role, List<String> notes) {
        boolean allowed() {
            return entry != null && ("ALLOW".equals(entry.action()) || "LOG".equals(entry.action()));
        }
    }

    private final Selected selected;
    private final String lid;
    private final String uidString;
    private final Set<String> roles;
    private final Set<String> services;
    private final List<String> notes = new ArrayList<>();

    EntryEvaluator(Selected selected, String lid, String uidString, Set<String> roles, Set<String> services) {
        this.selected = selected;
        this.lid = lid;
        this.uidString = uidString;
        this.roles = roles;
        this.services = services;
    }

    /**
     * A rule set is a role rule set when it says $ROLESET, or (inferred: a decompiled listing may
     * not show $ROLESET, and ACF2 takes ROLE lines only in role rule sets) when its lines name
     * roles or users and none names a UID mask.
     */
    static boolean isRoleBased(RuleSet rule) {
        boolean roleLines = rule.entries().stream().anyMatch(e -> e.role() != null);
        boolean uidLines = rule.entries().stream().anyMatch(e -> e.uid() != null);
        return rule.isRoleset() || (roleLines && !uidLines);
    }

    Result evaluate() {
        RuleSet rule = selected.rule();
        List<RuleEntry> ordered = selected.ordered();
        if (!isRoleBased(rule)) {
            if (ordered.stream().anyMatch(e -> e.role() != null && selected.applies(e))) {
                notes.add("its ROLE lines are not counted: the rule set also has UID lines and no $ROLESET, and whether ACF2 "
                        + "honours ROLE lines there is not documented (Zowe's RECKEY ... ROLE into an existing UID rule set "
                        + "is rejected or converts the rule)");
            }
            return new Result(first(ordered, null, false), null, notes);
        }
        RuleEntry direct = first(ordered, null, false);
        if (direct != null) {
            return new Result(direct, null, notes);
        }
        RuleEntry denied = null;
        String deniedRole = null;
        for (String role : roles) {
            RuleEntry e = first(ordered, role, true);
            if (e != null && ("ALLOW".equals(e.action()) || "LOG".equals(e.action()))) {
                return new Result(e, role, notes);
            }
            if (e != null && denied == null) {
                denied = e;
                deniedRole = role;
            }
        }
        if (roles.isEmpty()) {
            notes.add(lid + " holds no role (no X(ROL) record includes it)");
        } else {
            notes.add("tried with each role of " + lid + ": " + String.join(", ", roles));
        }
        return new Result(denied, deniedRole, notes);
    }

    /** The first matching line; in a role pass only ROLE lines, otherwise every line but ROLE lines. */
    private RuleEntry first(List<RuleEntry> ordered, String role, boolean rolePass) {
        for (RuleEntry e : ordered) {
            if (!selected.applies(e) || (e.role() != null) != rolePass) {
                continue;
            }
            if (!principalMatches(e, role)) {
                continue;
            }
            if (!e.services().isEmpty() && e.services().stream().noneMatch(services::contains)) {
                notes.add("'" + e.text() + "' matches but does not list SERVICE(" + String.join(" or ", services.stream().sorted().toList())
                        + "), so evaluation falls through");
                continue;
            }
            boolean allows = "ALLOW".equals(e.action()) || "LOG".equals(e.action());
            if (e.hasConditions() && allows) {
                notes.add("'" + e.text() + "' would allow only under its conditions (" + String.join(", ", e.conditions().keySet().stream().sorted().toList())
                        + "), which are not counted as granted");
                continue;
            }
            if (e.action() == null) {
                notes.add("'" + e.text() + "' names neither ALLOW nor PREVENT; taken as PREVENT (ACF2's default for such a "
                        + "line is not confirmed by the sources)");
            }
            return e;
        }
        return null;
    }

    private boolean principalMatches(RuleEntry e, String role) {
        if (e.user() != null) {
            return e.user().equals(lid);
        }
        if (e.uid() != null) {
            return Acf2Masks.uidMatches(e.uid(), uidString);
        }
        if (e.role() != null) {
            return role != null && Acf2Masks.resourceMatches(e.role(), role);
        }
        return true;
    }
}
