package dev.esmscan.racf.command;

import dev.esmscan.model.AccessEntry;
import dev.esmscan.model.AccessLevel;
import dev.esmscan.model.ConditionalAccessEntry;
import dev.esmscan.model.ResourceProfile;
import dev.esmscan.model.SecurityModel;
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
