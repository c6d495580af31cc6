package dev.esmscan.tss;

import dev.esmscan.esm.ResourceClasses;
import dev.esmscan.model.SecurityModel;
import dev.esmscan.tss.data.TssAcid;
import dev.esmscan.tss.data.TssData;
import dev.esmscan.tss.data.TssPermit;
import dev.esmscan.tss.data.TssResourceClass;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Top Secret's resource classes, as far as esmscan knows them: the predefined classes the Zowe
 * requirements ask about, under the neutral (SAF) name or Top Secret's own (FACILITY is IBMFAC;
 * formats/ACF2-TSS.md §7.1), and every class the input holds: an RDT entry listed
 * ({@code TSS LIST(RDT)}), or a resource an ACID owns or is permitted. Whether Top Secret folds a
 * class's resource names to upper case is not established here (its RDT attributes listed in the
 * Broadcom documentation, {@code ATTR} of {@code TSS ADDTO(RDT)}, say nothing of case): names are
 * taken as written, and the {@code access} answer says when the upper-case name would be covered.
 */
public final class TssResourceClasses implements ResourceClasses {
    /** Predefined Top Secret classes (neutral names) the rules ask about, and the resource classes the formats reference show. */
    static final Set<String> KNOWN = Set.of("FACILITY", "APPL", "CSFSERV", "UNIXPRIV", "XFACILIT", "IDIDMAP", "IDTDATA", "DATASET");

    private final Set<String> inInput = new TreeSet<>();

    public TssResourceClasses(SecurityModel model) {
        TssData.of(model).ifPresent(data -> {
            for (TssResourceClass c : data.resourceClasses()) {
                inInput.add(TssClasses.toNeutral(c.name()));
            }
            for (TssAcid a : data.acids()) {
                a.ownerships().keySet().forEach(c -> inInput.add(TssClasses.toNeutral(c)));
                for (TssPermit p : a.permits()) {
                    inInput.add(TssClasses.toNeutral(p.tssClass()));
                }
            }
        });
    }

    @Override
    public Optional<Naming> naming(String className) {
        String neutral = TssClasses.toNeutral(className);
        boolean known = KNOWN.contains(neutral);
        boolean held = inInput.contains(neutral);
        if (!known && !held) {
            return Optional.empty();
        }
        return Optional.of(new Naming(className, known, held, NameCase.NOT_ESTABLISHED, "whether Top Secret folds "
                + TssClasses.toTss(neutral) + " resource names to upper case is not established here: the name is taken as written"));
    }

    @Override
    public Collection<String> names() {
        Set<String> all = new TreeSet<>(KNOWN);
        all.addAll(inInput);
        all.add(TssClasses.toTss("FACILITY"));
        return all;
    }
}
