package dev.esmscan.racf.command;

import dev.esmscan.model.AccessEntry;
import dev.esmscan.model.AccessLevel;
import dev.esmscan.model.ConditionalAccessEntry;
import dev.esmscan.model.ResourceProfile;
import dev.esmscan.model.SecurityModel;
import dev.esmscan.model.User;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** PERMIT: standard and conditional access list entries. */
final class PermitCommand {
    static final List<String> CONDITIONS = List.of("APPCPORT", "CONSOLE", "JESINPUT", "PROGRAM", "SERVAUTH", "SYSID", "TERMINAL");
    static final Keywords WHEN = Keywords.of(String.join(" ", CONDITIONS), "CRITERIA");
    static final Keywords RESET = Keywords.of("ALL STANDARD WHEN");

    private PermitCommand() {
    }

    private record Condition(String type, String name) {
    }

    /** Which lists RESET clears. */
    private record Reset(boolean standard, boolean conditional) {
    }

    static void apply(Execution ex) {
        List<Operand> written = ex.positionalOperands(0, "profile name");
        Operands ops = ex.operands;
        ops.exclusive("ACCESS", "DELETE");
        String className = ops.upperValue("CLASS").orElse(ProfileNames.DATASET);
        RacfNames.checkClassName(className).ifPresent(ex::reject);
        List<String> ids = ops.upperValues("ID").orElse(List.of());
        Optional<AccessLevel> access = ops.upperValue("ACCESS").flatMap(v -> Values.accessLevel(ex, "ACCESS", v));
        boolean delete = ops.flag("DELETE");
        boolean generic = ops.flag("GENERIC");
        Reset reset = reset(ex, ops);
        List<Condition> conditions = conditions(ex, ops);
        if (delete && ids.isEmpty()) {
            ex.reject("DELETE needs ID(...)");
        }
        if (ids.isEmpty() && reset == null) {
            ex.reject("neither ID(...) nor RESET given");
        }
        for (String id : ids) {
            if (!id.equals(AccessEntry.EVERYONE) && !(className.equals(ProfileNames.DATASET) && id.equals("&RACUID"))) {
                RacfNames.checkUserId(id).ifPresent(reason -> ex.reject("ID: " + reason));
            }
        }
        boolean dataset = className.equals(ProfileNames.DATASET);
        List<String> names = new ArrayList<>();
        for (Operand w : written) {
            if (dataset) {
                DatasetNames.resolve(ex, w).ifPresent(names::add);
            } else {
                names.add(Execution.upper(w.name()));
            }
        }
        if (ex.rejected()) {
            return;
        }
        if (!dataset && !ex.state.classes().isKnown(ex.model, className)) {
            ex.notModelled(ClassCatalog.unknownClass(className));
        }
        // RACF looks up the profile before the IDs: an undefined profile ends the command first (ICH06004I)
        List<String> defined = null;
        AccessLevel level = access.orElse(AccessLevel.READ);
        for (String name : names) {
            if (ex.rejected()) {
                return;
            }
            Optional<ResourceProfile> profile = find(ex, className, name, generic);
            if (ex.rejected()) {
                return;
            }
            if (profile.isEmpty()) {
                ex.refuseName(className + " profile " + name + " is not defined" + (generic ? " as a generic profile" : "")
                        + "; RACF stops the command here (ICH06004I " + name + " NOT DEFINED TO RACF)");
                return;
            }
            ResourceProfile p = profile.get();
            if (defined == null) {
                defined = definedIds(ex, ids);
            }
            if (reset != null) {
                if (reset.standard()) {
                    p.getAccessList().clear();
                }
                if (reset.conditional()) {
                    p.getConditionalAccessList().clear();
                }
            }
            for (String id : defined) {
                if (delete) {
                    deleteEntry(ex, p, id, conditions);
                } else if (conditions.isEmpty() && !ex.rejected()) {
                    p.permit(id, level);
                } else {
                    for (Condition c : conditions) {
                        p.getConditionalAccessList().removeIf(e -> matches(e, id, c));
                        p.getConditionalAccessList().add(new ConditionalAccessEntry(id, level, c.type(), c.name()));
                    }
                }
            }
        }
    }

    /**
     * True when the command, run as written, would leave the model as it is: a PERMIT of general
     * resource profiles with ID, ACCESS and CLASS only, whose profile is not defined, or whose every
     * ID is undefined or already holds exactly that access in the standard access list.
     */
    static boolean changesNothing(SecurityModel.Builder model, RacfCommand c) {
        if (c.verb() != RacfVerb.PERMIT || c.positionals().size() != 1 || c.positionals().get(0).hasValues()) {
            return false;
        }
        String className = null;
        List<String> ids = new ArrayList<>();
        AccessLevel level = AccessLevel.READ;
        for (Operand k : c.keywords()) {
            Keywords.Resolution r = RacfVerb.PERMIT.keywords().resolve(k.name());
            if (!r.resolved() || !k.hasValues() || k.isBareList() || k.values().isEmpty()) {
                return false;
            }
            List<String> values = new ArrayList<>();
            for (Operand v : k.values()) {
                if (v.hasValues() || v.quoted()) {
                    return false;
                }
                values.add(v.upperName());
            }
            switch (r.name()) {
                case "CLASS" -> className = values.size() == 1 ? values.get(0) : null;
                case "ID" -> ids.addAll(values);
                case "ACCESS" -> {
                    AccessLevel parsed = values.size() == 1 ? AccessLevel.parse(values.get(0)) : null;
                    if (parsed == null) {
                        return false;
                    }
                    level = parsed;
                }
                default -> {
                    return false;
                }
            }
        }
        if (className == null || className.equals(ProfileNames.DATASET) || ids.isEmpty()) {
            return false;
        }
        String name = c.positionals().get(0).upperName();
        Optional<ResourceProfile> profile = model.findProfile(className, name);
        if (profile.isEmpty()) {
            return true;
        }
        for (String id : ids) {
            boolean defined = id.equals(AccessEntry.EVERYONE) || model.findUser(id).isPresent() || model.findGroup(id).isPresent();
            if (!defined) {
                continue;
            }
            AccessLevel wanted = level;
            boolean same = profile.get().getAccessList().stream().anyMatch(e -> e.id().equals(id) && e.level() == wanted);
            if (!same) {
                return false;
            }
        }
        return true;
    }

    /**
     * What a PERMIT that only grants would add: named IDs given {@code level} on one general
     * resource profile. {@code ids} are the IDs defined when the command would run (RACF skips the
     * others, ICH06007I); {@code profile} is the profile object it would change.
     */
    record Grant(String className, String profileName, List<String> ids, AccessLevel level, ResourceProfile profile) {

        /** "ID(ZWESVUSR) ACCESS(UPDATE) on FACILITY BPX.DAEMON" */
        String describe() {
            return "ID(" + String.join(" ", ids) + ") ACCESS(" + level + ") on " + className + " " + profileName;
        }

        /**
         * True when, on the model as the whole stream leaves it without this grant, adding it could
         * not leave any identity with less access in RACF's order of checking (own entry, highest
         * group entry, ID(*), UACC): for each ID without an entry of its own at the end, the level
         * is at least the UACC, the ID(*) entry and, for a user, the entry of every group it is
         * connected to. An ID with an entry of its own at the end either got it from a later command
         * (which sets it in both readings alike) or kept the one {@link #onlyGrants} found at or
         * below the level. A profile deleted or replaced later holds the grant in neither reading.
         */
        boolean stillOnlyGrants(SecurityModel.Builder model) {
            Optional<ResourceProfile> now = model.findProfile(className, profileName);
            if (now.isEmpty() || now.get() != profile) {
                return true;
            }
            ResourceProfile p = now.get();
            AccessLevel uacc = p.getUniversalAccess();
            if (uacc == null || !level.atLeast(uacc)) {
                return false;
            }
            AccessEntry everyone = p.entryFor(AccessEntry.EVERYONE);
            if (everyone != null && (everyone.level() == null || !level.atLeast(everyone.level()))) {
                return false;
            }
            for (String id : ids) {
                if (p.entryFor(id) != null) {
                    continue;
                }
                Optional<User> user = model.findUser(id);
                if (user.isEmpty()) {
                    continue;
                }
                List<String> groups = new ArrayList<>();
                if (user.get().getDefaultGroup() != null) {
                    groups.add(user.get().getDefaultGroup());
                }
                model.connections().stream().filter(c -> c.getUserId().equals(id)).forEach(c -> groups.add(c.getGroup()));
                for (String g : groups) {
                    AccessEntry e = p.entryFor(g);
                    if (e != null && (e.level() == null || !level.atLeast(e.level()))) {
                        return false;
                    }
                }
            }
            return true;
        }
    }

    /**
     * The grant, when the command is a PERMIT that can only give named IDs more access: one
     * general resource profile (not DATASET) of a known class that is defined, CLASS, ID and at
     * most one ACCESS above NONE, each once; no ID(*), DELETE, RESET, WHEN, GENERIC, FROM, FCLASS,
     * FGENERIC, FVOLUME or VOLUME; every ID a valid user ID; and no defined ID holding an entry of its
     * own above that level (a PERMIT replaces the entry, so it would lower it). Empty otherwise.
     */
    static Optional<Grant> onlyGrants(SecurityModel.Builder model, InterpreterState state, RacfCommand c) {
        if (c.verb() != RacfVerb.PERMIT || c.positionals().size() != 1 || c.positionals().get(0).hasValues()
                || c.positionals().get(0).quoted()) {
            return Optional.empty();
        }
        String className = null;
        List<String> ids = null;
        AccessLevel level = null;
        for (Operand k : c.keywords()) {
            Keywords.Resolution r = RacfVerb.PERMIT.keywords().resolve(k.name());
            if (!r.resolved() || !k.hasValues() || k.isBareList() || k.values().isEmpty()) {
                return Optional.empty();
            }
            List<String> values = new ArrayList<>();
            for (Operand v : k.values()) {
                if (v.hasValues() || v.quoted()) {
                    return Optional.empty();
                }
                values.add(v.upperName());
            }
            switch (r.name()) {
                case "CLASS" -> {
                    if (className != null || values.size() != 1) {
                        return Optional.empty();
                    }
                    className = values.get(0);
                }
                case "ID" -> {
                    if (ids != null) {
                        return Optional.empty();
                    }
                    ids = values;
                }
                case "ACCESS" -> {
                    if (level != null || values.size() != 1 || AccessLevel.parse(values.get(0)) == null) {
                        return Optional.empty();
                    }
                    level = AccessLevel.parse(values.get(0));
                }
                default -> {
                    return Optional.empty();
                }
            }
        }
        level = level == null ? AccessLevel.READ : level;
        if (className == null || className.equals(ProfileNames.DATASET) || ids == null || level == AccessLevel.NONE
                || RacfNames.checkClassName(className).isPresent() || !state.classes().isKnown(model, className)) {
            return Optional.empty();
        }
        String name = c.positionals().get(0).upperName();
        if (ProfileNames.check(className, name).isPresent()) {
            return Optional.empty();
        }
        Optional<ResourceProfile> found = model.findProfile(className, name);
        if (found.isEmpty() || (!ProfileNames.hasGenericCharacters(className, name) && found.get().isGeneric())) {
            return Optional.empty();
        }
        ResourceProfile profile = found.get();
        List<String> defined = new ArrayList<>();
        for (String id : ids) {
            if (id.equals(AccessEntry.EVERYONE) || RacfNames.checkUserId(id).isPresent()) {
                return Optional.empty();
            }
            if (model.findUser(id).isEmpty() && model.findGroup(id).isEmpty()) {
                continue;
            }
            AccessEntry own = profile.entryFor(id);
            if (own != null && (own.level() == null || !level.atLeast(own.level()))) {
                return Optional.empty();
            }
            defined.add(id);
        }
        return Optional.of(new Grant(className, name, List.copyOf(defined), level, profile));
    }

    /**
     * Without GENERIC, a name without generic characters names the discrete profile only; a
     * fully qualified generic profile of the same name is not found (ICH06004I).
     */
    private static Optional<ResourceProfile> find(Execution ex, String className, String name, boolean generic) {
        Optional<String> bad = ProfileNames.check(className, name);
        if (bad.isPresent()) {
            if (className.equals(ProfileNames.DATASET)) {
                ex.reject(bad.get());
            } else {
                ex.refuseName(bad.get() + " (IRR16001I PERMIT failed. " + name + " is not a valid profile name for class " + className + ")");
            }
            return Optional.empty();
        }
        if (className.equals(ProfileNames.DATASET)) {
            return DatasetProfiles.find(ex, name, generic);
        }
        Optional<ResourceProfile> found = ex.model.findProfile(className, name);
        if (found.isEmpty() || ProfileNames.hasGenericCharacters(className, name)) {
            return found;
        }
        return found.filter(p -> p.isGeneric() == generic);
    }

    /** IDs that are users or groups of the model (or *); RACF skips the others with a message. */
    private static List<String> definedIds(Execution ex, List<String> ids) {
        List<String> defined = new ArrayList<>();
        for (String id : ids) {
            boolean known = id.equals(AccessEntry.EVERYONE) || id.equals("&RACUID")
                    || ex.model.findUser(id).isPresent() || ex.model.findGroup(id).isPresent();
            if (known) {
                defined.add(id);
            } else {
                ex.refuseName("ID " + id + " is neither a user nor a group; no access list entry for it (ICH06007I " + id + " NOT DEFINED TO RACF)");
            }
        }
        return defined;
    }

    private static void deleteEntry(Execution ex, ResourceProfile p, String id, List<Condition> conditions) {
        if (conditions.isEmpty()) {
            if (!p.removeEntry(id)) {
                ex.refuseName(id + " has no entry in the access list of " + p.getClassName() + " " + p.getName() + "; nothing is deleted (ICH06002I " + id + " NOT AUTHORIZED, DELETE IGNORED)");
            }
            return;
        }
        for (Condition c : conditions) {
            if (!p.getConditionalAccessList().removeIf(e -> matches(e, id, c))) {
                ex.refuseName(id + " has no WHEN(" + c.type() + "(" + c.name() + ")) entry in the conditional access list of "
                        + p.getClassName() + " " + p.getName() + "; nothing deleted");
            }
        }
    }

    private static boolean matches(ConditionalAccessEntry e, String id, Condition c) {
        return e.id().equals(id) && e.conditionType().equals(c.type()) && e.conditionName().equals(c.name());
    }

    /** RESET or RESET(STANDARD) clears the standard list, RESET(WHEN) the conditional one, RESET(ALL) both. */
    private static Reset reset(Execution ex, Operands ops) {
        Optional<Operand> o = ops.operand("RESET");
        if (o.isEmpty()) {
            return null;
        }
        if (!o.get().hasValues()) {
            return new Reset(true, false);
        }
        Operands which = ops.segment("RESET", RESET).orElseThrow();
        boolean all = which.flag("ALL");
        boolean standard = which.flag("STANDARD");
        boolean when = which.flag("WHEN");
        if (!all && !standard && !when) {
            ex.reject("RESET needs ALL, STANDARD or WHEN");
        }
        return new Reset(all || standard, all || when);
    }

    private static List<Condition> conditions(Execution ex, Operands ops) {
        Optional<Operands> when = ops.segment("WHEN", WHEN);
        if (when.isEmpty()) {
            return List.of();
        }
        List<Condition> conditions = new ArrayList<>();
        for (String type : CONDITIONS) {
            when.get().upperValues(type).ifPresent(names -> names.forEach(n -> conditions.add(new Condition(type, n))));
        }
        if (when.get().present("CRITERIA")) {
            ex.cannotModel("WHEN(CRITERIA(...)) is not modelled by esmscan; command not applied");
        } else if (conditions.isEmpty() && !ex.rejected()) {
            ex.reject("WHEN needs a condition");
        }
        return conditions;
    }
}
