package dev.esmscan.acf2.access;

import dev.esmscan.acf2.access.RuleSelection.Selected;
import dev.esmscan.acf2.db.Acf2Database;
import dev.esmscan.acf2.db.Acf2Record;
import dev.esmscan.acf2.db.RuleSet;
import dev.esmscan.model.AccessDecision;
import dev.esmscan.model.AccessHolder;
import dev.esmscan.model.AccessLevel;
import dev.esmscan.model.AccessOutcome;
import dev.esmscan.model.AccessResolver;
import dev.esmscan.model.ProfileHolders;
import dev.esmscan.model.ResourceProfile;
import dev.esmscan.model.SecurityModel;
import dev.esmscan.model.StartedTaskAssignment;
import dev.esmscan.model.StartedTaskData;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * ACF2's access decisions (docs/formats/acf2.md states each rule with its source): the SAF class
 * maps to a resource type (GSO CLASMAP, else ACF2's defaults), one rule set is chosen for the name
 * ({@link RuleSelection}), its first matching line decides, through NEXTKEY chains and role passes
 * ({@link EntryEvaluator}). No rule set means ACF2 fails the request (a NO-RULE violation,
 * KB 264349): DENIED, with a profile that exists in no input so that a fix writes the rule. No
 * matching line means denied. NON-CNCL allows everything (logged); SECURITY and READALL do not
 * bypass resource rules here (they bypass data set rules, and RSRCVLD can take SECURITY's away),
 * so neither counts as a grant. A denial is WARNING when the mode that applies ({@link
 * Acf2Options}: GSO OPTS MODE, the rule set's $MODE only under MODE(RULE)) is WARN, LOG or QUIET.
 */
public final class Acf2AccessResolver implements AccessResolver {
    private final Acf2Database db;
    private final ClassMapping classes;
    private final RoleMembership roles;
    private final Acf2Options options;
    private final SecurityModel model;

    public Acf2AccessResolver(SecurityModel model) {
        this(model.extension(Acf2Database.class).orElseGet(Acf2Database::new), model);
    }

    public Acf2AccessResolver(Acf2Database db) {
        this(db, SecurityModel.builder().build());
    }

    private Acf2AccessResolver(Acf2Database db, SecurityModel model) {
        this.model = model;
        this.db = db;
        this.classes = new ClassMapping(db);
        this.roles = new RoleMembership(db);
        this.options = new Acf2Options(db);
    }

    @Override
    public AccessDecision decide(String identity, String className, String resource, AccessLevel requested) {
        ClassMapping.Mapped type = classes.map(className);
        Optional<Selected> selected = RuleSelection.select(db, type.type(), resource);
        Acf2Record lid = db.logonids().get(identity);
        List<String> why = new ArrayList<>();
        why.add(type.how());
        if (lid == null) {
            why.add("no logonid " + identity + " is defined: it cannot sign on, so no rule grants it anything");
        }
        if (lid != null && lid.has("NON-CNCL")) {
            why.add(identity + " has NON-CNCL: ACF2 allows every access and logs it");
            return decision(identity, className, resource, requested, AccessOutcome.GRANTED, AccessLevel.ALTER,
                    selected.map(s -> profileOf(className, s)).orElse(null), "privilege:NON-CNCL", why);
        }
        if (selected.isEmpty()) {
            // KB 264349: a request with no rule set is a NO-RULE violation; only a lenient mode lets it through.
            why.add("no $KEY rule set of TYPE(" + type.type() + ") covers " + resource + ": ACF2 fails the request (a NO-RULE violation)");
            ResourceProfile none = new ResourceProfile(className, resource);
            none.setUniversalAccess(AccessLevel.NONE);
            none.setRawUniversalAccess("NONE");
            none.setBaseRecordSeen(false);
            none.setInstallationData("no rule set");
            return denied(identity, className, resource, requested, none, "no-rule", options.modeFor(null), why);
        }
        Selected s = selected.get();
        ResourceProfile profile = profileOf(className, s);
        String uidString = uidString(identity, lid, why);
        Set<String> roleSet = roles.rolesOf(identity);
        Set<String> services = ServiceLevels.servicesFor(requested);
        String order = options.nosortSource(s.rule());
        why.add("rule set " + s.rule().describe() + (s.generalized() ? " (its $KEY matches the full name)" : " (extended: "
                + "its $KEY matches the first qualifier)") + (order == null ? "" : ", " + order));
        if (requested == AccessLevel.NONE) {
            return decision(identity, className, resource, requested, AccessOutcome.GRANTED, AccessLevel.NONE, profile, "none", why);
        }
        why.add(requested + " asks for SERVICE(" + String.join(" or ", services.stream().sorted().toList()) + ")");
        EntryEvaluator.Result r = new EntryEvaluator(db, s, resource, identity, uidString, roleSet, services).evaluate();
        why.addAll(r.notes());
        if (lid == null) {
            // A logonid that does not exist cannot sign on: ACF2 builds no UID string and no role list
            // for it. When the rules would grant it once it is defined, defining it is the whole remedy
            // (no deciding profile to permit on); otherwise the deciding rule set is named, so a line
            // for it can be added in the same job that defines it.
            if (r.allowed()) {
                why.add("once it is defined, '" + r.entry().text() + "' would match" + through(r) + ": " + r.entry().action());
                return decision(identity, className, resource, requested, AccessOutcome.DENIED, AccessLevel.NONE, null, "none", why);
            }
            why.add(r.entry() == null ? "nor would a line match it once defined" : "once it is defined, '" + r.entry().text()
                    + "' would match" + through(r) + ": denied");
            return decision(identity, className, resource, requested, AccessOutcome.DENIED, AccessLevel.NONE, profile, via(r), why);
        }
        if (r.allowed()) {
            why.add("'" + r.entry().text() + "' matches" + through(r) + ": " + r.entry().action());
            return decision(identity, className, resource, requested, AccessOutcome.GRANTED, ServiceLevels.levelOf(r.entry()),
                    profile, via(r), why);
        }
        why.add(r.entry() == null ? "no line matches " + identity + ": denied"
                : "'" + r.entry().text() + "' matches" + through(r) + ": denied");
        privilegesNotCounted(lid, why);
        RuleSet deciding = s.rule();
        return denied(identity, className, resource, requested, profile, via(r), options.modeFor(deciding), why);
    }

    /** A denial, or a WARNING when the mode that applies lets it through; the mode taken is named either way. */
    private AccessDecision denied(String identity, String className, String resource, AccessLevel requested, ResourceProfile profile,
                                  String via, Acf2Options.Mode mode, List<String> why) {
        if (mode.lenient()) {
            why.add("but " + mode.source() + " lets the request through: only a warning");
            return decision(identity, className, resource, requested, AccessOutcome.WARNING, AccessLevel.NONE, profile, via, why);
        }
        if (!mode.known()) {
            why.add(mode.source() + ": the denial stands (ABORT taken; a lenient mode would only let it through with a warning, "
                    + "which is not access either)");
        } else if (mode.source().contains("$MODE")) {
            why.add(mode.source() + ": the denial stands");
        }
        return decision(identity, className, resource, requested, AccessOutcome.DENIED, AccessLevel.NONE, profile, via, why);
    }

    /** Holders through the synthesized rule-set profile; roles are listed with the logonids they include. */
    @Override
    public List<AccessHolder> holders(String className, String resource, AccessLevel atLeast) {
        return ProfileHolders.of(decidingProfile(className, resource), model, atLeast, true);
    }

    /**
     * The synthesized profile of the rule set that decides the resource. With no rule set, none,
     * unless the mode that applies to a NO-RULE request lets it through (or no input says which
     * mode applies): then a profile named after the resource, with no entry, in WARNING mode.
     */
    @Override
    public ResourceProfile decidingProfile(String className, String resource) {
        ClassMapping.Mapped type = classes.map(className);
        Optional<Selected> s = RuleSelection.select(db, type.type(), resource);
        if (s.isPresent()) {
            return profileOf(className, s.get());
        }
        Acf2Options.Mode mode = options.modeFor(null);
        if (!mode.lenient() && mode.known()) {
            return null;
        }
        ResourceProfile p = new ResourceProfile(className, resource);
        p.setUniversalAccess(AccessLevel.NONE);
        p.setRawUniversalAccess("NONE");
        p.setBaseRecordSeen(false);
        p.setInstallationData("no rule set");
        warn(p, mode, "no rule set covers it");
        return p;
    }

    /** Marks a profile in WARNING mode when the mode lets denials through, or, for exposure, when no input says. */
    static void warn(ResourceProfile p, Acf2Options.Mode mode, String what) {
        if (mode.lenient()) {
            p.setWarning(true);
            p.setWarningReason(what + ": " + mode.source() + " lets denied requests through");
        } else if (!mode.known()) {
            p.setWarning(true);
            p.setWarningReason(what + ": " + mode.source() + ", and a WARN, LOG or QUIET mode would let every user through: "
                    + "taken conservatively for this exposure check");
        }
    }

    /**
     * The GSO STC record for the procedure: {@code STC.<proc>} exactly, else the most specific
     * masked STC record. Trusted means the logonid has NON-CNCL (it bypasses every rule);
     * privileged means SECURITY or READALL. The record is given to the neutral rules as a STARTED
     * profile named like the record without {@code STC.} (generic when masked), holding the record's
     * LOGONID and GROUP as its started-task data, so a fix can change the procedure's own record and
     * leave a masked record other procedures share alone.
     */
    @Override
    public Optional<StartedTaskAssignment> startedTask(String procName) {
        Optional<Acf2Record> record = Optional.ofNullable(db.gso().get("STC." + procName));
        if (record.isEmpty()) {
            record = db.gso().values().stream()
                    .filter(r -> r.recid().startsWith("STC.") && Acf2Masks.isMasked(r.recid())
                            && Acf2Masks.resourceMatches(r.recid().substring(4), procName))
                    .min(Comparator.comparing(r -> r.recid().substring(4), Acf2Masks.MOST_SPECIFIC_FIRST));
        }
        return record.map(r -> {
            String user = r.field("LOGONID");
            Acf2Record lid = user == null ? null : db.logonids().get(user);
            boolean trusted = lid != null && lid.has("NON-CNCL");
            boolean privileged = lid != null && (lid.has("SECURITY") || lid.has("READALL"));
            String name = r.recid().substring("STC.".length());
            ResourceProfile profile = new ResourceProfile("STARTED", name);
            profile.setGeneric(Acf2Masks.isMasked(name));
            profile.setBaseRecordSeen(true);
            profile.setStartedTaskData(new StartedTaskData(user, r.field("GROUP"), trusted, privileged, false));
            return new StartedTaskAssignment(procName, "GSO " + r.recid() + (r.field("STCID") == null ? "" : " STCID(" + r.field("STCID") + ")"),
                    profile, user, r.field("GROUP"), trusted, privileged);
        });
    }

    /** The UID string: the logonid's UID field when the listing shows it, else the logonid (ACF2's default @UID layout). */
    private static String uidString(String identity, Acf2Record lid, List<String> why) {
        if (lid != null && lid.field("UID") != null) {
            why.add("UID string '" + lid.field("UID") + "'");
            return lid.field("UID");
        }
        why.add("UID string taken as the logonid " + identity + " (no UID field given; ACF2's default @UID layout)");
        return identity;
    }

    private static void privilegesNotCounted(Acf2Record lid, List<String> why) {
        if (lid == null) {
            return;
        }
        for (String p : List.of("SECURITY", "READALL")) {
            if (lid.has(p)) {
                why.add(p + " is not counted: it does not bypass resource rules");
            }
        }
    }

    private ResourceProfile profileOf(String className, Selected s) {
        ResourceProfile p = ProfileSynthesis.profile(className, s, false, db);
        warn(p, options.modeFor(s.rule()), s.rule().describe());
        return p;
    }

    private static String through(EntryEvaluator.Result r) {
        return r.role() == null ? "" : " through role " + r.role();
    }

    private static String via(EntryEvaluator.Result r) {
        if (r.entry() == null) {
            return "none";
        }
        if (r.entry().user() != null) {
            return Acf2Masks.isMasked(r.entry().user()) ? "id(*)" : "user";
        }
        if (r.role() != null) {
            return "role:" + r.role();
        }
        if (r.entry().uid() != null) {
            return Acf2Masks.uidMatchesEveryone(r.entry().uid()) ? "id(*)" : "uid:" + r.entry().uid();
        }
        return "id(*)";
    }

    private static AccessDecision decision(String identity, String className, String resource, AccessLevel requested,
                                           AccessOutcome outcome, AccessLevel level, ResourceProfile profile, String via,
                                           List<String> why) {
        return new AccessDecision(identity, className, resource, requested, outcome, level, profile, via,
                "ACF2: " + String.join("; ", why), List.of(), true);
    }
}
