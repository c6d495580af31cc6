package dev.esmscan.policy.checks;

import dev.esmscan.model.ClassOptions;
import dev.esmscan.model.ResourceProfile;
import dev.esmscan.model.SecurityModel;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The profiles one class holds and whether the class is active and RACLISTed, for requirements
 * that ask for "a profile in the class" rather than access to one resource (IDTDATA).
 */
public final class ClassDefinitions {
    private static final int LISTED = 5;

    private final String className;
    private final List<ResourceProfile> profiles;
    private final ClassOptions options;

    private ClassDefinitions(String className, List<ResourceProfile> profiles, ClassOptions options) {
        this.className = className;
        this.profiles = List.copyOf(profiles);
        this.options = options;
    }

    public static ClassDefinitions of(SecurityModel model, String className) {
        Optional<ClassOptions> options = model.classOptions();
        return new ClassDefinitions(className, model.profiles(className).all(), options.orElse(null));
    }

    public List<ResourceProfile> getProfiles() {
        return profiles;
    }

    public int getProfileCount() {
        return profiles.size();
    }

    public boolean isClassStatusKnown() {
        return options != null;
    }

    /** False also when the status is unknown. */
    public boolean isActive() {
        return options != null && options.isActive(className);
    }

    /** False also when the status is unknown. */
    public boolean isRaclisted() {
        return options != null && options.isRaclisted(className);
    }

    /** "IDTDATA profiles: ZOWE.APIML (discrete), ..." with the first few named. */
    public String describeProfiles() {
        if (profiles.isEmpty()) {
            return "no " + className + " profile is defined";
        }
        String named = profiles.stream().limit(LISTED).map(p -> p.getName() + (p.isGeneric() ? " (generic)" : " (discrete)"))
                .collect(Collectors.joining(", "));
        int more = profiles.size() - LISTED;
        return className + " profiles: " + named + (more > 0 ? " and " + more + " more" : "");
    }

    /** "SETROPTS: IDTDATA active, RACLISTed", or that the status is unknown. */
    public String describeClassStatus() {
        if (options == null) {
            return "class " + className + " status unknown: no SETROPTS input";
        }
        return "SETROPTS: " + className + " " + (isActive() ? "active" : "inactive") + ", "
                + (isRaclisted() ? "RACLISTed" : "not RACLISTed");
    }
}
