package dev.esmscan.racf.command;

import dev.esmscan.model.AccessLevel;
import dev.esmscan.model.ResourceProfile;
import dev.esmscan.model.StartedTaskData;
import java.util.List;
import java.util.Optional;

/** RDEFINE, RALTER and RDELETE of general resource profiles. */
final class ResourceCommands {
    static final Keywords STDATA = Keywords.of("USER GROUP PRIVILEGED TRUSTED TRACE NOUSER NOGROUP NOPRIVILEGED NOTRUSTED NOTRACE");
    static final String STARTED = "STARTED";

    private ResourceCommands() {
    }

    /** The operands RDEFINE and RALTER share, read and checked before anything changes. */
    private record Change(Optional<AccessLevel> uacc, Optional<String> owner, Optional<String> data, boolean warning,
                          boolean noWarning, Optional<StdataChange> stdata, boolean noStdata,
                          List<String> addMembers, List<String> deleteMembers) {
    }

    /** STDATA(...): null fields leave the current value. */
    private record StdataChange(String user, boolean noUser, String group, boolean noGroup,
                                Boolean trusted, Boolean privileged, Boolean trace) {

        StartedTaskData applyTo(StartedTaskData current) {
            StartedTaskData base = current == null ? new StartedTaskData(null, null, false, false, false) : current;
            return new StartedTaskData(
                    user != null ? user : noUser ? null : base.user(),
                    group != null ? group : noGroup ? null : base.group(),
                    trusted != null ? trusted : base.trusted(),
                    privileged != null ? privileged : base.privileged(),
                    trace != null ? trace : base.trace());
        }
    }

    static void define(Execution ex) {
        String className = className(ex);
        List<String> names = ex.positionalNames(1, "profile name");
        Change change = change(ex, className);
        boolean cdtInfo = className.equals(ClassCatalog.CDT) && ex.operands.operand("CDTINFO").isPresent();
        if (ex.rejected()) {
            return;
        }
        checkClassKnown(ex, className);
        for (String name : names) {
            Optional<String> bad = RacfNames.checkResourceProfileName(name);
            if (bad.isPresent()) {
                ex.refuseName(bad.get() + " (IRR16001I RDEFINE failed. " + name + " is not a valid profile name for class " + className + ")");
                continue;
            }
            if (ex.model.findProfile(className, name).isPresent()) {
                ex.refuseName(className + " " + name + " is already defined; RACF does not define it again (ICH10102I " + name + " ALREADY DEFINED TO CLASS " + className + ")");
                continue;
            }
            ResourceProfile p = ex.model.profile(className, name);
            if (className.equals(ClassCatalog.CDT)) {
                // a CDT profile defines the class it names; CDTINFO holds its attributes, which no rule reads
                ex.state.classes().defined(name);
            }
            p.setBaseRecordSeen(true);
            p.setGeneric(isGeneric(ex, className, name));
            // RACF's default is the class's default UACC in the CDT, NONE for the IBM classes
            p.setUniversalAccess(change.uacc().orElse(AccessLevel.NONE));
            p.setRawUniversalAccess(p.getUniversalAccess().name());
            apply(p, change);
        }
    }

    static void alter(Execution ex) {
        String className = className(ex);
        List<String> names = ex.positionalNames(1, "profile name");
        Change change = change(ex, className);
        if (className.equals(ClassCatalog.CDT)) {
            ex.operands.operand("CDTINFO");
        }
        if (ex.rejected()) {
            return;
        }
        checkClassKnown(ex, className);
        for (String name : names) {
            Optional<ResourceProfile> found = ex.model.findProfile(className, name);
            if (found.isEmpty()) {
                ex.refuseName(className + " " + name + " is not defined; nothing is changed");
                continue;
            }
            ResourceProfile p = found.get();
            change.uacc().ifPresent(level -> {
                p.setUniversalAccess(level);
                p.setRawUniversalAccess(level.name());
            });
            apply(p, change);
        }
    }

    static void delete(Execution ex) {
        String className = className(ex);
        List<String> names = ex.positionalNames(1, "profile name");
        if (ex.rejected()) {
            return;
        }
        checkClassKnown(ex, className);
        for (String name : names) {
            if (className.equals(ClassCatalog.CDT) && ex.model.findProfile(className, name).isPresent()) {
                ex.state.classes().deleted(name);
            }
            if (!ex.model.removeProfile(className, name)) {
                ex.refuseName(className + " " + name + " is not defined; nothing is deleted (ICH12102I " + name + " NOT DEFINED TO CLASS " + className + ")");
            }
        }
    }

    /**
     * Generic or discrete for a new profile; see {@link InterpreterState#genericDecision}. A name
     * with generic characters in a class without generics becomes a discrete profile, as RACF does,
     * and is reported because it protects only the resource of exactly that name.
     */
    private static boolean isGeneric(Execution ex, String className, String name) {
        if (!ProfileNames.hasGenericCharacters(className, name)) {
            return false;
        }
        InterpreterState.GenericDecision decision = ex.state.genericDecision(ex.model, className);
        if (!decision.generic()) {
            ex.warn(className + " " + name + " contains generic characters, but neither GENERIC nor GENCMD is active for "
                    + className + "; RACF defines it as a discrete profile that protects only a resource of exactly this name (ICH10321I)");
        }
        return decision.generic();
    }

    /** A class RACF may not have: the command is applied, and reported as reaching that class. */
    private static void checkClassKnown(Execution ex, String className) {
        if (!ex.state.classes().isKnown(ex.model, className)) {
            ex.notModelled(ClassCatalog.unknownClass(className));
        }
    }

    private static String className(Execution ex) {
        List<String> names = ex.positionalNames(0, "class name");
        if (names.size() != 1) {
            if (!names.isEmpty()) {
                ex.reject("one class name expected, not a list");
            }
            return "";
        }
        String className = names.get(0);
        Optional<String> bad = RacfNames.checkClassName(className);
        if (bad.isPresent()) {
            ex.reject(bad.get());
        } else if (!ProfileNames.isGeneralResourceClass(className)) {
            ex.reject(className + " is not a general resource class; RACF has its own commands for it");
        }
        return className;
    }

    private static Change change(Execution ex, String className) {
        Operands ops = ex.operands;
        ops.exclusive("WARNING", "NOWARNING");
        ops.exclusive("STDATA", "NOSTDATA");
        Optional<AccessLevel> uacc = ops.upperValue("UACC").flatMap(v -> Values.accessLevel(ex, "UACC", v));
        Optional<String> owner = ops.upperValue("OWNER");
        Optional<String> data = ops.text("DATA");
        boolean warning = ops.flag("WARNING");
        boolean noWarning = ops.flag("NOWARNING");
        Optional<StdataChange> stdata = stdata(ex, ops.segment("STDATA", STDATA));
        boolean noStdata = ops.flag("NOSTDATA");
        if ((stdata.isPresent() || noStdata) && !className.equals(STARTED)) {
            ex.refuse("STDATA applies to profiles of the STARTED class only");
        }
        List<String> add = ops.upperValues("ADDMEM").orElse(List.of());
        List<String> delete = ops.upperValues("DELMEM").orElse(List.of());
        return new Change(uacc, owner, data, warning, noWarning, stdata, noStdata, add, delete);
    }

    private static void apply(ResourceProfile p, Change change) {
        change.owner().ifPresent(p::setOwner);
        change.data().ifPresent(p::setInstallationData);
        if (change.warning()) {
            p.setWarning(true);
        }
        if (change.noWarning()) {
            p.setWarning(false);
        }
        change.stdata().ifPresent(s -> p.setStartedTaskData(s.applyTo(p.getStartedTaskData())));
        if (change.noStdata()) {
            p.setStartedTaskData(null);
        }
        for (String member : change.addMembers()) {
            if (!p.getMembers().contains(member)) {
                p.getMembers().add(member);
            }
        }
        p.getMembers().removeAll(change.deleteMembers());
    }

    private static Optional<StdataChange> stdata(Execution ex, Optional<Operands> segment) {
        if (segment.isEmpty()) {
            return Optional.empty();
        }
        Operands s = segment.get();
        for (String kw : new String[] {"USER", "GROUP", "PRIVILEGED", "TRUSTED", "TRACE"}) {
            s.exclusive(kw, "NO" + kw);
        }
        String user = s.upperValue("USER").orElse(null);
        String group = s.upperValue("GROUP").orElse(null);
        if (user != null && !user.equals("=MEMBER")) {
            RacfNames.checkUserId(user).ifPresent(reason -> ex.reject("STDATA USER: " + reason));
        }
        if (group != null && !group.equals("=MEMBER")) {
            RacfNames.checkGroupName(group).ifPresent(reason -> ex.reject("STDATA GROUP: " + reason));
        }
        Boolean trusted = yesNo(ex, s, "TRUSTED");
        Boolean privileged = yesNo(ex, s, "PRIVILEGED");
        Boolean trace = yesNo(ex, s, "TRACE");
        return Optional.of(new StdataChange(user, s.flag("NOUSER"), group, s.flag("NOGROUP"), trusted, privileged, trace));
    }

    /** YES or NO; NOTRUSTED and the like mean NO; null when neither is given. */
    private static Boolean yesNo(Execution ex, Operands s, String name) {
        if (s.flag("NO" + name)) {
            return false;
        }
        return s.upperValue(name).flatMap(v -> Values.yesNo(ex, "STDATA " + name, v)).orElse(null);
    }
}
