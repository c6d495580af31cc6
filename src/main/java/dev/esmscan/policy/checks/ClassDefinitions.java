package dev.esmscan.policy.checks;

import dev.esmscan.model.ClassOptions;
import dev.esmscan.model.ResourceProfile;
import dev.esmscan.model.SecurityModel;
import dev.esmscan.acf2.db.Acf2Database;
import dev.esmscan.tss.TssClasses;
import dev.esmscan.tss.data.TssAcid;
import dev.esmscan.tss.data.TssData;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The profiles one class holds and whether the class is active and RACLISTed, for requirements
 * that ask for "a profile in the class" rather than access to one resource (IDTDATA).
 *
 * <p>On Top Secret a resource of the class is defined by its ownership ({@code TSS ADD(owner)
 * IDTDATA(name)}) and a class of the Resource Definition Table needs no activation, so the class
 * counts as active. ACF2 keeps IDTDATA in profile records ({@code SET PROFILE(IDTDATA)}), which the
 * ACF2 readers do not read: there the profiles are unknown.
 */
public final class ClassDefinitions {
    private static final int LISTED = 5;

    private final String className;
    private final List<ResourceProfile> profiles;
    private final ClassOptions options;
    private final Source source;

    private enum Source { RACF, TSS, ACF2 }

    private ClassDefinitions(String className, List<ResourceProfile> profiles, ClassOptions options, Source source) {
        this.className = className;
        this.profiles = List.copyOf(profiles);
        this.options = options;
        this.source = source;
    }

    public static ClassDefinitions of(SecurityModel model, String className) {
        Optional<TssData> tss = TssData.of(model);
        if (tss.isPresent()) {
            return new ClassDefinitions(className, ownedResources(tss.get(), className), null, Source.TSS);
        }
        if (model.extension(Acf2Database.class).isPresent()) {
            return new ClassDefinitions(className, List.of(), null, Source.ACF2);
        }
        Optional<ClassOptions> options = model.classOptions();
        return new ClassDefinitions(className, model.profiles(className).all(), options.orElse(null), Source.RACF);
    }

    private static List<ResourceProfile> ownedResources(TssData tss, String className) {
        String tssClass = TssClasses.toTss(className);
        List<ResourceProfile> owned = new ArrayList<>();
        for (TssAcid acid : tss.acids()) {
            for (String name : acid.ownerships().getOrDefault(tssClass, java.util.Set.of())) {
                ResourceProfile p = new ResourceProfile(className, name);
                p.setOwner(acid.name());
                owned.add(p);
            }
        }
        return owned;
    }

    /** False on ACF2, whose IDTDATA profile records are not read. */
    public boolean isProfilesReadable() {
        return source != Source.ACF2;
    }

    /** What an ACF2 scan cannot tell about the class. */
    public String describeUnreadProfiles() {
        return "ACF2 " + className + " profile records (SET PROFILE(" + className + ")) are not read from the ACF2 inputs,"
                + " so whether one is defined is unknown; check with ACF2 SET PROFILE(" + className + ") and LIST LIKE(-)";
    }

    public List<ResourceProfile> getProfiles() {
        return profiles;
    }

    public int getProfileCount() {
        return profiles.size();
    }

    /** On RACF: SETROPTS LIST output was read, or a SETROPTS command of the inputs set the class's activation. */
    public boolean isClassStatusKnown() {
        return source == Source.TSS || options != null && options.isActiveKnown(className);
    }

    /** False also when the status is unknown. */
    public boolean isActive() {
        return source == Source.TSS || options != null && options.isActive(className);
    }

    /** False also when the status is unknown. */
    public boolean isRaclisted() {
        return options != null && options.isRaclisted(className);
    }

    /** False when the RACLIST status is unknown; true on Top Secret, where it does not apply. */
    public boolean isRaclistedKnown() {
        return source == Source.TSS || options != null && options.isRaclistedKnown(className);
    }

    /** "IDTDATA profiles: ZOWE.APIML (discrete), ..." with the first few named. */
    public String describeProfiles() {
        if (profiles.isEmpty()) {
            return "no " + className + " profile is defined";
        }
        if (source == Source.TSS) {
            String owned = profiles.stream().limit(LISTED).map(p -> p.getName() + " (owned by " + p.getOwner() + ")")
                    .collect(Collectors.joining(", "));
            int more = profiles.size() - LISTED;
            return className + " resources: " + owned + (more > 0 ? " and " + more + " more" : "");
        }
        String named = profiles.stream().limit(LISTED).map(p -> p.getName() + (p.isGeneric() ? " (generic)" : " (discrete)"))
                .collect(Collectors.joining(", "));
        int more = profiles.size() - LISTED;
        return className + " profiles: " + named + (more > 0 ? " and " + more + " more" : "");
    }

    /** "SETROPTS: IDTDATA active, RACLISTed", or that the status is unknown. */
    public String describeClassStatus() {
        if (source == Source.TSS) {
            return "Top Secret: " + className + " is a Resource Definition Table class, which needs no activation";
        }
        if (options == null) {
            return "class " + className + " status unknown: no SETROPTS input";
        }
        if (!options.isActiveKnown(className)) {
            return "class " + className + " status unknown: no SETROPTS LIST output, and no SETROPTS command of the inputs named it";
        }
        return "SETROPTS: " + className + " " + (isActive() ? "active" : "inactive") + ", "
                + (!options.isRaclistedKnown(className) ? "RACLIST status unknown" : isRaclisted() ? "RACLISTed" : "not RACLISTed");
    }
}
