package dev.esmscan.racf.access;

import dev.esmscan.model.ClassOptions;
import dev.esmscan.model.ResourceProfile;
import dev.esmscan.model.SecurityModel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Picks the profile that protects a resource: the discrete profile for the exact name, else the
 * most specific matching generic profile, and generic profiles only in classes SETROPTS lists as
 * GENERIC (formats §9.2, §10.4, §10.5). A class's generic profiles are sorted once, when it is
 * first asked about; each name's pattern is compiled when a resource first shares its literal prefix.
 */
final class ProfileSelector {
    static final String DATASET = "DATASET";

    private record Candidate(ResourceProfile profile, GenericNameMatcher matcher, GenericSpecificity.Key specificity) {
    }

    private final SecurityModel model;
    private final ClassOptions options;
    private final boolean egn;
    private final Map<String, List<Candidate>> genericsByClass = new ConcurrentHashMap<>();

    ProfileSelector(SecurityModel model) {
        this.model = model;
        this.options = model.classOptions().orElse(null);
        this.egn = options == null || !options.isEnhancedGenericNamingKnown() || options.isEnhancedGenericNaming();
    }

    /** A class's generic profiles, most specific first: sorted on the first question about the class. */
    private List<Candidate> generics(String className) {
        return genericsByClass.computeIfAbsent(className, c -> {
            List<Candidate> candidates = new ArrayList<>();
            for (ResourceProfile p : model.profiles(c).generics()) {
                GenericNameMatcher matcher = DATASET.equals(c)
                        ? GenericNameMatcher.forDataset(p.getName(), egn)
                        : GenericNameMatcher.forGeneralResource(p.getName());
                candidates.add(new Candidate(p, matcher, GenericSpecificity.keyOf(p.getName())));
            }
            candidates.sort(Comparator.comparing(Candidate::specificity));
            return List.copyOf(candidates);
        });
    }

    ProfileSelection select(String className, String resource) {
        var discrete = model.profiles(className).discrete(resource);
        if (discrete.isPresent()) {
            return new ProfileSelection(discrete.get(), List.of());
        }
        List<String> notes = new ArrayList<>();
        if ((options == null || !options.isEnhancedGenericNamingKnown()) && DATASET.equals(className)) {
            notes.add("EGN unknown: " + (options == null ? "no SETROPTS input" : "no SETROPTS LIST output and no command set it")
                    + ", data set names matched with enhanced generic naming on");
        }
        ResourceProfile generic = bestGeneric(className, resource);
        if (generic == null) {
            return new ProfileSelection(null, notes);
        }
        if (options == null || !options.isGenericKnown(className)) {
            notes.add(0, "generic status unknown: " + (options == null ? "no SETROPTS input"
                    : "no SETROPTS LIST output and no command set GENERIC for " + className) + ", generic profiles used");
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
        for (Candidate c : generics(className)) {
            if (c.matcher().matches(resource)) {
                return c.profile();
            }
        }
        return null;
    }
}
