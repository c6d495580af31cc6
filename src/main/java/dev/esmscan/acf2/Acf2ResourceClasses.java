package dev.esmscan.acf2;

import dev.esmscan.acf2.access.ClassMapping;
import dev.esmscan.acf2.db.Acf2Database;
import dev.esmscan.acf2.db.Acf2Record;
import dev.esmscan.esm.ResourceClasses;
import dev.esmscan.model.SecurityModel;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * ACF2's resource classes, as far as esmscan knows them: the SAF classes ACF2 maps to a resource
 * type by default ({@link ClassMapping}: FACILITY FAC, APPL APL, UNIXPRIV UNI, CSFSERV CSF) and
 * those a GSO {@code CLASMAP} record of the input maps; a class is held by the input when a CLASMAP
 * record names it or a rule set of its resource type is there. A class neither names is refused rather
 * than mapped by its first three characters, so that a mistyped class (FACILTY, which would also
 * map to FAC) is said, not answered. Whether ACF2 folds a class's resource names to upper case is
 * not established here: names are taken as written, and the {@code access} answer says when the
 * upper-case name would be covered.
 */
public final class Acf2ResourceClasses implements ResourceClasses {
    /** ACF2's default mappings, and the classes the Zowe rules ask ACF2 about (mapped by their first three characters). */
    private final Set<String> known = new TreeSet<>(Set.of("FACILITY", "APPL", "UNIXPRIV", "CSFSERV", "XFACILIT", "IDIDMAP", "IDTDATA"));
    private final Set<String> inInput = new TreeSet<>();

    public Acf2ResourceClasses(SecurityModel model) {
        model.extension(Acf2Database.class).ifPresent(db -> {
            for (Acf2Record r : db.gso().values()) {
                if (r.recid().startsWith("CLASMAP.") && r.field("RESOURCE") != null) {
                    inInput.add(r.field("RESOURCE"));
                }
            }
            ClassMapping mapping = new ClassMapping(db);
            db.resourceRules().values().forEach(rule -> mapping.classOf(rule.type()).ifPresent(inInput::add));
        });
    }

    @Override
    public Optional<Naming> naming(String className) {
        boolean isKnown = known.contains(className);
        boolean held = inInput.contains(className);
        if (!isKnown && !held) {
            return Optional.empty();
        }
        return Optional.of(new Naming(className, isKnown, held, NameCase.NOT_ESTABLISHED, "whether ACF2 folds "
                + className + " resource names to upper case is not established here: the name is taken as written"));
    }

    @Override
    public Collection<String> names() {
        Set<String> all = new TreeSet<>(known);
        all.addAll(inInput);
        return all;
    }
}
