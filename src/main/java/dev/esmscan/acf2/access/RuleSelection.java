package dev.esmscan.acf2.access;

import dev.esmscan.acf2.db.Acf2Database;
import dev.esmscan.acf2.db.RuleEntry;
import dev.esmscan.acf2.db.RuleSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which rule set decides a resource (KB 44399; formats reference 6.2): for a name of at most 40
 * characters, the "generalized" rule set whose $KEY most specifically matches the full name,
 * directly or by masking ({@link Acf2Masks#keyMatches}); only when none does and the name is
 * qualified, the "extended" rule set whose $KEY most specifically matches the first qualifier, its
 * entries matching the rest of the name. A NEXTKEY names the next rule set by its $KEY; a
 * {@code $PREFIX} in it says how much of the name its $KEY stands for, else its lines carry no
 * extension (Option for DB2, "NEXTKEY and $PREFIX").
 */
public final class RuleSelection {
    static final int GENERALIZED_MAX = 40;

    /**
     * The chosen rule set.
     *
     * @param rule        the rule set
     * @param generalized true when its $KEY matched the full name (entries then carry no extension)
     * @param rest        the part of the name the entries' resource masks match ("" when generalized)
     * @param nosort      the entries keep their written order ($NOSORT, where RULEOPTS allows it)
     */
    public record Selected(RuleSet rule, boolean generalized, String rest, boolean nosort) {

        public Selected(RuleSet rule, boolean generalized, String rest) {
            this(rule, generalized, rest, rule.isNosort());
        }

        /** Whether an entry's resource mask covers the resource. */
        public boolean applies(RuleEntry e) {
            if (generalized) {
                return e.resource().isEmpty() || e.resource().equals("-");
            }
            return !e.resource().isEmpty() && Acf2Masks.resourceMatches(e.resource(), rest);
        }

        /** The entries in the order ACF2 tries them: sorted most specific first, or as written under $NOSORT. */
        public List<RuleEntry> ordered() {
            List<RuleEntry> list = new ArrayList<>(rule.entries());
            if (!nosort) {
                list.sort(ENTRY_ORDER);
            }
            return list;
        }

        /** The full resource name an entry stands for: $KEY, then its extension. */
        public String nameOf(RuleEntry e) {
            return generalized || e.resource().isEmpty() ? rule.key() : rule.key() + "." + e.resource();
        }
    }

    /**
     * The compiler's sort: resource mask extension first, then the principal: USER lines for one
     * logonid, UID masks by their literal characters ({@link Acf2Masks#UID_ORDER}), ROLE lines,
     * ROLE(-) and other role masks, lines for everyone, and masked USER lines such as USER(-) last
     * (KB 130517).
     */
    static final Comparator<RuleEntry> ENTRY_ORDER = Comparator
            .comparing(RuleEntry::resource, Acf2Masks.MOST_SPECIFIC_FIRST)
            .thenComparingInt(RuleSelection::principalRank)
            .thenComparing(e -> e.uid() == null ? "" : e.uid(), Acf2Masks.UID_ORDER);

    private static int principalRank(RuleEntry e) {
        if (e.user() != null) {
            return Acf2Masks.isMasked(e.user()) ? 4 : 0;
        }
        if (e.uid() != null) {
            return Acf2Masks.uidMatchesEveryone(e.uid()) ? 3 : 1;
        }
        if (e.role() != null) {
            return Acf2Masks.isMasked(e.role()) ? 2 : 1;
        }
        return 3;
    }

    private RuleSelection() {
    }

    public static Optional<Selected> select(Acf2Database db, String type, String name) {
        Acf2Options options = new Acf2Options(db);
        List<RuleSet> ofType = db.resourceRules().values().stream().filter(r -> type.equals(r.type())).toList();
        if (name.length() <= GENERALIZED_MAX) {
            Optional<RuleSet> full = ofType.stream().filter(r -> Acf2Masks.keyMatches(r.key(), name))
                    .min(Comparator.comparing(RuleSet::key, Acf2Masks.KEY_ORDER));
            if (full.isPresent()) {
                return Optional.of(new Selected(full.get(), true, "", options.nosort(full.get())));
            }
        }
        int dot = name.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String qualifier = name.substring(0, dot);
        return ofType.stream().filter(r -> r.key().indexOf('.') < 0 && Acf2Masks.keyMatches(r.key(), qualifier))
                .min(Comparator.comparing(RuleSet::key, Acf2Masks.KEY_ORDER))
                .map(r -> new Selected(r, false, name.substring(dot + 1), options.nosort(r)));
    }

    /**
     * The rule set a NEXTKEY names, as it validates {@code name}: with {@code $PREFIX(p)} the
     * part of the name after {@code p} is matched against its lines' extensions; without one, its
     * lines are taken as a full-key match. Empty when no rule set of the type has that $KEY, or
     * the name does not begin with its $PREFIX.
     */
    public static Optional<Selected> next(Acf2Database db, String type, String key, String name) {
        RuleSet r = db.resourceRule(type, key);
        if (r == null) {
            return Optional.empty();
        }
        boolean nosort = new Acf2Options(db).nosort(r);
        String prefix = r.controls().getOrDefault("$PREFIX", r.controls().get("PREFIX"));
        if (prefix == null || prefix.isBlank()) {
            return Optional.of(new Selected(r, true, "", nosort));
        }
        String p = prefix.trim();
        if (name.equals(p)) {
            return Optional.of(new Selected(r, true, "", nosort));
        }
        if (!name.startsWith(p + ".")) {
            return Optional.empty();
        }
        return Optional.of(new Selected(r, false, name.substring(p.length() + 1), nosort));
    }
}
