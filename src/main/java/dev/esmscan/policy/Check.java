package dev.esmscan.policy;

import dev.esmscan.remediation.Intent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The outcome of checking several conditions on one subject: passes when none failed. The
 * evidence lists what failed, or what was found when all held.
 */
public final class Check {
    private final List<String> failures = new ArrayList<>();
    private final List<String> facts = new ArrayList<>();
    private final List<Intent> fixes = new ArrayList<>();

    /**
     * Records {@code failure}, and the changes that would fix it, unless {@code condition} holds.
     * A change that fixes several failures (one ActivateClass for CLASSACT and RACLIST) is kept once.
     */
    public Check require(boolean condition, String failure, Intent... fix) {
        if (!condition) {
            failures.add(failure);
            for (Intent f : fix) {
                if (!fixes.contains(f)) {
                    fixes.add(f);
                }
            }
        }
        return this;
    }

    /** The changes that fix what failed, in the order the failures were found, each once. */
    public List<Intent> fixes() {
        return List.copyOf(new LinkedHashSet<>(fixes));
    }

    /** Records a fact for the evidence, whatever the outcome. */
    public Check fact(String fact) {
        facts.add(fact);
        return this;
    }

    public boolean passed() {
        return failures.isEmpty();
    }

    public String evidence() {
        List<String> parts = new ArrayList<>(failures);
        parts.addAll(facts);
        return String.join("; ", parts);
    }
}
