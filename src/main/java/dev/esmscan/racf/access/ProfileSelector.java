package dev.esmscan.racf.access;

import dev.esmscan.model.ClassOptions;
import dev.esmscan.model.ResourceProfile;
import dev.esmscan.model.SecurityModel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Picks the profile that protects a resource: the discrete profile for the exact name, else the
 * most specific matching generic profile, and generic profiles only in classes SETROPTS lists as
 * GENERIC (formats §9.2, §10.4, §10.5). Generic profiles are compiled and sorted once.
 */
final class ProfileSelector {
    static final String DATASET = "DATASET";

    private record Candidate(ResourceProfile profile, GenericNameMatcher matcher) {
    }

    private final SecurityModel model;
    private final ClassOptions options;
    private final Map<String, List<Candidate>> genericsByClass = new HashMap<>();

    ProfileSelector(SecurityModel model) {
        this.model = model;
        this.options = model.classOptions().orElse(null);
        boolean egn = options == null || options.isEnhancedGenericNaming();
        for (SecurityModel.ClassProfiles cp : model.classes()) {
            List<Candidate> candidates = new ArrayList<>();
            for (ResourceProfile p : cp.generics()) {
                GenericNameMatcher matcher = DATASET.equals(cp.className())
                        ? GenericNameMatcher.forDataset(p.getName(), egn)
                        : GenericNameMatcher.forGeneralResource(p.getName());
                candidates.add(new Candidate(p, matcher));
            }
            candidates.sort(Comparator.comparing((Candidate c) -> c.profile().getName(), GenericSpecificity.MOST_SPECIFIC_FIRST));
            genericsByClass.put(cp.className(), List.copyOf(candidates));
        }
    }

    ProfileSelection select(String className, String resource) {
        var discrete = model.profiles(className).discrete(resource);
        if (discrete.isPresent()) {
            return new ProfileSelection(discrete.get(), List.of());
        }
        List<String> notes = new ArrayList<>();
        if (options == null && DATASET.equals(className)) {
            notes.add("EGN unknown: no SETROPTS input, data set names matched with enhanced generic naming on");
        }
        ResourceProfile generic = bestGeneric(className, resource);
        if (generic == null) {
            return new ProfileSelection(null, notes);
        }
        if (options == null) {
            notes.add(0, "generic status unknown: no SETROPTS input, generic profiles used");
            return new ProfileSelection(generic, notes);
        }
        if (options.isGeneric(className)) {
            return new ProfileSelection(generic, notes);
        }
        String why = options.isGenericCommand(className)
                ? className + " is GENCMD only, not GENERIC"
                : className + " is not a GENERIC class";
        notes.add("generic profile " + generic.getName() + " matches but " + why
                + ": RACF does not use generic profiles of " + className + " for checking");
        return new ProfileSelection(null, notes);
    }

    private ResourceProfile bestGeneric(String className, String resource) {
        for (Candidate c : genericsByClass.getOrDefault(className, List.of())) {
            if (c.matcher().matches(resource)) {
                return c.profile();
            }
        }
        return null;
    }
}
