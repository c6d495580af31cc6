package dev.esmscan.racf.command;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The operand names one command (or one segment such as OMVS) accepts, and TSO's abbreviation
 * rule: an operand may be shortened to any prefix that no other operand of the same command
 * shares. The lists hold every operand RACF documents for the command, also those esmscan does not
 * model, so that an abbreviation resolves as RACF would resolve it.
 */
public final class Keywords {
    private final Set<String> names;

    private Keywords(Set<String> names) {
        this.names = names;
    }

    /** Operand names separated by blanks. */
    public static Keywords of(String... blankSeparated) {
        Set<String> set = new LinkedHashSet<>();
        for (String part : blankSeparated) {
            set.addAll(Arrays.asList(part.trim().split("\\s+")));
        }
        set.remove("");
        return new Keywords(set);
    }

    public static Keywords none() {
        return new Keywords(Set.of());
    }

    public boolean contains(String name) {
        return names.contains(name);
    }

    /** What a written operand name stands for. */
    public Resolution resolve(String written) {
        String w = written.toUpperCase(Locale.ROOT);
        if (names.contains(w)) {
            return new Resolution(w, List.of());
        }
        List<String> candidates = new ArrayList<>();
        for (String n : names) {
            if (n.startsWith(w)) {
                candidates.add(n);
            }
        }
        return new Resolution(candidates.size() == 1 ? candidates.get(0) : null, candidates);
    }

    /** The full operand name, or null with the candidates (none: unknown; several: ambiguous). */
    public record Resolution(String name, List<String> candidates) {
        public boolean resolved() {
            return name != null;
        }
    }
}
