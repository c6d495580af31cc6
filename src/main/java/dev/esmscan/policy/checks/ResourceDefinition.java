package dev.esmscan.policy.checks;

import dev.esmscan.model.AccessResolver;
import dev.esmscan.model.ClassOptions;
import dev.esmscan.model.ResourceProfile;
import dev.esmscan.model.SecurityModel;
import java.util.Optional;

/**
 * Whether a resource is "defined" in the seeds' sense: a profile covers it and its class is
 * active. Some requirements apply only then (APPL OMVSAPPL: "skip ... when the OMVSAPPL profile
 * is not defined"), others are switched off by it (XFACILIT CSF.CSFSERV.AUTH.CSFRNG.DISABLE).
 * Without SETROPTS input the class status is unknown, and the definition may be in force.
 */
public final class ResourceDefinition {

    /** What the inputs say about the class. */
    public enum ClassStatus { ACTIVE, INACTIVE, UNKNOWN }

    private final String className;
    private final String resource;
    private final ResourceProfile profile;
    private final ClassStatus classStatus;
    private final boolean raclisted;
    private final boolean raclistedKnown;

    private ResourceDefinition(String className, String resource, ResourceProfile profile, ClassStatus classStatus, boolean raclisted,
                               boolean raclistedKnown) {
        this.className = className;
        this.resource = resource;
        this.profile = profile;
        this.classStatus = classStatus;
        this.raclisted = raclisted;
        this.raclistedKnown = raclistedKnown;
    }

    public static ResourceDefinition of(SecurityModel model, AccessResolver access, String className, String resource) {
        Optional<ClassOptions> options = model.classOptions();
        ClassStatus status = options.filter(o -> o.isActiveKnown(className))
                .map(o -> o.isActive(className) ? ClassStatus.ACTIVE : ClassStatus.INACTIVE)
                .orElse(ClassStatus.UNKNOWN);
        boolean raclisted = options.map(o -> o.isRaclisted(className)).orElse(false);
        boolean raclistedKnown = options.map(o -> o.isRaclistedKnown(className)).orElse(false);
        return new ResourceDefinition(className, resource, access.decidingProfile(className, resource), status, raclisted, raclistedKnown);
    }

    /** "APPL OMVSAPPL". */
    public String getSubject() {
        return className + " " + resource;
    }

    /** The covering profile, null when none. */
    public ResourceProfile getProfile() {
        return profile;
    }

    public ClassStatus getClassStatus() {
        return classStatus;
    }

    public boolean isCovered() {
        return profile != null;
    }

    public boolean isClassStatusKnown() {
        return classStatus != ClassStatus.UNKNOWN;
    }

    /** Whether the class is known to be RACLISTed: false also when the status is unknown. */
    public boolean isRaclisted() {
        return raclisted;
    }

    /** A profile covers the resource and the class is known to be active. */
    public boolean isInForce() {
        return profile != null && classStatus == ClassStatus.ACTIVE;
    }

    /** A profile covers the resource and the class is not known to be inactive. */
    public boolean isPossiblyInForce() {
        return profile != null && classStatus != ClassStatus.INACTIVE;
    }

    /** What was found, in words: which profile covers the resource and the class status. */
    public String describe() {
        if (profile == null) {
            return "no profile covers " + getSubject();
        }
        String covered = getSubject() + " is covered by " + profile;
        switch (classStatus) {
            case ACTIVE:
                return covered + " and class " + className + " is active" + (raclisted ? " and RACLISTed"
                        : raclistedKnown ? " but not RACLISTed" : ", its RACLIST status unknown");
            case INACTIVE:
                return covered + " but class " + className + " is not active";
            default:
                return covered + "; class " + className + " status unknown (no SETROPTS input), so it may be in force";
        }
    }

    @Override
    public String toString() {
        return describe();
    }
}
