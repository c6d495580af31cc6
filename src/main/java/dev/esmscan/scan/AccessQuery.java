package dev.esmscan.scan;

import dev.esmscan.esm.ResourceClasses;
import dev.esmscan.esm.ResourceClasses.NameCase;
import dev.esmscan.esm.ResourceClasses.Naming;
import dev.esmscan.input.InputException;
import dev.esmscan.model.AccessDecision;
import dev.esmscan.model.AccessLevel;
import dev.esmscan.model.ResourceProfile;
import dev.esmscan.util.NearestName;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One access question as a person types it ({@code esmscan access}), answered the way the ESM
 * would read it, saying what was read differently from what was typed:
 * <ul>
 * <li>the class must be one the ESM knows or the input holds; any other is an input error naming
 * the nearest class, never "not protected";</li>
 * <li>the resource name is folded to upper case only for a class whose names the ESM folds (the
 * ESM says which), and the answer says so; in any other class it is taken as written, and when no
 * profile covers it but one covers its upper-case form, the answer says that too;</li>
 * <li>the user ID is taken as written when the input holds that ID (RACF's own irrcerta is lower
 * case), else in upper case.</li>
 * </ul>
 */
public final class AccessQuery {

    /** The decision, what was asked, and what the answer needs to say about how it was read. */
    public record Answer(String askedId, String askedClass, String askedResource, AccessDecision decision, List<String> notes) {
        public Answer {
            notes = List.copyOf(notes);
        }
    }

    private AccessQuery() {
    }

    public static Answer ask(Scanner.Loaded loaded, String id, String className, String resource, AccessLevel requested) {
        String cls = className.trim().toUpperCase(Locale.ROOT);
        ResourceClasses classes = loaded.esm().resourceClasses(loaded.model());
        Naming naming = classes.naming(cls).orElseThrow(() -> new InputException("--class " + className + ": "
                + loaded.esm().name() + " knows no class " + cls + " and the input holds nothing of it"
                + NearestName.of(cls, classes.names()).map(n -> ": did you mean " + n + "?").orElse("")));
        List<String> notes = new ArrayList<>();

        String name = naming.nameCase() == NameCase.FOLDS ? resource.toUpperCase(Locale.ROOT) : resource;
        if (naming.nameCase() == NameCase.FOLDS) {
            if (!name.equals(resource)) {
                notes.add(naming.basis() + ": " + resource + " is decided as " + name);
            }
        }

        String user = id.toUpperCase(Locale.ROOT);
        if (!user.equals(id) && loaded.model().user(id).isPresent()) {
            user = id;
            notes.add("the input holds the user ID " + id + " in lower case: it is not folded");
        } else if (loaded.model().user(user).isEmpty()) {
            notes.add("the input defines no user " + user);
        }

        AccessDecision d = loaded.resolver().decide(user, cls, name, requested);
        if (d.profile() == null && naming.nameCase() != NameCase.FOLDS) {
            caseVariant(loaded, cls, name).ifPresent(v -> notes.add("no profile covers " + name + " as written, but " + v
                    + "; " + naming.basis()));
        }
        if (!naming.inInput()) {
            notes.add("the input holds nothing of class " + cls + ": the answer rests on " + loaded.esm().name()
                    + "'s defaults alone");
        }
        return new Answer(id, className, resource, d, notes);
    }

    /**
     * A profile that would cover the name in another case: the profile deciding for the upper-case
     * name, else a discrete profile of the same name in another case.
     */
    private static Optional<String> caseVariant(Scanner.Loaded loaded, String cls, String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        if (!upper.equals(name)) {
            ResourceProfile covering = loaded.resolver().decidingProfile(cls, upper);
            if (covering != null) {
                return Optional.of(covering + " covers the upper-case name " + upper);
            }
        }
        return loaded.model().profiles(cls).all().stream()
                .filter(p -> !p.isGeneric() && p.getName().equalsIgnoreCase(name) && !p.getName().equals(name))
                .findFirst().map(p -> p + " has the same name in another case");
    }
}
