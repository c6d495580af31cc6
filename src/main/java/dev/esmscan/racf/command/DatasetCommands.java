package dev.esmscan.racf.command;

import dev.esmscan.model.AccessLevel;
import dev.esmscan.model.ResourceProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * ADDSD, ALTDSD and DELDSD: data set profiles, discrete and generic (z/OS Security Server RACF
 * Command Language Reference). Modelled: the profile itself (generic when the name holds % or * or
 * GENERIC is given), UACC, OWNER, DATA and WARNING. Not modelled, and reported: the issuer's
 * default UACC when ADDSD gives none, whether the data set of a discrete profile exists (ADDSD
 * checks it unless NOSET is given), FROM/MODEL copies, volumes and the other operands.
 */
final class DatasetCommands {

    private DatasetCommands() {
    }

    static void add(Execution ex) {
        List<Operand> written = ex.positionalOperands(0, "data set profile name");
        Operands ops = ex.operands;
        ops.exclusive("SET", "NOSET");
        Optional<AccessLevel> uacc = ops.upperValue("UACC").flatMap(v -> Values.accessLevel(ex, "UACC", v));
        Optional<String> owner = ops.upperValue("OWNER");
        Optional<String> data = ops.text("DATA");
        boolean warning = ops.flag("WARNING");
        boolean genericOperand = ops.flag("GENERIC");
        boolean noSet = ops.flag("NOSET");
        ops.flag("SET");
        List<String> names = names(ex, written);
        if (ex.rejected()) {
            return;
        }
        for (String name : names) {
            boolean generic = genericOperand || ProfileNames.hasGenericCharacters(ProfileNames.DATASET, name);
            if (ProfileNames.hasGenericCharacters(ProfileNames.DATASET, name)
                    && !ex.state.genericDecision(ex.model, ProfileNames.DATASET).generic()) {
                ex.refuseName("generic command processing is inactive for DATASET (neither GENERIC nor GENCMD), so RACF does not"
                        + " define the generic profile " + name);
                continue;
            }
            if (DatasetProfiles.find(ex, name, generic).isPresent()) {
                ex.refuseName("data set profile " + name + " is already defined; RACF does not define it again");
                continue;
            }
            if (ex.rejected()) {
                return;
            }
            if (!generic && !noSet) {
                ex.notModelled("ADDSD of the discrete profile " + name + " succeeds only if RACF finds the data set (SET, the default),"
                        + " which the input does not show; taken as defined");
            }
            ResourceProfile p = ex.model.profile(ProfileNames.DATASET, name);
            p.setBaseRecordSeen(true);
            p.setGeneric(generic);
            if (uacc.isEmpty()) {
                ex.notModelled("no UACC given: RACF takes the UACC of the issuer's current connect group, which the input does not"
                        + " show; taken as NONE");
            }
            p.setUniversalAccess(uacc.orElse(AccessLevel.NONE));
            p.setRawUniversalAccess(p.getUniversalAccess().name());
            owner.ifPresent(p::setOwner);
            data.ifPresent(p::setInstallationData);
            p.setWarning(warning);
        }
    }

    static void alter(Execution ex) {
        List<Operand> written = ex.positionalOperands(0, "data set profile name");
        Operands ops = ex.operands;
        ops.exclusive("WARNING", "NOWARNING");
        ops.exclusive("DATA", "NODATA");
        Optional<AccessLevel> uacc = ops.upperValue("UACC").flatMap(v -> Values.accessLevel(ex, "UACC", v));
        Optional<String> owner = ops.upperValue("OWNER");
        Optional<String> data = ops.text("DATA");
        boolean noData = ops.flag("NODATA");
        boolean warning = ops.flag("WARNING");
        boolean noWarning = ops.flag("NOWARNING");
        boolean genericOperand = ops.flag("GENERIC");
        forEachDefined(ex, written, genericOperand, "nothing is changed", p -> {
            uacc.ifPresent(level -> {
                p.setUniversalAccess(level);
                p.setRawUniversalAccess(level.name());
            });
            owner.ifPresent(p::setOwner);
            data.ifPresent(p::setInstallationData);
            if (noData) {
                p.setInstallationData(null);
            }
            if (warning) {
                p.setWarning(true);
            }
            if (noWarning) {
                p.setWarning(false);
            }
        });
    }

    static void delete(Execution ex) {
        List<Operand> written = ex.positionalOperands(0, "data set profile name");
        boolean genericOperand = ex.operands.flag("GENERIC");
        ex.operands.flag("SET");
        ex.operands.flag("NOSET");
        // a fully qualified generic profile needs GENERIC, else RACF looks for a discrete one (ICH09020I)
        forEachDefined(ex, written, genericOperand, "nothing is deleted (ICH09020I %s NOT DEFINED TO RACF)", ex.model::removeProfile);
    }

    /**
     * Runs {@code change} on the profile of each name written; a name with no profile is refused
     * with {@code refusal} (a format taking the name), and the others are changed.
     */
    private static void forEachDefined(Execution ex, List<Operand> written, boolean genericOperand, String refusal,
                                       Consumer<ResourceProfile> change) {
        List<String> names = names(ex, written);
        if (ex.rejected()) {
            return;
        }
        for (String name : names) {
            Optional<ResourceProfile> found = DatasetProfiles.find(ex, name, genericOperand);
            if (ex.rejected()) {
                return;
            }
            if (found.isEmpty()) {
                ex.refuseName("data set profile " + name + " is not defined" + (genericOperand ? " as a generic profile" : "")
                        + "; " + String.format(refusal, name));
                continue;
            }
            change.accept(found.get());
        }
    }

    private static List<String> names(Execution ex, List<Operand> written) {
        List<String> names = new ArrayList<>();
        for (Operand w : written) {
            DatasetNames.resolve(ex, w).ifPresent(names::add);
        }
        return names;
    }
}
