package dev.esmscan.acf2.access;

import dev.esmscan.acf2.db.Acf2Database;
import dev.esmscan.acf2.db.Acf2Record;
import dev.esmscan.acf2.db.RuleSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The GSO options that change ACF2's access decisions, read from the GSO records the inputs
 * hold, with what applies when they are absent.
 *
 * <p>OPTS MODE: the system mode. Under ABORT a denial is a denial; under WARN, LOG or QUIET ACF2
 * lets a denied request through; under RULE each rule set's {@code $MODE} decides, and the
 * {@code MODE(RULE,no-rule,no-$mode)} sub-values give the mode of a request with no rule set and of
 * a rule set without {@code $MODE} (ACF2 Implementation Planning Guide, "Using RULE Mode"). A
 * {@code $MODE} is honoured only under MODE(RULE). Without an OPTS record, or under MODE(RULE)
 * without the sub-value needed, no default is documented: a decision keeps the denial (any mode
 * fails the requirement anyway) and says so; an exposure profile takes the lenient reading and
 * says so.
 *
 * <p>RULEOPTS: {@code $NOSORT} is honoured in a resource rule set only when the RULEOPTS record
 * allows it (RESNOSRT or NOSORT; ACF2 Administrator Guide, "How ACF2 Sorts Rules": "place a $NOSORT
 * control statement in the rule set and specify $NOSORT in the RULEOPTS record"); without a
 * RULEOPTS record the rule set's own $NOSORT is taken as written.
 */
public final class Acf2Options {
    static final Set<String> LENIENT = Set.of("WARN", "LOG", "QUIET");

    /** The mode that applies to one request and where it came from; {@code known} false when no input says. */
    public record Mode(String mode, String source, boolean known) {
        public boolean lenient() {
            return mode != null && LENIENT.contains(mode);
        }
    }

    private final Acf2Database db;

    public Acf2Options(Acf2Database db) {
        this.db = db;
    }

    /** The OPTS MODE values as written: the mode, then the RULE sub-values; empty when no OPTS record gives MODE. */
    List<String> optsMode() {
        Acf2Record opts = db.gso().get("OPTS");
        String m = opts == null ? null : opts.field("MODE");
        if (m == null || m.isBlank()) {
            return List.of();
        }
        return List.of(m.toUpperCase(Locale.ROOT).replace(" ", "").split(","));
    }

    /** The mode a request validated by this rule set runs under (null rule: no rule set was found). */
    public Mode modeFor(RuleSet rule) {
        List<String> opts = optsMode();
        String own = rule == null ? null : rule.mode();
        if (opts.isEmpty()) {
            return new Mode(null, own == null ? "no GSO OPTS record gives the system MODE"
                    : "no GSO OPTS record gives the system MODE, and the rule set's $MODE(" + own + ") is honoured only under OPTS MODE(RULE)",
                    false);
        }
        String system = opts.get(0);
        if (!system.equals("RULE")) {
            return new Mode(system, "GSO OPTS MODE(" + String.join(",", opts) + ")"
                    + (own == null ? "" : "; the rule set's $MODE(" + own + ") is honoured only under MODE(RULE)"), true);
        }
        if (rule == null) {
            return opts.size() > 1 ? new Mode(opts.get(1), "GSO OPTS MODE(" + String.join(",", opts) + "): its NO-RULE mode", true)
                    : new Mode(null, "GSO OPTS MODE(RULE) gives no NO-RULE mode", false);
        }
        if (own != null) {
            return new Mode(own, "the rule set's $MODE(" + own + ") under GSO OPTS MODE(RULE)", true);
        }
        return opts.size() > 2 ? new Mode(opts.get(2), "GSO OPTS MODE(" + String.join(",", opts) + "): its NO-$MODE mode", true)
                : new Mode(null, "GSO OPTS MODE(RULE) and the rule set has no $MODE, and no NO-$MODE mode is given", false);
    }

    /** Whether the rule set's entries keep their written order. */
    public boolean nosort(RuleSet rule) {
        if (!rule.isNosort()) {
            return false;
        }
        Acf2Record ro = db.gso().get("RULEOPTS");
        return ro == null || ro.has("RESNOSRT") || ro.has("NOSORT");
    }

    /** Why a rule set's $NOSORT is or is not honoured, for evidence; null when it has none. */
    public String nosortSource(RuleSet rule) {
        if (!rule.isNosort()) {
            return null;
        }
        Acf2Record ro = db.gso().get("RULEOPTS");
        if (ro == null) {
            return "lines in written order ($NOSORT; no GSO RULEOPTS record is given, so the rule set's $NOSORT is taken as written)";
        }
        return nosort(rule) ? "lines in written order ($NOSORT, allowed by GSO RULEOPTS)"
                : "lines sorted: the rule set says $NOSORT, but GSO RULEOPTS does not allow it (no RESNOSRT)";
    }
}
