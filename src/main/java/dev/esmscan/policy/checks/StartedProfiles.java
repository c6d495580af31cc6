package dev.esmscan.policy.checks;

import dev.esmscan.model.ClassOptions;
import dev.esmscan.model.ResourceProfile;
import dev.esmscan.model.SecurityModel;
import dev.esmscan.model.StartedTaskAssignment;
import dev.esmscan.policy.Check;
import dev.esmscan.remediation.Intent;
import dev.esmscan.remediation.Intent.DefineStartedTask;
import dev.esmscan.remediation.Intent.EnableGenericProfiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which started-task profile a fix may change. The procedure's own profile (its name begins with
 * the procedure's name: ZWESLSTC.*, ZWESLSTC*, ZWESLSTC.ZWESLSTC) is altered; a broader generic
 * that other procedures share (**, ZWES*.*, *.*) is left alone and the procedure gets a profile
 * of its own, as seed 000 defines it (RDEFINE STARTED ZWESLSTC.* ...), which then decides for it.
 */
public final class StartedProfiles {
    static final String STARTED = "STARTED";

    /** The changes that give a procedure its own profile, or why a person must act instead. */
    record Remedy(Intent[] intents, String personMustAct) {
    }

    private StartedProfiles() {
    }

    public static boolean isOwn(ResourceProfile profile, String procName) {
        return profile.getName().startsWith(procName);
    }

    /** True when the assignment comes from a profile shared with other procedures. */
    static boolean isShared(StartedTaskAssignment assignment) {
        return assignment.profile() != null && !isOwn(assignment.profile(), assignment.procName());
    }

    /**
     * Seed 000's definition of the procedure's own generic profile. Generic STARTED profiles decide
     * only while generic checking is on for the class, so it is turned on first when the class
     * options show it off. A profile of that name that exists and does not decide (a discrete one,
     * defined while generics were off) is not replaced by a command: a person must look at it.
     */
    static Remedy define(SecurityModel model, String procName, String user, String group) {
        String name = procName + ".*";
        SecurityModel.ClassProfiles profiles = model.profiles(STARTED);
        boolean exists = profiles.discrete(name).isPresent() || profiles.generics().stream().anyMatch(p -> p.getName().equals(name));
        if (exists) {
            return new Remedy(new Intent[0], "a person must act: " + STARTED + " " + name + " exists but does not decide for "
                    + procName + "; no command is generated");
        }
        List<Intent> intents = new ArrayList<>();
        Optional<ClassOptions> options = model.classOptions();
        if (options.isPresent() && options.get().isGenericKnown(STARTED) && !options.get().isGeneric(STARTED)) {
            intents.add(new EnableGenericProfiles(STARTED, options.get().isGenericCommand(STARTED)));
        }
        intents.add(new DefineStartedTask(procName, name, user, group));
        return new Remedy(intents.toArray(new Intent[0]), null);
    }

    /** The failed check when no definition covers the procedure, with seed 000's definition as its fix. */
    static Check notCoveredCheck(SecurityModel model, String procName, String user, String group) {
        Remedy define = define(model, procName, user, group);
        return new Check().require(false, notCovered(model, procName)
                + (define.personMustAct() == null ? "" : "; " + define.personMustAct()), define.intents());
    }

    /** What the evidence says when no definition covers the procedure. */
    static String notCovered(SecurityModel model, String procName) {
        String text = "no started-task definition covers procedure " + procName;
        Optional<ClassOptions> options = model.classOptions();
        if (options.isPresent() && options.get().isGenericKnown(STARTED) && !options.get().isGeneric(STARTED)) {
            text += " (" + STARTED + " is not a GENERIC class, so its generic profiles do not decide)";
        }
        return text;
    }

    static String sharedNote(StartedTaskAssignment assignment) {
        return "the deciding profile " + assignment.source() + " is shared with other procedures, so it is left alone and "
                + assignment.procName() + " gets a profile of its own, " + assignment.procName() + ".*";
    }
}
