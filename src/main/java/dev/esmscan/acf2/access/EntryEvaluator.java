package dev.esmscan.acf2.access;

import dev.esmscan.acf2.access.RuleSelection.Selected;
import dev.esmscan.acf2.db.Acf2Database;
import dev.esmscan.acf2.db.RuleEntry;
import dev.esmscan.acf2.db.RuleSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the entry that decides one request, from the chosen rule set through its NEXTKEY chain
 * (docs/formats/acf2.md):
 * <ul>
 *   <li>the first entry, in ACF2's order, whose resource mask, principal and service all match
 *   decides; an entry whose SERVICE does not list the service asked for is not a match
 *   (KB 206578);</li>
 *   <li>an entry that prevents and names a NEXTKEY sends validation on to the rule set with that
 *   $KEY; only a prevention does (Option for DB2, "NEXTKEY": "only when access based on the
 *   current rule entry is prevented"), so an ALLOW with NEXTKEY allows. A chain longer than 25 or
 *   a loop denies;</li>
 *   <li>a role rule set is validated once per role of the logonid, the same role through the
 *   whole NEXTKEY chain, until one allows (KB 136520); ROLE(-) matches every role and a logonid
 *   with none (Option for DB2, "Using NEXTKEYs With $ROLESET Rules"); a USER line matches the
 *   logonids its mask covers, USER(-) every one, and a denial by a USER line is final
 *   (KB 130517).</li>
 * </ul>
 */
final class EntryEvaluator {
    static final int MAX_NEXTKEYS = 25;

    /** The deciding entry (null when none matched), the role it matched through, and notes for the explanation. */
    record Result(RuleEntry entry, String role, List<String> notes) {
        boolean allowed() {
            return entry != null && allows(entry);
        }
    }

    private final Acf2Database db;
    private final Selected selected;
    private final String resource;
    private final String lid;
    private final String uidString;
    private final Set<String> roles;
    private final Set<String> services;
    private final List<String> notes = new ArrayList<>();

    EntryEvaluator(Acf2Database db, Selected selected, String resource, String lid, String uidString, Set<String> roles, Set<String> services) {
        this.db = db;
        this.selected = selected;
        this.resource = resource;
        this.lid = lid;
        this.uidString = uidString;
        this.roles = roles;
        this.services = services;
    }

    static boolean allows(RuleEntry e) {
        return "ALLOW".equals(e.action()) || "LOG".equals(e.action());
    }

    /** The NEXTKEY an entry names, or null. */
    static String nextKey(RuleEntry e) {
        String k = e.conditions().get("NEXTKEY");
        return k == null || k.isBlank() ? null : k.trim().toUpperCase(java.util.Locale.ROOT);
    }

    /** The entry's conditions other than NEXTKEY: the environment it allows under. */
    static Set<String> conditions(RuleEntry e) {
        Set<String> c = new java.util.TreeSet<>(e.conditions().keySet());
        c.remove("NEXTKEY");
        return c;
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
        if (!isRoleBased(rule)) {
            if (selected.ordered().stream().anyMatch(e -> e.role() != null && selected.applies(e))) {
                notes.add("its ROLE lines are not counted: the rule set also has UID lines and no $ROLESET, and whether ACF2 "
                        + "honours ROLE lines there is not documented (Zowe's RECKEY ... ROLE into an existing UID rule set "
                        + "is rejected or converts the rule)");
            }
            return new Result(chain(selected, null, false), null, notes);
        }
        List<String> passes = new ArrayList<>(roles);
        if (passes.isEmpty()) {
            notes.add(lid + " holds no role (no X(ROL) record includes it): only ROLE(-) lines and lines for it match");
            passes.add(null);
        }
        RuleEntry denied = null;
        String deniedRole = null;
        RuleEntry allowed = null;
        String allowedRole = null;
        RuleEntry finalDenial = null;
        for (String role : passes) {
            RuleEntry e = chain(selected, role, true);
            if (e == null) {
                continue;
            }
            if (allows(e)) {
                if (allowed == null) {
                    allowed = e;
                    allowedRole = role;
                }
            } else if (e.user() != null) {
                finalDenial = finalDenial == null ? e : finalDenial;
            } else if (denied == null) {
                denied = e;
                deniedRole = role;
            }
        }
        if (passes.size() > 1 || passes.get(0) != null) {
            notes.add("tried with each role of " + lid + ": " + String.join(", ", roles));
        }
        if (finalDenial != null) {
            if (allowed != null) {
                notes.add("'" + finalDenial.text() + "' denies " + lid + " by a USER line, which ends validation (KB 130517), and another "
                        + "role reaches '" + allowed.text() + "': which comes first depends on the order of " + lid
                        + "'s roles (KB 15580, KB 189213), so the denial is taken");
            }
            return new Result(finalDenial, null, notes);
        }
        if (allowed != null) {
            return new Result(allowed, allowedRole, notes);
        }
        return new Result(denied, deniedRole, notes);
    }

    /**
     * The deciding entry of one validation: the first matching line of the rule set, then, while
     * that line prevents and names a NEXTKEY, of the rule set it names.
     */
    private RuleEntry chain(Selected start, String role, boolean rolePass) {
        Selected current = start;
        Set<String> seen = new HashSet<>();
        seen.add(current.rule().key());
        for (int hops = 0; ; hops++) {
            RuleEntry e = first(current, role, rolePass);
            String next = e == null ? null : nextKey(e);
            if (e == null || next == null || allows(e)) {
                return e;
            }
            if (hops >= MAX_NEXTKEYS || !seen.add(next)) {
                notes.add("'" + e.text() + "' leads to " + (hops >= MAX_NEXTKEYS ? "a 26th NEXTKEY" : "a NEXTKEY loop at $KEY(" + next + ")")
                        + ": ACF2 denies");
                return e;
            }
            Optional<Selected> target = RuleSelection.next(db, current.rule().type(), next, resource);
            if (target.isEmpty()) {
                notes.add("'" + e.text() + "' prevents and names NEXTKEY(" + next + "), " + (db.resourceRule(current.rule().type(), next) == null
                        ? "which no rule set of TYPE(" + current.rule().type() + ") has" : "whose $PREFIX does not begin " + resource)
                        + ": denied");
                return e;
            }
            notes.add("'" + e.text() + "' prevents, so validation goes on with " + target.get().rule().describe());
            current = target.get();
            rolePass = rolePass || isRoleBased(current.rule());
        }
    }

    /** The first matching line of a rule set, for one role (null: no role) of the logonid. */
    private RuleEntry first(Selected s, String role, boolean rolePass) {
        boolean roleBased = isRoleBased(s.rule());
        for (RuleEntry e : s.ordered()) {
            if (!s.applies(e)) {
                continue;
            }
            if (e.role() != null && (!roleBased || !rolePass)) {
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
            Set<String> conditions = conditions(e);
            if (!conditions.isEmpty() && allows(e)) {
                notes.add("'" + e.text() + "' would allow only under its conditions (" + String.join(", ", conditions)
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
            return Acf2Masks.resourceMatches(e.user(), lid);
        }
        if (e.uid() != null) {
            return Acf2Masks.uidMatches(e.uid(), uidString);
        }
        if (e.role() != null) {
            return role == null ? e.role().equals("-") : Acf2Masks.resourceMatches(e.role(), role);
        }
        return true;
    }
}
