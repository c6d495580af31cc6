package dev.esmscan.racf.command;

import dev.esmscan.model.ResourceProfile;
import dev.esmscan.model.SecurityModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Finding data set profiles in the model: generic ones by name, discrete ones by name on any volume. */
final class DatasetProfiles {

    private DatasetProfiles() {
    }

    /**
     * The profile a data set command names. A name with generic characters, or any name with the
     * GENERIC operand, names a generic profile; another name names the discrete profile, which an
     * unload keys by its volume too. Several discrete profiles of one name on different volumes need
     * VOLUME, which esmscan does not model: reported, and none is returned.
     */
    static Optional<ResourceProfile> find(Execution ex, String name, boolean genericOperand) {
        boolean generic = genericOperand || ProfileNames.hasGenericCharacters(ProfileNames.DATASET, name);
        Optional<ResourceProfile> keyed = ex.model.findProfile(ProfileNames.DATASET, name);
        if (generic) {
            return keyed.filter(ResourceProfile::isGeneric);
        }
        if (keyed.isPresent() && !keyed.get().isGeneric()) {
            return keyed;
        }
        List<ResourceProfile> onVolumes = new ArrayList<>();
        for (ResourceProfile p : ex.model.profiles()) {
            if (p.getClassName().equals(ProfileNames.DATASET) && p.getName().equals(name) && !p.isGeneric()) {
                onVolumes.add(p);
            }
        }
        if (onVolumes.size() > 1) {
            ex.cannotModel("discrete profiles of " + name + " exist on " + onVolumes.size()
                    + " volumes; RACF needs VOLUME to choose one, which esmscan does not model");
            return Optional.empty();
        }
        return onVolumes.stream().findFirst();
    }

    /** The first data set profile whose high-level qualifier is this name, if any. */
    static Optional<String> firstWithHighLevelQualifier(SecurityModel.Builder model, String qualifier) {
        String start = qualifier + ".";
        for (ResourceProfile p : model.profiles()) {
            if (p.getClassName().equals(ProfileNames.DATASET) && p.getName().startsWith(start)) {
                return Optional.of(p.getName());
            }
        }
        return Optional.empty();
    }
}
