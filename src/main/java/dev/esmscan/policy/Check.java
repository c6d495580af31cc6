package dev.esmscan.policy;

import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of checking several conditions on one subject: passes when none failed. The
 * evidence lists what failed, or what was found when all held.
 */
public final class Check {
    private final List<String> failures = new ArrayList<>();
    private final List<String> facts = new ArrayList<>();

    /** Records {@code failure} unless {@code condition} holds. */
    public Check require(boolean condition, String failure) {
        if (!condition) {
            failures.add(failure);
        }
        return this;
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
