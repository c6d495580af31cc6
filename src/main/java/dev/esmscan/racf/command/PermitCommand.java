package dev.esmscan.racf.command;

import dev.esmscan.model.AccessEntry;
import dev.esmscan.model.AccessLevel;
import dev.esmscan.model.ConditionalAccessEntry;
import dev.esmscan.model.ResourceProfile;
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
        List<String> names = ex.positionalNames(0, "profile name");
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
        if (ex.rejected()) {
            return;
        }
        List<String> defined = definedIds(ex, ids);
        AccessLevel level = access.orElse(AccessLevel.READ);
        for (String name : names) {
            Optional<ResourceProfile> profile = find(ex, className, name, generic);
            if (profile.isEmpty()) {
                ex.report(className + " profile " + name + " is not defined" + (generic ? " as a generic profile" : "")
                        + "; RACF stops the command here (ICH06004I)");
                return;
            }
            ResourceProfile p = profile.get();
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
     * Without GENERIC, a name without generic characters names the discrete profile only; a
     * fully qualified generic profile of the same name is not found (ICH06004I).
     */
    private static Optional<ResourceProfile> find(Execution ex, String className, String name, boolean generic) {
        Optional<String> bad = ProfileNames.check(className, name);
        if (bad.isPresent()) {
            ex.report(bad.get());
            return Optional.empty();
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
                ex.report("ID " + id + " is neither a user nor a group; no access list entry for it");
            }
        }
        return defined;
    }

    private static void deleteEntry(Execution ex, ResourceProfile p, String id, List<Condition> conditions) {
        if (conditions.isEmpty()) {
            if (!p.removeEntry(id)) {
                ex.report(id + " has no entry in the access list of " + p.getClassName() + " " + p.getName() + "; nothing deleted");
            }
            return;
        }
        for (Condition c : conditions) {
            if (!p.getConditionalAccessList().removeIf(e -> matches(e, id, c))) {
                ex.report(id + " has no WHEN(" + c.type() + "(" + c.name() + ")) entry in the conditional access list of "
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
            ex.reject("WHEN(CRITERIA(...)) is not modelled by esmscan; command not applied");
        } else if (conditions.isEmpty() && !ex.rejected()) {
            ex.reject("WHEN needs a condition");
        }
        return conditions;
    }
}
