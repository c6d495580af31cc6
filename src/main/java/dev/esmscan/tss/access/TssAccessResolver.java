package dev.esmscan.tss.access;

import dev.esmscan.model.AccessDecision;
import dev.esmscan.model.AccessEntry;
import dev.esmscan.model.AccessHolder;
import dev.esmscan.model.AccessLevel;
import dev.esmscan.model.AccessOutcome;
import dev.esmscan.model.AccessResolver;
import dev.esmscan.model.ProfileHolders;
import dev.esmscan.model.ResourceProfile;
import dev.esmscan.model.SecurityModel;
import dev.esmscan.model.StartedTaskAssignment;
import dev.esmscan.model.User;
import dev.esmscan.tss.TssClasses;
import dev.esmscan.tss.data.TssAcid;
import dev.esmscan.tss.data.TssControlOptions;
import dev.esmscan.tss.data.TssData;
import dev.esmscan.tss.data.TssFacility;
import dev.esmscan.tss.data.TssPermit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Top Secret's access decisions (docs/formats/tss.md states each rule with its source).
 *
 * <ol>
 * <li>An ACID with NORESCHK (NODSNCHK for data sets) bypasses the check.</li>
 * <li>The resource is owned when an ACID owns a name covering it (the most specific wins); the
 * owner has full access. An unowned resource is protected only in a DEFPROT class, and there a
 * permit grants nothing: "a resource must be owned before access can be permitted". Without
 * DEFPROT it is not protected, which the requirements count as denied.</li>
 * <li>Names cover resources by the class's MASK or NOMASK attribute ({@link ResourcePattern}).</li>
 * <li>A facility displayed NORES (the ACID's MASTFAC) loads no permit of a maskable class: the
 * check fails (KB 5323).</li>
 * <li>Permits are searched by the AUTH control option, or MERGE when the RDT gives the class
 * MERGE: OVERRIDE (Top Secret's default) takes the most specific covering permit of the first
 * record that has one, in the order ACID, its profiles in attach order, ALL; MERGE takes the most
 * specific of all, and of equally specific ones the lowest (ACCESS(NONE) wins, KB 190549). GROUP
 * membership carries no permits.</li>
 * <li>A permit grants a request when its access bits contain the bits of the level asked for
 * (the RDT's ACCESS list; KB 222146): CONTROL(0400) does not contain READ(4000). A permit
 * without ACCESS has the class's DEFACC.</li>
 * <li>A denial under a mode other than FAIL or IMPL is WARNING, unless the permit says
 * ACTION(FAIL). The mode is the ACID's own (a MODE permit), else its profiles', else its
 * MASTFAC facility's, else the global MODE; the TSS commands for a user override the control
 * options (Control Options Guide, "Hierarchy of Entry Methods").</li>
 * </ol>
 *
 * Where an input that decides is absent, the documented default applies and the explanation names
 * it; where no default is documented (MASK or NOMASK of a class other than IBMFAC and DATASET), a
 * decision takes the reading that grants less and the exposure profile the one that opens more.
 */
public final class TssAccessResolver implements AccessResolver {
    private static final String ALL = TssData.ALL_RECORD;
    private static final Set<String> LENIENT_MODES = Set.of("WARN", "DORM", "DORMANT");

    private final SecurityModel model;
    private final TssData data;

    public TssAccessResolver(SecurityModel model) {
        this.model = model;
        this.data = TssData.of(model).orElseGet(TssData::new);
    }

    /** The owner of the most specific owned name covering a resource. */
    record Ownership(String owner, String name) {
    }

    /** A covering permit and the record it was found in (the ACID, a profile, or ALL). */
    record Found(String record, TssPermit permit) {
    }

    /** One reading's answer before the mode is applied. */
    private record Answer(AccessOutcome outcome, AccessLevel level, ResourceProfile profile, String via, String text, TssPermit permit) {
    }

    @Override
    public AccessDecision decide(String identity, String className, String resource, AccessLevel requested) {
        String tssClass = TssClasses.toTss(className);
        String on = tssClass + "(" + resource + ")";
        Optional<User> user = model.user(identity);
        Optional<TssAcid> acid = data.acid(identity);
        if (user.isEmpty()) {
            return undefined(identity, className, resource, requested, new TssClassRules(data, tssClass), on);
        }
        String bypass = "DATASET".equals(tssClass) ? "NODSNCHK" : "NORESCHK";
        if (acid.isPresent() && acid.get().attributes().contains(bypass)) {
            return decision(identity, className, resource, requested, AccessOutcome.GRANTED, AccessLevel.ALTER,
                    target(className, resource, identity, null, true), "attribute:" + bypass, identity + " has " + bypass
                            + ": Top Secret does not check its access to " + on);
        }
        TssClassRules rules = new TssClassRules(data, tssClass);
        Optional<Boolean> maskable = rules.maskable();
        Answer answer;
        if (maskable.isPresent()) {
            answer = answer(identity, className, resource, requested, rules, maskable.get());
        } else {
            Answer asMask = answer(identity, className, resource, requested, rules, true);
            Answer asNomask = answer(identity, className, resource, requested, rules, false);
            answer = lower(asMask, asNomask);
            String note = rules.maskingSource() + " and Top Secret documents no default for it: "
                    + (sameAnswer(asMask, asNomask) ? "both readings agree"
                    : "under MASK " + brief(asMask) + ", under NOMASK " + brief(asNomask) + "; the reading that grants less is taken");
            answer = new Answer(answer.outcome(), answer.level(), answer.profile(), answer.via(), answer.text() + "; " + note, answer.permit());
        }
        if (answer.outcome() == AccessOutcome.DENIED) {
            return denied(identity, className, resource, requested, answer);
        }
        return decision(identity, className, resource, requested, answer.outcome(), answer.level(), answer.profile(), answer.via(),
                answer.text());
    }

    private static boolean sameAnswer(Answer a, Answer b) {
        return a.outcome() == b.outcome() && a.level() == b.level();
    }

    private static String brief(Answer a) {
        return a.outcome() + (a.level() == null ? "" : " (" + a.level() + ")");
    }

    /** The answer that grants less: not granted before granted, then the lower level. */
    private static Answer lower(Answer a, Answer b) {
        int ra = rank(a.outcome());
        int rb = rank(b.outcome());
        if (ra != rb) {
            return ra < rb ? a : b;
        }
        AccessLevel la = a.level() == null ? AccessLevel.NONE : a.level();
        AccessLevel lb = b.level() == null ? AccessLevel.NONE : b.level();
        return lb.compareTo(la) < 0 ? b : a;
    }

    private static int rank(AccessOutcome o) {
        return switch (o) {
            case DENIED -> 0;
            case NOT_PROTECTED -> 1;
            case WARNING -> 2;
            case GRANTED -> 3;
        };
    }

    /**
     * An ACID that is not defined gets nothing. The decision still names what protects the
     * resource (the owned resource, or nothing when it is unprotected), so that the change that
     * defines the ACID and the permit it needs go into one job. Ownership is looked up as a
     * literal name unless the class is known to be maskable.
     */
    private AccessDecision undefined(String identity, String className, String resource, AccessLevel requested, TssClassRules rules,
                                     String on) {
        String tssClass = rules.tssClass();
        String why = "ACID " + identity + " is not defined as a user";
        Optional<Ownership> owned = ownership(tssClass, resource, rules.maskable().orElse(false));
        if (owned.isEmpty() && !rules.defaultProtected()) {
            return decision(identity, className, resource, requested, AccessOutcome.NOT_PROTECTED, null, null, "no-owner",
                    why + ", and no ACID owns " + on + " and " + (rules.listed() ? "the RDT does not give " + tssClass + " DEFPROT"
                            : "no RDT listing (TSS LIST(RDT)) says whether " + tssClass + " is DEFPROT") + ": Top Secret does not protect it");
        }
        String ownedBy = owned.map(o -> on + " owned by " + o.owner() + " through " + o.name())
                .orElse(on + " is unowned; " + tssClass + " is DEFPROT");
        return decision(identity, className, resource, requested, AccessOutcome.DENIED, AccessLevel.NONE,
                target(className, resource, identity, owned.map(Ownership::owner).orElse(null), owned.isPresent()), "none",
                why + ": Top Secret denies it; " + ownedBy);
    }

    /** The decision under one reading of the class's masking, before the mode. */
    private Answer answer(String identity, String className, String resource, AccessLevel requested, TssClassRules rules,
                          boolean maskable) {
        String tssClass = rules.tssClass();
        String on = tssClass + "(" + resource + ")";
        Optional<Ownership> owned = ownership(tssClass, resource, maskable);
        if (owned.isEmpty() && !rules.defaultProtected()) {
            String why = rules.listed() ? "the RDT does not give " + tssClass + " DEFPROT"
                    : "no RDT listing (TSS LIST(RDT)) says whether " + tssClass + " is DEFPROT";
            return new Answer(AccessOutcome.NOT_PROTECTED, null, null, "no-owner",
                    "no ACID owns " + on + " and " + why + ": Top Secret does not protect it", null);
        }
        if (owned.isEmpty()) {
            // Command Functions, PERMIT: "A resource must be owned before access can be permitted"; under DEFPROT
            // "the administrator must still own and permit the resources".
            List<Found> ignored = new ArrayList<>();
            for (String r : searchOrder(identity)) {
                Found f = best(List.of(r), tssClass, resource, maskable, identity, rules);
                if (f != null) {
                    ignored.add(f);
                }
            }
            return new Answer(AccessOutcome.DENIED, AccessLevel.NONE, target(className, resource, identity, null, false), "unowned",
                    on + " is unowned and " + tssClass + " is DEFPROT: Top Secret protects it, and a permit grants nothing"
                            + " until an ACID owns the resource" + (ignored.isEmpty() ? ""
                            : " (not counted: " + String.join(", ", ignored.stream().map(f -> describe(f, rules)).toList()) + ")"),
                    null);
        }
        String ownedBy = on + " owned by " + owned.get().owner() + " through " + owned.get().name();
        ResourceProfile target = target(className, resource, identity, owned.get().owner(), true);
        if (owned.get().owner().equals(identity)) {
            return new Answer(AccessOutcome.GRANTED, AccessLevel.ALTER, target, "owner", ownedBy + ": the owner has full access", null);
        }
        List<String> notes = new ArrayList<>();
        notes.add(rules.maskingSource());
        if (maskable) {
            Optional<String> nores = nores(identity, notes);
            if (nores.isPresent()) {
                return new Answer(AccessOutcome.DENIED, AccessLevel.NONE, target, AccessDecision.SETTING + "facility " + nores.get()
                        + " NORES", ownedBy + "; facility "
                        + nores.get() + " is NORES: permits of maskable classes are not loaded, so the check fails (KB 5323)", null);
            }
        }
        String auth = authMode(rules, notes);
        List<String> records = searchOrder(identity);
        Found decisive;
        if (auth.equals("MERGE")) {
            decisive = best(records, tssClass, resource, maskable, identity, rules);
        } else {
            decisive = null;
            for (String r : records) {
                decisive = best(List.of(r), tssClass, resource, maskable, identity, rules);
                if (decisive != null) {
                    break;
                }
            }
        }
        String tail = notes.isEmpty() ? "" : "; " + String.join("; ", notes);
        if (decisive == null) {
            return new Answer(AccessOutcome.DENIED, AccessLevel.NONE, target, "none",
                    ownedBy + "; no permit of " + identity + ", its profiles or ALL covers it" + tail, null);
        }
        int held = bits(decisive.permit(), rules);
        String via = via(decisive.record(), identity);
        String text = ownedBy + "; " + describe(decisive, rules);
        if (requested == AccessLevel.NONE) {
            return new Answer(AccessOutcome.GRANTED, AccessLevel.NONE, target, via, text + tail, decisive.permit());
        }
        int need = rules.need(requested);
        String level = rules.levelFor(requested);
        String levels = rules.levelsListed() ? "" : " (" + rules.tssClass() + "'s access levels taken as IBMFAC's documented ones:"
                + " no RDT listing gives them)";
        if ((held & need) == need && need != 0) {
            return new Answer(AccessOutcome.GRANTED, AccessLevel.max(requested, heldLevel(held, rules, null)), target, via,
                    text + ", which holds " + TssClassRules.hex(held) + " and so contains " + level + "(" + TssClassRules.hex(need) + ")"
                            + levels + tail, decisive.permit());
        }
        return new Answer(AccessOutcome.DENIED, heldLevel(held, rules, requested), target, via,
                text + ", which holds " + TssClassRules.hex(held) + " and so does not contain " + level + "(" + TssClassRules.hex(need)
                        + ")" + levels + tail, decisive.permit());
    }

    /** The AUTH way of searching: MERGE when the class has it, else the AUTH option, else OVERRIDE. */
    private String authMode(TssClassRules rules, List<String> notes) {
        if (rules.merge()) {
            notes.add("the RDT gives " + rules.tssClass() + " MERGE (or ALLMERGE), which overrides the AUTH control option: the most specific"
                    + " permit of " + "the ACID, its profiles and ALL decides");
            return "MERGE";
        }
        TssControlOptions o = data.controlOptions();
        if (o.auth() != null) {
            String first = o.auth().split(",")[0];
            notes.add("AUTH(" + o.auth() + ") (" + o.authSource() + ")");
            return first;
        }
        notes.add("AUTH(OVERRIDE) taken, Top Secret's default: no MODIFY STATUS display or parameter file gives AUTH");
        return "OVERRIDE";
    }

    /** The NORES facility the ACID's checks run under, if any; notes the RES assumed when no display shows it. */
    private Optional<String> nores(String identity, List<String> notes) {
        Optional<String> fac = data.masterFacilityOf(identity);
        if (fac.isEmpty()) {
            return Optional.empty();
        }
        Optional<TssFacility> f = data.facility(fac.get());
        if (f.isEmpty() || (!f.get().has("NORES") && !f.get().has("RES"))) {
            notes.add("facility " + fac.get() + " taken as RES: no facility display shows RES or NORES");
            return Optional.empty();
        }
        return f.get().has("NORES") ? fac : Optional.empty();
    }

    /** The bits a permit holds: its ACCESS list's (NONE is none), else the class's DEFACC. */
    private static int bits(TssPermit p, TssClassRules rules) {
        if (p.levels().contains("NONE")) {
            return 0;
        }
        List<String> names = p.hasAccess() ? p.levels() : List.of(rules.defaultAccess());
        Integer b = rules.bits(names);
        return b == null ? 0 : b;
    }

    /**
     * The highest SAF level whose bits the permit holds, below {@code cap} when given (a denial
     * names what the identity holds short of the request); NONE when it holds none.
     */
    private static AccessLevel heldLevel(int held, TssClassRules rules, AccessLevel cap) {
        AccessLevel[] order = {AccessLevel.ALTER, AccessLevel.CONTROL, AccessLevel.UPDATE, AccessLevel.READ, AccessLevel.EXECUTE};
        for (AccessLevel l : order) {
            if (cap != null && l.compareTo(cap) >= 0) {
                continue;
            }
            int need = rules.need(l);
            if (need != 0 && (held & need) == need) {
                return l;
            }
        }
        return AccessLevel.NONE;
    }

    private AccessDecision denied(String identity, String className, String resource, AccessLevel requested, Answer a) {
        String mode = effectiveMode(identity);
        TssPermit permit = a.permit();
        boolean lenient = mode != null && LENIENT_MODES.contains(modeName(mode));
        if (lenient && (permit == null || !"FAIL".equals(permit.action()))) {
            return decision(identity, className, resource, requested, AccessOutcome.WARNING, a.level(), a.profile(), a.via(),
                    a.text() + "; denied, but " + mode + " lets the request through");
        }
        String modeNote = mode == null ? "; MODE(FAIL) taken: no MODIFY STATUS display or parameter file gives the global MODE "
                + "(WARN or DORMANT would only let the denial through with a warning, which is not access either)"
                : lenient ? "; " + mode + ", but the permit's ACTION(FAIL) keeps the denial" : "";
        return decision(identity, className, resource, requested, AccessOutcome.DENIED, a.level(), a.profile(), a.via(), a.text() + modeNote);
    }

    private static String modeName(String described) {
        int i = described.lastIndexOf("MODE(");
        return i < 0 ? described : described.substring(i + 5, described.indexOf(')', i));
    }

    /**
     * The mode of the ACID's requests, described with its source: its own MODE permit, a profile's,
     * its MASTFAC facility's as displayed, the global MODE; null when no input gives any.
     */
    private String effectiveMode(String identity) {
        Optional<TssAcid> a = data.acid(identity);
        Optional<String> own = a.flatMap(TssAccessResolver::modePermit);
        if (own.isPresent()) {
            return "the ACID's own MODE(" + own.get() + ")";
        }
        for (String p : a.map(TssAcid::profiles).orElse(List.of())) {
            Optional<String> m = data.acid(p).flatMap(TssAccessResolver::modePermit);
            if (m.isPresent()) {
                return "profile " + p + "'s MODE(" + m.get() + ")";
            }
        }
        Optional<TssFacility> fac = data.masterFacilityOf(identity).flatMap(data::facility);
        if (fac.isPresent() && fac.get().mode() != null) {
            return "facility " + fac.get().name() + " MODE(" + fac.get().mode() + ")";
        }
        TssControlOptions o = data.controlOptions();
        return o.mode() == null ? null : "the global MODE(" + o.mode() + ") (" + o.modeSource() + ")";
    }

    /** A MODE given to an ACID: {@code TSS PERMIT(acid) MODE(WARN)}, listed as a permit of MODE. */
    private static Optional<String> modePermit(TssAcid a) {
        return a.permits().stream().filter(p -> p.tssClass().equals("MODE")).map(TssPermit::resource).findFirst();
    }

    private AccessDecision decision(String identity, String className, String resource, AccessLevel requested, AccessOutcome outcome,
                                    AccessLevel level, ResourceProfile profile, String via, String explanation) {
        return new AccessDecision(identity, className, resource, requested, outcome, level, profile, via, explanation, List.of(), true);
    }

    /** The ACID, its profiles in attach order, then the ALL record. */
    private List<String> searchOrder(String identity) {
        List<String> order = new ArrayList<>();
        order.add(identity);
        data.acid(identity).ifPresent(a -> order.addAll(a.profiles()));
        order.add(ALL);
        return order;
    }

    /**
     * The most specific covering permit among the records; of equally specific ones the one
     * holding fewer bits (ACCESS(NONE) overrides, KB 190549), else the earlier record's.
     */
    private Found best(List<String> records, String tssClass, String resource, boolean maskable, String requester, TssClassRules rules) {
        Found best = null;
        for (String r : records) {
            Optional<TssAcid> a = data.acid(r);
            if (a.isEmpty()) {
                continue;
            }
            for (TssPermit p : a.get().permits()) {
                if (!p.tssClass().equals(tssClass) || !ResourcePattern.covers(p.resource(), resource, maskable, requester)) {
                    continue;
                }
                if (best == null) {
                    best = new Found(r, p);
                    continue;
                }
                long s = ResourcePattern.specificity(p.resource(), maskable);
                long bs = ResourcePattern.specificity(best.permit().resource(), maskable);
                if (s > bs || (s == bs && Integer.bitCount(bits(p, rules)) < Integer.bitCount(bits(best.permit(), rules)))) {
                    best = new Found(r, p);
                }
            }
        }
        return best;
    }

    private String describe(Found f, TssClassRules rules) {
        TssPermit p = f.permit();
        String access = p.hasAccess() ? "ACCESS(" + String.join(",", p.levels()) + ")"
                : "no ACCESS, so " + (rules.defaultAccessListed() ? "the class's DEFACC " + rules.defaultAccess()
                : "READ (no RDT listing gives the class's DEFACC)");
        String from = f.record().equals(ALL) ? "the ALL record's permit" : "the permit of " + f.record();
        return from + " " + p.tssClass() + "(" + p.resource() + ") " + access + (p.action() == null ? "" : " ACTION(" + p.action() + ")");
    }

    private String via(String record, String identity) {
        if (record.equals(identity)) {
            return "user";
        }
        return record.equals(ALL) ? "id(*)" : "profile:" + record;
    }

    private Optional<Ownership> ownership(String tssClass, String resource, boolean maskable) {
        Ownership best = null;
        for (TssAcid a : data.acids()) {
            for (String name : a.ownerships().getOrDefault(tssClass, Set.of())) {
                if (ResourcePattern.covers(name, resource, maskable, null)
                        && (best == null || ResourcePattern.specificity(name, maskable) > ResourcePattern.specificity(best.name(), maskable))) {
                    best = new Ownership(a.name(), name);
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The profile a decision names as its own: the resource itself as a discrete profile, since a
     * Top Secret permit to an ACID is made on the resource name and reaches no one else. Its
     * access list holds only the identity's permit on exactly that name, so a fix's backout
     * restores exactly what was there. {@code owned} false marks an unowned resource: no record of
     * it exists, so a fix must first give it an owner.
     */
    private ResourceProfile target(String className, String resource, String identity, String owner, boolean owned) {
        ResourceProfile p = new ResourceProfile(TssClasses.toNeutral(className), resource);
        p.setUniversalAccess(AccessLevel.NONE);
        p.setOwner(owner);
        p.setBaseRecordSeen(owned);
        String tssClass = TssClasses.toTss(className);
        data.acid(identity).ifPresent(a -> a.permits().stream()
                .filter(x -> x.tssClass().equals(tssClass) && x.resource().equals(resource))
                .findFirst().ifPresent(x -> p.permit(identity, x.safLevel() == null ? AccessLevel.READ : x.safLevel())));
        return p;
    }

    /** Holders through the synthesized owned-name profile: owner, permits, the ALL record as ID(*). */
    @Override
    public List<AccessHolder> holders(String className, String resource, AccessLevel atLeast) {
        return ProfileHolders.of(decidingProfile(className, resource), model, atLeast, false);
    }

    /**
     * A profile synthesized from Top Secret's data for the neutral rules: named after the owned
     * name that covers the resource (the resource itself for an unowned resource of a DEFPROT
     * class), generic when that name is not the resource, UACC NONE (Top Secret gives nothing to
     * an unpermitted ACID), owner the owning ACID; the access list holds the owner with ALTER, each
     * ACID's most specific covering permit at the highest SAF level it names, and "*" for the ALL
     * record's. An unowned resource of a DEFPROT class has no entries (its permits grant nothing).
     * When the class's masking is unknown, the reading that opens more is kept. The profile is in
     * WARNING mode when the global MODE is WARN or DORMANT, and, since that would open every
     * resource, when no input gives the global MODE (the conservative reading for exposure; the
     * profile says so). Null when the resource is not protected.
     */
    @Override
    public ResourceProfile decidingProfile(String className, String resource) {
        String tssClass = TssClasses.toTss(className);
        TssClassRules rules = new TssClassRules(data, tssClass);
        Optional<Boolean> maskable = rules.maskable();
        ResourceProfile p;
        if (maskable.isPresent()) {
            p = profile(className, resource, rules, maskable.get());
        } else {
            ResourceProfile asMask = profile(className, resource, rules, true);
            ResourceProfile asNomask = profile(className, resource, rules, false);
            p = wider(asMask, asNomask);
        }
        if (p != null) {
            globalWarning(p);
        }
        return p;
    }

    private void globalWarning(ResourceProfile p) {
        TssControlOptions o = data.controlOptions();
        if (o.mode() == null) {
            p.setWarning(true);
            p.setWarningReason("no MODIFY STATUS display or parameter file gives Top Secret's global MODE, and a MODE of WARN or "
                    + "DORMANT would let every ACID through: taken conservatively for this exposure check");
        } else if (LENIENT_MODES.contains(o.mode())) {
            p.setWarning(true);
            p.setWarningReason("the global MODE(" + o.mode() + "), " + o.modeSource());
        }
    }

    /** The profile that opens more: the one present, else the union of the entries at the higher level. */
    private static ResourceProfile wider(ResourceProfile a, ResourceProfile b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        ResourceProfile w = a.getName().length() <= b.getName().length() ? a : b;
        ResourceProfile other = w == a ? b : a;
        for (AccessEntry e : other.getAccessList()) {
            AccessEntry mine = w.entryFor(e.id());
            if (mine == null || (e.level() != null && mine.level() != null && e.level().compareTo(mine.level()) > 0)) {
                w.permit(e.id(), e.level());
            }
        }
        return w;
    }

    private ResourceProfile profile(String className, String resource, TssClassRules rules, boolean maskable) {
        String tssClass = rules.tssClass();
        Optional<Ownership> owned = ownership(tssClass, resource, maskable);
        if (owned.isEmpty() && !rules.defaultProtected()) {
            return null;
        }
        String name = owned.map(Ownership::name).orElse(resource);
        ResourceProfile p = new ResourceProfile(TssClasses.toNeutral(className), name);
        p.setGeneric(!name.equals(resource));
        p.setUniversalAccess(AccessLevel.NONE);
        p.setBaseRecordSeen(true);
        if (owned.isEmpty()) {
            return p;
        }
        p.setOwner(owned.get().owner());
        p.permit(owned.get().owner(), AccessLevel.ALTER);
        Map<String, AccessEntry> entries = new TreeMap<>();
        for (TssAcid a : data.acids()) {
            String requester = a.name().equals(ALL) ? null : a.name();
            Found f = best(List.of(a.name()), tssClass, resource, maskable, requester, rules);
            if (f != null && !owned.get().owner().equals(a.name())) {
                String id = a.name().equals(ALL) ? AccessEntry.EVERYONE : a.name();
                entries.put(id, new AccessEntry(id, level(f, rules)));
            }
        }
        entries.values().forEach(e -> p.permit(e.id(), e.level()));
        return p;
    }

    /** The highest SAF level a permit names, or DEFACC's; for exposure, where naming a level too high is the safe error. */
    private static AccessLevel level(Found f, TssClassRules rules) {
        AccessLevel l = f.permit().safLevel();
        if (l != null) {
            return l;
        }
        AccessLevel def = AccessLevel.parse(rules.defaultAccess());
        return def == null ? AccessLevel.READ : def;
    }

    /**
     * The STC table entry of the procedure, else its DEFAULT entry. The group is the ACID's
     * default group. Top Secret has no TRUSTED flag: an ACID that bypasses access checks
     * (NORESCHK, NODSNCHK, NOVOLCHK) is reported as trusted.
     */
    @Override
    public Optional<StartedTaskAssignment> startedTask(String procName) {
        String acid = data.startedTasks().get(procName);
        String source = "STC table PROCNAME(" + procName + ")";
        if (acid == null) {
            acid = data.startedTasks().get("DEFAULT");
            source = "STC table DEFAULT entry";
        }
        if (acid == null) {
            return Optional.empty();
        }
        String group = model.user(acid).map(User::getDefaultGroup).orElse(null);
        boolean trusted = data.acid(acid).map(a -> a.attributes().stream()
                .anyMatch(x -> x.equals("NORESCHK") || x.equals("NODSNCHK") || x.equals("NOVOLCHK"))).orElse(false);
        return Optional.of(new StartedTaskAssignment(procName, source, null, acid, group, trusted, false));
    }
}
