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
import dev.esmscan.tss.data.TssData;
import dev.esmscan.tss.data.TssFacility;
import dev.esmscan.tss.data.TssPermit;
import dev.esmscan.tss.data.TssResourceClass;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Top Secret's access decisions (formats ACF2-TSS.md section 7).
 *
 * <ol>
 * <li>An ACID with NORESCHK (NODSNCHK for data sets) bypasses the check.</li>
 * <li>The resource is owned when an ACID owns a prefix covering it (the longest wins). The owner
 * has full access. An unowned resource is protected only in a DEFPROT class (RDT); without DEFPROT,
 * or when no RDT listing says, it is not protected, which the requirements count as denied.</li>
 * <li>Permits are searched in the ACID's own record, its profiles in attach order, then the ALL
 * record; in each, the most specific covering permit (longest prefix, a prefix before a mask)
 * decides. The AUTH control option is not among the inputs: under OVERRIDE the first record with a
 * covering permit decides, under MERGE the most specific of all. When the two differ, the lower
 * access is taken and the explanation says so. GROUP membership carries no permits.</li>
 * <li>A permit's level is the highest SAF level of its ACCESS list (ALL is ALTER, NONE denies);
 * without ACCESS the class's DEFACC applies, or READ when no RDT listing gives it.</li>
 * <li>A denial under a facility in WARN or DORM mode (the ACID's MASTFAC as displayed) is
 * WARNING, unless the permit says ACTION(FAIL).</li>
 * </ol>
 */
public final class TssAccessResolver implements AccessResolver {
    private static final String ALL = TssData.ALL_RECORD;

    private final SecurityModel model;
    private final TssData data;

    public TssAccessResolver(SecurityModel model) {
        this.model = model;
        this.data = TssData.of(model).orElseGet(TssData::new);
    }

    /** The owner of the longest owned prefix covering a resource. */
    record Ownership(String owner, String name) {
    }

    /** A covering permit and the record it was found in (the ACID, a profile, or ALL). */
    record Found(String record, TssPermit permit) {
    }

    @Override
    public AccessDecision decide(String identity, String className, String resource, AccessLevel requested) {
        String tssClass = TssClasses.toTss(className);
        String on = tssClass + "(" + resource + ")";
        Optional<User> user = model.user(identity);
        Optional<TssAcid> acid = data.acid(identity);
        if (user.isEmpty()) {
            return undefined(identity, className, resource, requested, tssClass, on);
        }
        String bypass = "DATASET".equals(tssClass) ? "NODSNCHK" : "NORESCHK";
        if (acid.isPresent() && acid.get().attributes().contains(bypass)) {
            return decision(identity, className, resource, requested, AccessOutcome.GRANTED, AccessLevel.ALTER,
                    target(className, resource, identity, null), "attribute:" + bypass, identity + " has " + bypass
                            + ": Top Secret does not check its access to " + on);
        }
        Optional<Ownership> owned = ownership(tssClass, resource);
        Optional<TssResourceClass> rdt = data.resourceClass(tssClass);
        boolean defprot = rdt.map(TssResourceClass::isDefaultProtected).orElse(false);
        if (owned.isEmpty() && !defprot) {
            String why = rdt.isPresent() ? "the RDT does not give " + tssClass + " DEFPROT"
                    : "no RDT listing (TSS LIST(RDT)) says whether " + tssClass + " is DEFPROT";
            return decision(identity, className, resource, requested, AccessOutcome.NOT_PROTECTED, null, null, "no-owner",
                    "no ACID owns " + on + " and " + why + ": Top Secret does not protect it");
        }
        String ownedBy = owned.map(o -> on + " owned by " + o.owner() + " through " + o.name())
                .orElse(on + " is unowned; " + tssClass + " is DEFPROT");
        ResourceProfile target = target(className, resource, identity, owned.map(Ownership::owner).orElse(null));
        if (owned.isPresent() && owned.get().owner().equals(identity)) {
            return decision(identity, className, resource, requested, AccessOutcome.GRANTED, AccessLevel.ALTER, target, "owner",
                    ownedBy + ": the owner has full access");
        }
        List<String> records = searchOrder(identity);
        Found override = null;
        for (String r : records) {
            override = best(List.of(r), tssClass, resource);
            if (override != null) {
                break;
            }
        }
        Found merge = best(records, tssClass, resource);
        Found decisive = override;
        String authNote = "";
        if (override != null && merge != null && override != merge) {
            AccessLevel lo = level(override, tssClass);
            AccessLevel lm = level(merge, tssClass);
            decisive = lm.compareTo(lo) < 0 ? merge : override;
            if (lo != lm) {
                authNote = "; AUTH(OVERRIDE) would take " + describe(override, tssClass) + " and AUTH(MERGE) "
                        + describe(merge, tssClass) + ": the AUTH option is not among the inputs, so the lower is taken";
            }
        }
        if (decisive == null) {
            return denied(identity, className, resource, requested, AccessLevel.NONE, target, "none", null,
                    ownedBy + "; no permit of " + identity + ", its profiles or ALL covers it");
        }
        AccessLevel level = level(decisive, tssClass);
        String via = via(decisive.record(), identity);
        String text = ownedBy + "; " + describe(decisive, tssClass) + authNote;
        if (level.atLeast(requested) && level != AccessLevel.NONE) {
            return decision(identity, className, resource, requested, AccessOutcome.GRANTED, level, target, via, text);
        }
        return denied(identity, className, resource, requested, level, target, via, decisive.permit(), text);
    }

    /**
     * An ACID that is not defined gets nothing. The decision still names what protects the
     * resource (the owned resource, or nothing when it is unprotected), so that the change that
     * defines the ACID and the permit it needs go into one job.
     */
    private AccessDecision undefined(String identity, String className, String resource, AccessLevel requested, String tssClass, String on) {
        String why = "ACID " + identity + " is not defined as a user";
        Optional<Ownership> owned = ownership(tssClass, resource);
        boolean defprot = data.resourceClass(tssClass).map(TssResourceClass::isDefaultProtected).orElse(false);
        if (owned.isEmpty() && !defprot) {
            return decision(identity, className, resource, requested, AccessOutcome.NOT_PROTECTED, null, null, "no-owner",
                    why + ", and no ACID owns " + on + " and " + (data.resourceClass(tssClass).isPresent() ? "the RDT does not give "
                            + tssClass + " DEFPROT" : "no RDT listing (TSS LIST(RDT)) says whether " + tssClass + " is DEFPROT")
                            + ": Top Secret does not protect it");
        }
        String ownedBy = owned.map(o -> on + " owned by " + o.owner() + " through " + o.name())
                .orElse(on + " is unowned; " + tssClass + " is DEFPROT");
        return decision(identity, className, resource, requested, AccessOutcome.DENIED, AccessLevel.NONE,
                target(className, resource, identity, owned.map(Ownership::owner).orElse(null)), "none",
                why + ": Top Secret denies it; " + ownedBy);
    }

    private AccessDecision denied(String identity, String className, String resource, AccessLevel requested, AccessLevel level,
                                  ResourceProfile target, String via, TssPermit permit, String text) {
        Optional<String> mode = warnMode(identity);
        if (mode.isPresent() && (permit == null || !"FAIL".equals(permit.action()))) {
            return decision(identity, className, resource, requested, AccessOutcome.WARNING, level, target, via,
                    text + "; denied, but facility " + mode.get() + " lets the request through");
        }
        return decision(identity, className, resource, requested, AccessOutcome.DENIED, level, target, via, text);
    }

    /** "ZOWE MODE=WARN" when the ACID's MASTFAC is displayed in WARN or DORM mode. */
    private Optional<String> warnMode(String identity) {
        Optional<String> fac = data.masterFacilityOf(identity);
        if (fac.isEmpty()) {
            return Optional.empty();
        }
        Optional<TssFacility> f = data.facility(fac.get());
        return f.filter(x -> "WARN".equals(x.mode()) || "DORM".equals(x.mode()) || "DORMANT".equals(x.mode()))
                .map(x -> x.name() + " MODE=" + x.mode());
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

    /** The most specific covering permit among the records; on a tie the earlier record's. */
    private Found best(List<String> records, String tssClass, String resource) {
        Found best = null;
        for (String r : records) {
            Optional<TssAcid> a = data.acid(r);
            if (a.isEmpty()) {
                continue;
            }
            for (TssPermit p : a.get().permits()) {
                if (p.tssClass().equals(tssClass) && ResourcePattern.covers(p.resource(), resource)
                        && (best == null || ResourcePattern.specificity(p.resource()) > ResourcePattern.specificity(best.permit().resource()))) {
                    best = new Found(r, p);
                }
            }
        }
        return best;
    }

    private AccessLevel level(Found f, String tssClass) {
        AccessLevel l = f.permit().safLevel();
        if (l != null) {
            return l;
        }
        AccessLevel def = data.resourceClass(tssClass).map(TssResourceClass::defaultAccess).map(AccessLevel::parse).orElse(null);
        return def == null ? AccessLevel.READ : def;
    }

    private String describe(Found f, String tssClass) {
        TssPermit p = f.permit();
        String access = p.hasAccess() ? "ACCESS(" + String.join(",", p.levels()) + ")"
                : "no ACCESS, so " + data.resourceClass(tssClass).map(TssResourceClass::defaultAccess)
                        .map(d -> "the class's DEFACC " + d).orElse("READ (no RDT listing gives the class's DEFACC)");
        String from = f.record().equals(ALL) ? "the ALL record's permit" : "the permit of " + f.record();
        return from + " " + p.tssClass() + "(" + p.resource() + ") " + access + (p.action() == null ? "" : " ACTION(" + p.action() + ")");
    }

    private String via(String record, String identity) {
        if (record.equals(identity)) {
            return "user";
        }
        return record.equals(ALL) ? "id(*)" : "profile:" + record;
    }

    private Optional<Ownership> ownership(String tssClass, String resource) {
        Ownership best = null;
        for (TssAcid a : data.acids()) {
            for (String name : a.ownerships().getOrDefault(tssClass, Set.of())) {
                if (ResourcePattern.covers(name, resource)
                        && (best == null || ResourcePattern.specificity(name) > ResourcePattern.specificity(best.name()))) {
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
     * restores exactly what was there.
     */
    private ResourceProfile target(String className, String resource, String identity, String owner) {
        ResourceProfile p = new ResourceProfile(TssClasses.toNeutral(className), resource);
        p.setUniversalAccess(AccessLevel.NONE);
        p.setOwner(owner);
        p.setBaseRecordSeen(true);
        String tssClass = TssClasses.toTss(className);
        data.acid(identity).ifPresent(a -> a.permits().stream()
                .filter(x -> x.tssClass().equals(tssClass) && x.resource().equals(resource))
                .findFirst().ifPresent(x -> p.permit(identity, x.safLevel() == null ? AccessLevel.READ : x.safLevel())));
        return p;
    }

    /** Holders through the synthesized owned-prefix profile: owner, permits, the ALL record as ID(*). */
    @Override
    public List<AccessHolder> holders(String className, String resource, AccessLevel atLeast) {
        return ProfileHolders.of(decidingProfile(className, resource), model, atLeast, false);
    }

    /**
     * A profile synthesized from Top Secret's data for the neutral rules: named after the owned
     * prefix that covers the resource (the resource itself for an unowned resource of a DEFPROT
     * class), generic when that name is a shorter prefix or a mask, UACC NONE (Top Secret gives
     * nothing to an unpermitted ACID), owner the owning ACID; the access list holds the owner
     * with ALTER, each ACID's most specific covering permit, and "*" for the ALL record's.
     * WARNING is never set here: Top Secret modes belong to facilities and ACIDs, so
     * {@link #decide} applies them. Null when the resource is not protected.
     */
    @Override
    public ResourceProfile decidingProfile(String className, String resource) {
        String tssClass = TssClasses.toTss(className);
        Optional<Ownership> owned = ownership(tssClass, resource);
        boolean defprot = data.resourceClass(tssClass).map(TssResourceClass::isDefaultProtected).orElse(false);
        if (owned.isEmpty() && !defprot) {
            return null;
        }
        String name = owned.map(Ownership::name).orElse(resource);
        ResourceProfile p = new ResourceProfile(TssClasses.toNeutral(className), name);
        p.setGeneric(!name.equals(resource));
        p.setUniversalAccess(AccessLevel.NONE);
        p.setBaseRecordSeen(true);
        owned.ifPresent(o -> {
            p.setOwner(o.owner());
            p.permit(o.owner(), AccessLevel.ALTER);
        });
        Map<String, AccessEntry> entries = new TreeMap<>();
        for (TssAcid a : data.acids()) {
            Found f = best(List.of(a.name()), tssClass, resource);
            if (f != null && !(owned.isPresent() && owned.get().owner().equals(a.name()))) {
                String id = a.name().equals(ALL) ? AccessEntry.EVERYONE : a.name();
                entries.put(id, new AccessEntry(id, level(f, tssClass)));
            }
        }
        entries.values().forEach(e -> p.permit(e.id(), e.level()));
        return p;
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
