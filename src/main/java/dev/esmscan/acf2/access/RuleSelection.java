package dev.esmscan.acf2.access;

import dev.esmscan.acf2.db.Acf2Database;
import dev.esmscan.acf2.db.RuleEntry;
import dev.esmscan.acf2.db.RuleSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which rule set decides a resource (formats reference 6.2): for a name of at most 40 characters,
 * the "generalized" rule set whose $KEY most specifically matches the full name, directly or by
 * masking; only when none does and the name is qualified, the "extended" rule set whose $KEY most
 * specifically matches the first qualifier, its entries matching the rest of the name.
 */
public final class RuleSelection {
    static final int GENERALIZED_MAX = 40;

    /**
     * The chosen rule set.
     *
     * @param rule        the rule set
     * @param generalized true when its $KEY matched the full name (entries then carry no extension)
     * @param rest        the part of the name the entries' resource masks match ("" when generalized)
     */
    public record Selected(RuleSet rule, boolean generalized, String rest) {

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
            if (!rule.isNosort()) {
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
     * The compiler's sort: resource mask extension first, then the principal (USER lines, UID
     * masks most specific first, ROLE lines, ROLE(-), then lines for everyone).
     */
    static final Comparator<RuleEntry> ENTRY_ORDER = Comparator
            .comparing(RuleEntry::resource, Acf2Masks.MOST_SPECIFIC_FIRST)
            .thenComparingInt(RuleSelection::principalRank)
            .thenComparing(e -> e.uid() == null ? "" : e.uid(), Acf2Masks.MOST_SPECIFIC_FIRST);

    private static int principalRank(RuleEntry e) {
        if (e.user() != null) {
            return 0;
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
        List<RuleSet> ofType = db.resourceRules().values().stream().filter(r -> type.equals(r.type())).toList();
        if (name.length() <= GENERALIZED_MAX) {
            Optional<RuleSet> full = ofType.stream().filter(r -> Acf2Masks.resourceMatches(r.key(), name))
                    .min(Comparator.comparing(RuleSet::key, Acf2Masks.MOST_SPECIFIC_FIRST));
            if (full.isPresent()) {
                return Optional.of(new Selected(full.get(), true, ""));
            }
        }
        int dot = name.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String qualifier = name.substring(0, dot);
        return ofType.stream().filter(r -> r.key().indexOf('.') < 0 && Acf2Masks.resourceMatches(r.key(), qualifier))
                .min(Comparator.comparing(RuleSet::key, Acf2Masks.MOST_SPECIFIC_FIRST))
                .map(r -> new Selected(r, false, name.substring(dot + 1)));
    }
}
