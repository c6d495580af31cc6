package dev.esmscan.racf.command;

import dev.esmscan.input.Reach;
import dev.esmscan.model.ClassOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * SETROPTS: class activation, RACLIST, GENERIC and GENCMD, GRPLIST and EGN. With REFRESH, the
 * RACLIST, GENERIC and GLOBAL operands name what to refresh and change nothing in the model;
 * SETROPTS LIST only displays.
 */
final class SetroptsCommand {
    private static final List<String> REFRESH_TARGETS = List.of("RACLIST", "GENERIC", "GLOBAL", "WHEN");

    private SetroptsCommand() {
    }

    /** One class-list operand and what it does to the class options. */
    private record ClassChange(String operand, List<String> classes, BiConsumer<ClassOptions, String> action) {
    }

    static void apply(Execution ex) {
        Operands ops = ex.operands;
        if (ops.isEmpty()) {
            ex.refuse("no operand given; RACF changes nothing");
            return;
        }
        ops.flag("LIST");
        boolean refresh = ops.flag("REFRESH");
        if (refresh) {
            for (String target : REFRESH_TARGETS) {
                ops.operand(target);
            }
        }
        ops.exclusive("GRPLIST", "NOGRPLIST");
        ops.exclusive("EGN", "NOEGN");
        List<ClassChange> changes = new ArrayList<>();
        classChange(ex, changes, "CLASSACT", (o, c) -> o.setActive(c, true));
        classChange(ex, changes, "NOCLASSACT", (o, c) -> o.setActive(c, false));
        if (!refresh) {
            classChange(ex, changes, "RACLIST", (o, c) -> o.setRaclisted(c, true));
            // GENERIC turns on generic checking and generic command processing alike
            classChange(ex, changes, "GENERIC", (o, c) -> {
                o.setGeneric(c, true);
                o.setGenericCommand(c, true);
            });
        }
        classChange(ex, changes, "NORACLIST", (o, c) -> o.setRaclisted(c, false));
        classChange(ex, changes, "NOGENERIC", (o, c) -> o.setGeneric(c, false));
        classChange(ex, changes, "GENCMD", (o, c) -> o.setGenericCommand(c, true));
        classChange(ex, changes, "NOGENCMD", (o, c) -> o.setGenericCommand(c, false));
        Boolean grplist = ops.flag("GRPLIST") ? Boolean.TRUE : ops.flag("NOGRPLIST") ? Boolean.FALSE : null;
        Boolean egn = ops.flag("EGN") ? Boolean.TRUE : ops.flag("NOEGN") ? Boolean.FALSE : null;
        if (ex.rejected() || (changes.isEmpty() && grplist == null && egn == null)) {
            return;
        }
        // without SETROPTS LIST output, the options know only what the commands set (ClassOptions.partial)
        ClassOptions options = ex.model.classOptionsForCommands();
        for (ClassChange change : changes) {
            for (String className : change.classes()) {
                change.action().accept(options, className);
            }
        }
        if (grplist != null) {
            options.setListOfGroups(grplist);
        }
        if (egn != null) {
            options.setEnhancedGenericNaming(egn);
        }
    }

    private static void classChange(Execution ex, List<ClassChange> changes, String operand,
                                    BiConsumer<ClassOptions, String> action) {
        Optional<Operand> o = ex.operands.operand(operand);
        if (o.isEmpty()) {
            return;
        }
        if (!o.get().hasValues()) {
            ex.notModelled(operand + " without a class list is not modelled by esmscan; ignored", Reach.everything());
            return;
        }
        List<String> classes = new ArrayList<>();
        for (String className : ex.operands.upperValues(operand).orElse(List.of())) {
            if (className.equals("*")) {
                ex.notModelled(operand + "(*) names every class of the class descriptor table, which the model does not hold; ignored", Reach.everything());
                continue;
            }
            Optional<String> bad = RacfNames.checkClassName(className);
            if (bad.isPresent()) {
                ex.reject(operand + ": " + bad.get());
            } else if (!className.equals(ProfileNames.DATASET) && !ex.state.classes().isKnown(ex.model, className)) {
                ex.notModelled(operand + ": " + ClassCatalog.unknownClass(className), Reach.classes(className));
                classes.add(className);
            } else {
                classes.add(className);
            }
        }
        changes.add(new ClassChange(operand, classes, action));
    }
}
